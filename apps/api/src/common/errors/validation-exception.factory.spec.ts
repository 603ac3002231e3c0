import 'reflect-metadata';
import { plainToInstance, Type } from 'class-transformer';
import {
  IsEmail,
  IsOptional,
  IsString,
  Max,
  MaxLength,
  MinLength,
  validate,
  ValidateNested,
} from 'class-validator';
import { validationExceptionFactory } from './validation-exception.factory.js';

// Shaped like the API's inputs (decorators with and without their own message).
class RegisterPartnerInput {
  @IsString()
  @MinLength(2, { message: 'minstens 2 tekens (at least 2 characters)' })
  @MaxLength(200)
  organisationName!: string;

  @IsString()
  @MaxLength(20)
  kvkNumber!: string;

  @IsOptional()
  @IsString()
  @MaxLength(40)
  phone?: string;

  @IsEmail({}, { message: 'geen geldig e-mailadres (not a valid email)' })
  email!: string;

  @IsString()
  password!: string;
}

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

async function problemsOf<T extends object>(cls: new () => T, plain: object) {
  const errors = await validate(plainToInstance(cls, plain));
  const error = validationExceptionFactory(errors);
  return { error, fields: error.extensions.fields as Record<string, unknown>[] };
}

describe('validationExceptionFactory', () => {
  it('gives every problem a code and its parameters, and a Dutch-first message', async () => {
    const { error, fields } = await problemsOf(RegisterPartnerInput, {
      organisationName: 'x'.repeat(201),
      kvkNumber: '12345678',
      email: 'a@b.nl',
      password: 'p',
    });
    expect(error.extensions.code).toBe('BAD_USER_INPUT');
    expect(fields).toEqual([
      {
        field: 'organisationName',
        code: 'TOO_LONG',
        params: { max: 200 },
        message: 'mag hoogstens 200 tekens zijn (at most 200 characters)',
      },
    ]);
    // class-validator's English default never reaches the client.
    expect(error.message).not.toMatch(/must be shorter/);
  });

  it('reports all problems of all fields in one pass, keeping a decorator’s own message', async () => {
    const { fields } = await problemsOf(RegisterPartnerInput, {
      organisationName: 'x',
      kvkNumber: '1'.repeat(21),
      email: 'geen-adres',
      password: 'p',
      phone: '0'.repeat(41),
    });
    expect(fields).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          field: 'organisationName',
          code: 'TOO_SHORT',
          params: { min: 2 },
          message: 'minstens 2 tekens (at least 2 characters)',
        }),
        expect.objectContaining({ field: 'kvkNumber', code: 'TOO_LONG', params: { max: 20 } }),
        expect.objectContaining({ field: 'email', code: 'INVALID_EMAIL' }),
        expect.objectContaining({ field: 'phone', code: 'TOO_LONG', params: { max: 40 } }),
      ]),
    );
    expect(fields).toHaveLength(4);
  });

  it('names nested fields with their path and codes', async () => {
    const { fields } = await problemsOf(OrganisationProfileInput, {
      location: { lat: 999, lng: 5 },
    });
    expect(fields).toEqual([
      expect.objectContaining({ field: 'location.lat', code: 'TOO_LARGE', params: { max: 90 } }),
    ]);
  });
});
