import type { PipeTransform } from '@nestjs/common';
import { Args, ID } from '@nestjs/graphql';
import { assertUuid } from '../validation/uuid.js';

// Resolver arguments that many queries and mutations take alike: one definition each, so that
// `offeringId: ID!` or `schoolYear: String` means the same wherever it stands.

/**
 * Refuses a malformed id under the argument's own GraphQL name, before the resolver runs: a
 * service that checks the id again names it after its own parameter (`collaboration(id: "abc")`
 * used to be refused as `collaborationId`), which the caller never sent.
 */
function idNamed(name: string): PipeTransform<unknown, unknown> {
  return {
    transform(value: unknown) {
      if (typeof value === 'string') assertUuid(name, value.trim());
      return value;
    },
  };
}

/** A required ID argument: `name: ID!`, refused under `name` unless it is a UUID. */
export function IdArg(name: string): ParameterDecorator {
  return Args(name, { type: () => ID }, idNamed(name));
}

/** An optional ID argument: `name: ID` (absent or null is `undefined` or `null`). */
export function OptionalIdArg(name: string): ParameterDecorator {
  return Args(name, { type: () => ID, nullable: true }, idNamed(name));
}

/** An optional text argument: `name: String`. */
export function OptionalTextArg(name: string): ParameterDecorator {
  return Args(name, { type: () => String, nullable: true });
}
