import { Args, ID } from '@nestjs/graphql';

// Resolver arguments that many queries and mutations take alike: one definition each, so that
// `offeringId: ID!` or `schoolYear: String` means the same wherever it stands.

/** A required ID argument: `name: ID!`. */
export function IdArg(name: string): ParameterDecorator {
  return Args(name, { type: () => ID });
}

/** An optional ID argument: `name: ID` (absent or null is `undefined` or `null`). */
export function OptionalIdArg(name: string): ParameterDecorator {
  return Args(name, { type: () => ID, nullable: true });
}

/** An optional text argument: `name: String`. */
export function OptionalTextArg(name: string): ParameterDecorator {
  return Args(name, { type: () => String, nullable: true });
}
