import type { GraphQLFormattedError } from 'graphql';

// graphql-js and Apollo Server word their refusals (a syntax error, a field the schema lacks, a
// variable of the wrong type, a missing operation name) in English only. Their text names
// fields, types and variables, so it stays, as the detail after a Dutch lead. Not the persisted
// query refusals: clients match "PersistedQueryNotFound" as a token of that protocol.
const LEADS: Readonly<Record<string, readonly [nl: string, en: string]>> = {
  GRAPHQL_PARSE_FAILED: ['De query is geen geldige GraphQL', 'the query is not valid GraphQL'],
  GRAPHQL_VALIDATION_FAILED: [
    'De query past niet bij het schema',
    'the query does not fit the schema',
  ],
  BAD_USER_INPUT: [
    'Een waarde in de query of in de variabelen is ongeldig',
    'a value in the query or its variables is invalid',
  ],
  OPERATION_RESOLUTION_FAILURE: [
    'Niet duidelijk welke operatie moet worden uitgevoerd',
    'unclear which operation to run',
  ],
  BAD_REQUEST: ['Dit verzoek kan de server niet gebruiken', 'the server cannot use this request'],
};

/**
 * The message with a Dutch lead (and its English) in front, for a refusal worded by graphql-js
 * or Apollo. Our own refusals already say it in both languages and always carry a `reason`,
 * so they are left as they are.
 */
export function withDutchLead(formatted: GraphQLFormattedError, code: string): string {
  const lead = LEADS[code];
  if (!lead || formatted.extensions?.reason !== undefined) return formatted.message;
  return `${lead[0]} (${lead[1]}): ${formatted.message.trim()}`;
}
