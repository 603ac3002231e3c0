import type { ApolloServerPlugin } from '@apollo/server';
import { GraphQLError, Kind, visit, type ASTNode, type DocumentNode } from 'graphql';

// Control characters are refused in every string: NUL and the rest of C0 and DEL, except tab,
// line feed and carriage return, which free text (messages, descriptions) may hold.
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const FORBIDDEN = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/;

/** Deepest nesting of lists and objects accepted in variables (GeoJSON needs about 5). */
export const MAX_INPUT_NESTING = 32;

function refuse(field: string, problem: string, reason: string): GraphQLError {
  return new GraphQLError(`${field}: ${problem}`, {
    extensions: {
      code: 'BAD_USER_INPUT',
      reason,
      // The code is what the client's catalogue reads (apps/web/src/shared/forms).
      fields: [
        {
          field,
          message: problem,
          code: reason === 'CONTROL_CHARACTER' ? 'CONTROL_CHARACTERS' : reason,
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

const CONTROL =
  'bevat een stuurteken zoals NUL; dat is niet toegestaan (contains a control character such as NUL, which is not allowed)';

/** Walks variable values without recursion, refusing control characters and deep nesting. */
export function checkVariables(variables: Record<string, unknown>): void {
  const stack: { value: unknown; path: string; depth: number }[] = Object.entries(variables).map(
    ([name, value]) => ({ value, path: `$${name}`, depth: 0 }),
  );
  while (stack.length > 0) {
    const { value, path, depth } = stack.pop()!;
    if (typeof value === 'string') {
      if (FORBIDDEN.test(value)) throw refuse(path, CONTROL, 'CONTROL_CHARACTER');
      continue;
    }
    if (value === null || typeof value !== 'object') continue;
    if (depth >= MAX_INPUT_NESTING) {
      throw refuse(path, tooDeepText(MAX_INPUT_NESTING), 'TOO_DEEP');
    }
    if (Array.isArray(value)) {
      value.forEach((item, i) =>
        stack.push({ value: item, path: `${path}[${i}]`, depth: depth + 1 }),
      );
    } else {
      for (const [key, item] of Object.entries(value)) {
        if (FORBIDDEN.test(key)) throw refuse(path, CONTROL, 'CONTROL_CHARACTER');
        stack.push({ value: item, path: `${path}.${key}`, depth: depth + 1 });
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
      if (node.kind === Kind.STRING && FORBIDDEN.test(node.value)) {
        throw refuse(names.join('.') || 'query', CONTROL, 'CONTROL_CHARACTER');
      }
    },
    leave(node) {
      if (named(node)) names.pop();
    },
  });
}

/**
 * Input hygiene in one place, before anything runs: every string in the variables and in the
 * document's literals, at any depth (inputs, lists, JSON such as GeoJSON, cursors, the login
 * email), is refused with BAD_USER_INPUT naming the field when it holds a control character;
 * variables nested deeper than MAX_INPUT_NESTING are refused before any resolver recurses.
 */
export function inputHygienePlugin(): ApolloServerPlugin {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation(rc) {
          checkVariables(rc.request.variables ?? {});
          checkLiterals(rc.document);
        },
      };
    },
  };
}
