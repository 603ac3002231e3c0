import { GraphQLError } from 'graphql';

export interface FieldProblem {
  field: string;
  /** Dutch first, English in brackets: for API clients without the catalogue. */
  message: string;
  /** Stable code for the client's catalogue (TOO_LONG, OUTSIDE_NETHERLANDS, …). */
  code?: string;
  /** The code's parameters, e.g. { max: 200 }. */
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

  static field(
    field: string,
    message: string,
    reason = 'INVALID',
    code?: { code: string; params?: Record<string, string | number> },
  ): UserInputError {
    return new UserInputError([{ field, message, ...code }], reason);
  }

  static notFound(field: string, value: string): UserInputError {
    return new UserInputError(
      [{ field, message: `onbekend (unknown): ${truncate(value, 60)}`, code: 'NOT_FOUND' }],
      'NOT_FOUND',
    );
  }
}

function truncate(value: string, max: number): string {
  return value.length > max ? `${value.slice(0, max)}…` : value;
}
