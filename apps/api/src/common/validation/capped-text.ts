import { UserInputError, type ProblemCode } from '../errors/user-input.error.js';
import { serverText } from './problem-codes.js';

/**
 * A free-text argument (a reason, a note) as given, or BAD_USER_INPUT TOO_LONG naming `field`
 * when it has more than `max` characters. Refused rather than cut: the text is mailed or kept
 * as written, and a silently shortened one says less than its writer meant.
 */
export function cappedText<T extends string | null | undefined>(
  field: string,
  value: T,
  max: number,
): T {
  if (typeof value === 'string' && value.length > max) {
    const problem: ProblemCode = { code: 'TOO_LONG', params: { max } };
    throw UserInputError.field(field, serverText(problem), problem);
  }
  return value;
}
