import type { ApolloServerPlugin } from '@apollo/server';
import {
  GraphQLError,
  isInputObjectType,
  isListType,
  isNonNullType,
  Kind,
  typeFromAST,
  visit,
  type ASTNode,
  type DocumentNode,
  type GraphQLInputType,
  type GraphQLSchema,
  type OperationDefinitionNode,
} from 'graphql';

// Characters no string may hold, each with its reason and problem text (Dutch, then English):
// - control characters: NUL and the rest of C0 and DEL, except tab, line feed and carriage
//   return, which free text (messages, descriptions) may hold;
// - a lone UTF-16 surrogate, half of a character: JSON can carry one ("\ud800"), but it is no
//   text; PostgreSQL refuses it inside JSON and validator.js throws on it, so it would otherwise
//   end as an internal error, or be stored as U+FFFD in a text column;
// - direction overrides, embeddings and isolates (U+202A–U+202E, U+2066–U+2069), which make a
//   name, title or message show other than it reads (left-to-right and right-to-left marks,
//   U+200E and U+200F, stay allowed).
const FORBIDDEN: readonly { pattern: RegExp; reason: string; problem: string }[] = [
  {
    // eslint-disable-next-line no-control-regex -- matching control characters is the point
    pattern: /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/,
    reason: 'CONTROL_CHARACTER',
    problem:
      'bevat een stuurteken zoals NUL; dat is niet toegestaan (contains a control character such as NUL, which is not allowed)',
  },
  {
    pattern: /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/,
    reason: 'BROKEN_CHARACTER',
    problem:
      'bevat een half teken, een losse UTF-16-surrogaat; dat is geen tekst (contains half a character, a lone UTF-16 surrogate, which is not text)',
  },
  {
    pattern: /[\u202A-\u202E\u2066-\u2069]/,
    reason: 'DIRECTION_CONTROL',
    problem:
      'bevat een teken dat de leesrichting omzet, zodat de tekst anders toont dan hij is (contains a character that overrides the reading direction, so the text shows other than it is)',
  },
];

/** The first FORBIDDEN rule the text breaks (its reason and problem text), or null. */
export function forbiddenCharacterIn(text: string): { reason: string; problem: string } | null {
  return FORBIDDEN.find((f) => f.pattern.test(text)) ?? null;
}

/** The refusal for a string holding a forbidden character, or null when it is clean. */
function problemIn(text: string, field: string): GraphQLError | null {
  const found = forbiddenCharacterIn(text);
  return found ? refuse(field, found.problem, found.reason) : null;
}

/** Deepest nesting of lists and objects accepted in variables (GeoJSON needs about 5). */
export const MAX_INPUT_NESTING = 32;

function refuse(
  field: string,
  problem: string,
  reason: string,
  params?: Record<string, number>,
): GraphQLError {
  return new GraphQLError(`${field}: ${problem}`, {
    extensions: {
      code: 'BAD_USER_INPUT',
      reason,
      // The code is what the client's catalogue reads (apps/web/src/shared/forms).
      fields: [
        {
          field,
          message: problem,
          // The client's CONTROL_CHARACTERS text ("characters that do not belong in text")
          // covers every FORBIDDEN reason.
          code: reason === 'TOO_DEEP' || reason === 'TOO_MANY' ? reason : 'CONTROL_CHARACTERS',
          // The catalogue's TOO_DEEP and TOO_MANY sentences name the limit.
          ...(params ? { params } : {}),
        },
      ],
      http: { status: 400 },
    },
  });
}

/** The problem text for input nested deeper than `max` levels (Dutch, then English). */
export function tooDeepText(max: number): string {
  return `te diep genest: hoogstens ${max} niveaus (nested too deeply: at most ${max} levels)`;
}

/**
 * The field problem for input nested deeper than `max` levels, in the variables (checkVariables)
 * or already in the request body (checkJsonDepth, answered by bodyErrorHandler): one wording.
 */
export function tooDeepProblem(field: string, max: number) {
  return { field, message: tooDeepText(max), code: 'TOO_DEEP' as const, params: { max } };
}

/** Walks variable values without recursion, refusing FORBIDDEN characters and deep nesting. */
export function checkVariables(variables: Record<string, unknown>): void {
  const stack: { value: unknown; path: string; depth: number }[] = Object.entries(variables).map(
    ([name, value]) => ({ value, path: `$${name}`, depth: 0 }),
  );
  while (stack.length > 0) {
    const { value, path, depth } = stack.pop()!;
    if (typeof value === 'string') {
      const problem = problemIn(value, path);
      if (problem) throw problem;
      continue;
    }
    if (value === null || typeof value !== 'object') continue;
    if (depth >= MAX_INPUT_NESTING) {
      throw refuse(path, tooDeepText(MAX_INPUT_NESTING), 'TOO_DEEP', {
        max: MAX_INPUT_NESTING,
      });
    }
    if (Array.isArray(value)) {
      value.forEach((item, i) =>
        stack.push({ value: item, path: `${path}[${i}]`, depth: depth + 1 }),
      );
    } else {
      for (const [key, item] of Object.entries(value)) {
        const problem = problemIn(key, path);
        if (problem) throw problem;
        stack.push({ value: item, path: `${path}.${key}`, depth: depth + 1 });
      }
    }
  }
}

