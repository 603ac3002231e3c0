import { GraphQLError } from 'graphql';

export type QueryLimit =
  | 'depth'
  | 'aliases'
  | 'tokens'
  | 'cost'
  | 'nodes'
  | 'repeatedMutation'
  | 'fragments'
  | 'fragmentDepth'
  | 'selections';

const NAMES: Record<QueryLimit, [nl: string, en: string]> = {
  depth: ['nestingsdiepte', 'depth'],
  aliases: ['aantal aliassen', 'number of aliases'],
  tokens: ['aantal tokens', 'number of tokens'],
  cost: ['kosten', 'cost'],
  nodes: ['aantal selecties (met fragmenten)', 'number of selections (with fragments)'],
  repeatedMutation: ['herhalingen van één mutatie', 'repetitions of one mutation'],
  fragments: ['aantal fragmenten', 'number of fragments'],
  fragmentDepth: ['nestingsdiepte van fragmenten', 'nesting depth of fragments'],
  selections: ['aantal selecties in één selectieset', 'number of selections in one selection set'],
};

/**
 * A document over one of the GraphQL limits: code QUERY_TOO_COMPLEX, HTTP 400, naming the
 * limit, its maximum and what was found. Raised before anything is executed.
 */
export class QueryTooComplexError extends GraphQLError {
  constructor(limit: QueryLimit, max: number, found: number | string, detail?: string) {
    const [nl, en] = NAMES[limit];
    const what = detail ? ` (${detail})` : '';
    super(
      `Query te groot: ${nl}${what} is ${found}, hoogstens ${max} toegestaan; er is niets uitgevoerd ` +
        `(query too large: ${en}${what} is ${found}, at most ${max} allowed; nothing was executed)`,
      {
        extensions: {
          code: 'QUERY_TOO_COMPLEX',
          limit,
          max,
          found,
          http: { status: 400 },
        },
      },
    );
  }
}
