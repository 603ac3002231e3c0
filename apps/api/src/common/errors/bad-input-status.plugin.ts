import type { ApolloServerPlugin } from '@apollo/server';
import type { GraphQLFormattedError } from 'graphql';

// A request refused for its input answers HTTP 400 wherever the refusal was found. Apollo gives
// 400 to what fails before execution (variables that do not fit their types, an unknown enum
// value; our input-hygiene and query-limits plugins), while Nest's driver turned every refusal a
// resolver throws (class-validator's, a service's) into 200, so searchOfferings answered
// { limit: 0 } with 200 and { interventionTypes: ["TOVERKUNST"] } with 400. Only an answer
// without data is changed: one with data keeps 200 (GraphQL over HTTP), and other errors
// (FORBIDDEN, RATE_LIMITED, a database timeout) keep theirs. The web reads a 400's body as
// GraphQL errors: Apollo Client and the light client ask for application/graphql-response+json.

/** Whether the answer holds nothing but refusals of the request's input. */
export function refusedForInput(
  data: unknown,
  errors: readonly GraphQLFormattedError[] | undefined,
): boolean {
  if (data !== null && data !== undefined) return false;
  return (errors ?? []).length > 0 && errors!.every((e) => e.extensions?.code === 'BAD_USER_INPUT');
}

export function badInputStatusPlugin(): ApolloServerPlugin {
  return {
    async requestDidStart() {
      return {
        async willSendResponse({ response }) {
          if (response.body.kind !== 'single') return;
          const { data, errors } = response.body.singleResult;
          const status = response.http.status;
          if ((status === undefined || status === 200) && refusedForInput(data, errors)) {
            response.http.status = 400;
          }
        },
      };
    },
  };
}
