import type { Messages } from '../../app/i18n/nl';
import { EMAIL_PATTERN, PASSWORD_MIN } from './server-errors';

// The checks the account forms (sign-in, sign-up, reset, admin invitation) make before sending.
// Each returns only the problems it found, so an empty object means "nothing to say".

type FormTexts = Messages['auth']['form'];

/** An email address is given and looks like one (after trimming). */
export function emailProblems(value: string, texts: FormTexts): { email?: string } {
  const email = value.trim();
  if (!email) return { email: texts.required };
  if (!EMAIL_PATTERN.test(email)) return { email: texts.invalidEmail };
  return {};
}

/** A new password is given, long enough, and typed the same a second time. */
export function newPasswordProblems(
  password: string,
  repeat: string,
  texts: FormTexts,
): { password?: string; repeat?: string } {
  if (!password) return { password: texts.required };
  if (password.length < PASSWORD_MIN) return { password: texts.passwordTooShort(PASSWORD_MIN) };
  if (repeat !== password) return { repeat: texts.passwordMismatch };
  return {};
}
