import 'reflect-metadata';
import { problemsOf } from '../../../common/errors/validation-problems.fixture.js';
import { RegisterPartnerInput } from './register-partner.input.js';

// The registration input through the API's validation (common/errors/validation-exception.factory.ts).
describe('RegisterPartnerInput, as the API reports its problems', () => {
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
});
