import type { ProblemCodeName } from '@partnerwijzer/domain';
import { GraphQLError } from 'graphql';

export interface FieldProblem {
  field: string;
  /** Dutch first, English in brackets: for API clients without the catalogue. */
  message: string;
  /**
   * Stable code for the client's catalogue (TOO_LONG, OUTSIDE_NETHERLANDS, …), which the web
   * renders in the user's language. Every refusal has one (problem-codes.spec.ts).
   */
  code: ProblemCodeName;
  /** The code's parameters, e.g. { max: 200 }. */
  params?: Record<string, string | number>;
}

/** A problem's catalogue code and its parameters. */
export interface ProblemCode {
  code: ProblemCodeName;
  params?: Record<string, string | number>;
}

// The one error type for bad input: GraphQL code BAD_USER_INPUT, naming each field and problem.
export class UserInputError extends GraphQLError {
  constructor(problems: FieldProblem[], reason = 'INVALID') {
    const message = problems.map((p) => `${p.field}: ${p.message}`).join('; ');
    super(message, {
      extensions: { code: 'BAD_USER_INPUT', reason, fields: problems },
    });
  }

  /**
   * One field's refusal: its message (Dutch, English in brackets), its catalogue code (and
   * parameters), which the web renders in the user's language, and the error's reason.
   */
  static field(
    field: string,
    message: string,
    problem: ProblemCode,
    reason = 'INVALID',
  ): UserInputError {
    return new UserInputError([{ field, message, ...problem }], reason);
  }

  /** The value goes along as a param too, so the catalogue's sentence names what was not found. */
  static notFound(field: string, value: string): UserInputError {
    const shown = truncate(value, 60);
    return new UserInputError(
      [
        {
          field,
          message: `onbekend (unknown): ${shown}`,
          code: 'NOT_FOUND',
          params: { value: shown },
        },
      ],
      'NOT_FOUND',
    );
  }
}

function truncate(value: string, max: number): string {
  return value.length > max ? `${value.slice(0, max)}…` : value;
}
