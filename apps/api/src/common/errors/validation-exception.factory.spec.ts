import 'reflect-metadata';
import { Type } from 'class-transformer';
import { IsOptional, Max, ValidateNested } from 'class-validator';
import { problemsOf } from './validation-problems.fixture.js';

// Codes, parameters, Dutch-first messages and a decorator's own message are checked on a real
// input: modules/organisations/dto/register-partner.input.spec.ts.

class Point {
  @Max(90)
  lat!: number;

  @Max(180)
  lng!: number;
}

class OrganisationProfileInput {
  @IsOptional()
  @ValidateNested()
  @Type(() => Point)
  location?: Point;
}

describe('validationExceptionFactory', () => {
  it('names nested fields with their path and codes', async () => {
    const { fields } = await problemsOf(OrganisationProfileInput, {
      location: { lat: 999, lng: 5 },
    });
    expect(fields).toEqual([
      expect.objectContaining({ field: 'location.lat', code: 'TOO_LARGE', params: { max: 90 } }),
    ]);
  });
});
