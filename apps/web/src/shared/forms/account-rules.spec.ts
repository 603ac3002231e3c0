import { describe, expect, it } from '@jest/globals';

import { nl } from '../../app/i18n/nl';
import { emailProblems, newPasswordProblems } from './account-rules';
import { PASSWORD_MIN } from './server-errors';

const texts = nl.auth.form;

describe('emailProblems', () => {
  it('asks for an address when there is none (spaces only count as none)', () => {
    expect(emailProblems('  ', texts)).toEqual({ email: texts.required });
  });

  it('refuses what does not look like an address', () => {
    expect(emailProblems('naam@school', texts)).toEqual({ email: texts.invalidEmail });
  });

  it('has nothing to say about a good address, spaces around it trimmed', () => {
    expect(emailProblems(' naam@school.nl ', texts)).toEqual({});
  });
});

describe('newPasswordProblems', () => {
  const long = 'x'.repeat(PASSWORD_MIN);

  it('asks for a password first, whatever the repetition', () => {
    expect(newPasswordProblems('', 'abc', texts)).toEqual({ password: texts.required });
  });

  it('refuses a short password without judging the repetition', () => {
    expect(newPasswordProblems('x'.repeat(PASSWORD_MIN - 1), '', texts)).toEqual({
      password: texts.passwordTooShort(PASSWORD_MIN),
    });
  });

  it('marks the repetition when the two differ', () => {
    expect(newPasswordProblems(long, `${long}y`, texts)).toEqual({
      repeat: texts.passwordMismatch,
    });
  });

  it('has nothing to say about a long password typed twice', () => {
    expect(newPasswordProblems(long, long, texts)).toEqual({});
  });
});