/**
 * Most items one typed list in the variables may hold (a `[ID!]`, a list of input objects …),
 * and most items all typed lists of one request may hold together. The largest list the
 * services accept is 1,000 (a scenario candidate's schools); an officer's municipalities are
 * at most 400, coverage areas and a collaboration's schools 200. Those caps (ArrayMaxSize, the
 * services' checks) only run after graphql-js has coerced every item and class-transformer and
 * class-validator have walked each one, on the event loop: about 0.15 ms per input object and
 * 0.01 ms per string. A 1 MB body of 50,000 need objects held the process for 7 s before it was
 * refused with "at most 11 needs". Lists inside a JSON scalar (GeoJSON coordinates) are not
 * typed lists: nothing walks them item by item, and the geometry check counts their corners.
 */
export const MAX_LIST_ITEMS = 1000;
export const MAX_LIST_ITEMS_PER_REQUEST = 50_000;

/** The problem text for a typed list longer than `max` items (Dutch, then English). */
export function tooManyItemsText(max: number): string {
  return `te veel items: hoogstens ${max} (too many items: at most ${max})`;
}

/** The problem text for typed lists holding more than `max` items together. */
export function tooManyItemsInRequestText(max: number): string {
  return `te veel items in dit verzoek: hoogstens ${max} samen (too many items in this request: at most ${max} together)`;
}

/**
 * Refuses a typed list in the variables with more than `max.list` items, or typed lists with
 * more than `max.request` items together, naming the list, before graphql-js coerces the
 * variables. Follows each variable's declared type; values that do not fit it are left for
 * graphql-js to refuse. Runs after checkVariables, which caps the nesting.
 */
export function checkListSizes(
  schema: GraphQLSchema,
  operation: OperationDefinitionNode | undefined,
  variables: Record<string, unknown>,
  max = { list: MAX_LIST_ITEMS, request: MAX_LIST_ITEMS_PER_REQUEST },
): void {
  const stack: { type: GraphQLInputType; value: unknown; path: string }[] = [];
  for (const definition of operation?.variableDefinitions ?? []) {
    const name = definition.variable.name.value;
    const type = typeFromAST(schema, definition.type) as GraphQLInputType | undefined;
    if (type && Object.hasOwn(variables, name)) {
      stack.push({ type, value: variables[name], path: `$${name}` });
    }
  }
  let items = 0;
  while (stack.length > 0) {
    const { type: declared, value, path } = stack.pop()!;
    if (value === null || value === undefined) continue;
    const type = isNonNullType(declared) ? declared.ofType : declared;
    if (isListType(type)) {
      const item = type.ofType as GraphQLInputType;
      if (!Array.isArray(value)) {
        // A single value stands for a list of one.
        stack.push({ type: item, value, path });
        continue;
      }
      if (value.length > max.list) {
        throw refuse(path, tooManyItemsText(max.list), 'TOO_MANY', { max: max.list });
      }
      items += value.length;
      if (items > max.request) {
        throw refuse(path, tooManyItemsInRequestText(max.request), 'TOO_MANY', {
          max: max.request,
        });
      }
      value.forEach((v, i) => stack.push({ type: item, value: v, path: `${path}[${i}]` }));
    } else if (isInputObjectType(type) && typeof value === 'object' && !Array.isArray(value)) {
      const fields = type.getFields();
      for (const [key, v] of Object.entries(value)) {
        const field = Object.hasOwn(fields, key) ? fields[key] : undefined;
        if (field) stack.push({ type: field.type, value: v, path: `${path}.${key}` });
      }
    }
  }
}

/** String literals in the document (inline arguments), named by their argument and fields. */
export function checkLiterals(document: DocumentNode): void {
  const names: string[] = [];
  const named = (node: ASTNode): boolean =>
    node.kind === Kind.ARGUMENT || node.kind === Kind.OBJECT_FIELD;
  visit(document, {
    enter(node) {
      if (named(node)) names.push((node as { name: { value: string } }).name.value);
      const problem =
        node.kind === Kind.STRING ? problemIn(node.value, names.join('.') || 'query') : null;
      if (problem) throw problem;
    },
    leave(node) {
      if (named(node)) names.pop();
    },
  });
}

/**
 * Input hygiene in one place, before anything runs: every string in the variables and in the
 * document's literals, at any depth (inputs, lists, JSON such as GeoJSON, cursors, the login
 * email), is refused with BAD_USER_INPUT naming the field when it holds a FORBIDDEN character;
 * variables nested deeper than MAX_INPUT_NESTING are refused before any resolver recurses, and
 * typed lists longer than MAX_LIST_ITEMS before their items are coerced and validated one by one.
 */
export function inputHygienePlugin(): ApolloServerPlugin {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation(rc) {
          checkVariables(rc.request.variables ?? {});
          checkListSizes(rc.schema, rc.operation, rc.request.variables ?? {});
          checkLiterals(rc.document);
        },
      };
    },
  };
}
