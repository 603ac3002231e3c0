import { REQUIRED_MESSAGE, type ProblemCodeName } from '@partnerwijzer/domain';

// Stable codes for input problems, with their parameters, so a client can say the same thing
// in the user's language (apps/web/src/shared/forms/problem-catalogue.ts). The message the API
// sends stays Dutch first with English in brackets, for clients without a catalogue.

export type ProblemParams = Record<string, string | number>;

export interface ProblemCode {
  code: ProblemCodeName;
  params?: ProblemParams;
}

// class-validator constraint name → our code and the parameter names of its constraints.
const CONSTRAINT_CODES: Record<string, { code: ProblemCodeName; params?: readonly string[] }> = {
  maxLength: { code: 'TOO_LONG', params: ['max'] },
  minLength: { code: 'TOO_SHORT', params: ['min'] },
  isLength: { code: 'LENGTH_OUT_OF_RANGE', params: ['min', 'max'] },
  arrayMaxSize: { code: 'TOO_MANY', params: ['max'] },
  arrayMinSize: { code: 'TOO_FEW', params: ['min'] },
  arrayNotEmpty: { code: 'REQUIRED' },
  max: { code: 'TOO_LARGE', params: ['max'] },
  min: { code: 'TOO_SMALL', params: ['min'] },
  isInt: { code: 'NOT_WHOLE_NUMBER' },
  isNumber: { code: 'NOT_A_NUMBER' },
  isString: { code: 'NOT_TEXT' },
  isArray: { code: 'NOT_A_LIST' },
  isBoolean: { code: 'NOT_TRUE_OR_FALSE' },
  isEmail: { code: 'INVALID_EMAIL' },
  isEnum: { code: 'UNKNOWN_VALUE' },
  isIn: { code: 'UNKNOWN_VALUE' },
  isUuid: { code: 'INVALID_ID' },
  matches: { code: 'INVALID_FORMAT' },
  isNotEmpty: { code: 'REQUIRED' },
  whitelistValidation: { code: 'UNKNOWN_FIELD' },
};

/** The code (and parameters) for a class-validator constraint; INVALID when we have none. */
export function constraintProblem(name: string, constraints: readonly unknown[] = []): ProblemCode {
  const known = CONSTRAINT_CODES[name];
  if (!known) return { code: 'INVALID' };
  const params: ProblemParams = {};
  known.params?.forEach((param, i) => {
    const value = constraints[i];
    if (typeof value === 'number' || typeof value === 'string') params[param] = value;
  });
  return Object.keys(params).length > 0 ? { code: known.code, params } : { code: known.code };
}

const n = (params: ProblemParams | undefined, key: string) => String(params?.[key] ?? '?');

// Server-side wording (Dutch, English in brackets) for codes whose class-validator default is
// English only. Decorators with their own message keep it.
const SERVER_TEXT: Record<string, (p?: ProblemParams) => string> = {
  TOO_LONG: (p) => `mag hoogstens ${n(p, 'max')} tekens zijn (at most ${n(p, 'max')} characters)`,
  TOO_SHORT: (p) => `moet minstens ${n(p, 'min')} tekens zijn (at least ${n(p, 'min')} characters)`,
  LENGTH_OUT_OF_RANGE: (p) =>
    `moet ${n(p, 'min')} tot ${n(p, 'max')} tekens zijn (${n(p, 'min')} to ${n(p, 'max')} characters)`,
  TOO_MANY: (p) => `hoogstens ${n(p, 'max')} keuzes (at most ${n(p, 'max')} items)`,
  TOO_FEW: (p) => `minstens ${n(p, 'min')} keuzes (at least ${n(p, 'min')} items)`,
  TOO_LARGE: (p) => `mag hoogstens ${n(p, 'max')} zijn (at most ${n(p, 'max')})`,
  TOO_SMALL: (p) => `moet minstens ${n(p, 'min')} zijn (at least ${n(p, 'min')})`,
  NOT_WHOLE_NUMBER: () => 'moet een geheel getal zijn (must be a whole number)',
  NOT_A_NUMBER: () => 'moet een getal zijn (must be a number)',
  NOT_TEXT: () => 'moet tekst zijn (must be text)',
  NOT_A_LIST: () => 'moet een lijst zijn (must be a list)',
  NOT_TRUE_OR_FALSE: () => 'moet waar of onwaar zijn (must be true or false)',
  INVALID_EMAIL: () => 'geen geldig e-mailadres (not a valid email)',
  UNKNOWN_VALUE: () => 'is geen toegestane waarde (not an allowed value)',
  INVALID_ID: () => 'is geen geldig id (not a valid id)',
  INVALID_FORMAT: () => 'heeft niet de juiste vorm (wrong format)',
  REQUIRED: () => REQUIRED_MESSAGE,
  UNKNOWN_FIELD: () => 'is geen bekend veld (unknown field)',
  INVALID: () => 'is ongeldig (invalid)',
};

/** The API's own Dutch-first message for a code. */
export function serverText(problem: ProblemCode): string {
  return (SERVER_TEXT[problem.code] ?? SERVER_TEXT.INVALID!)(problem.params);
}
