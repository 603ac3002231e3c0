import { MAX_INPUT_NESTING, tooDeepText } from './input-hygiene.plugin.js';

// The request body, { query, variables: { name: value } }, holds each variable's value two levels
// down; the GraphQL plugin allows MAX_INPUT_NESTING levels inside a value. The body may be
// nested a little deeper than that (extensions, room for the envelope), never much more.
export const MAX_BODY_NESTING = MAX_INPUT_NESTING + 8;

/** Thrown from body-parser's `verify`: answered by bodyErrorHandler as BAD_USER_INPUT/TOO_DEEP. */
export class BodyTooDeepError extends Error {
  readonly type = 'entity.too.deep';
  readonly problem: string;
  constructor(
    readonly field: string,
    /** The deepest nesting accepted, the refusal's `max`. */
    readonly max: number,
  ) {
    const problem = tooDeepText(max);
    super(`${field}: ${problem}`);
    this.problem = problem;
  }
}

interface Level {
  array: boolean;
  /** Array: index of the current element. Object: the current key (once read). */
  index: number;
  key: string | null;
}

const QUOTE = 0x22;
const BACKSLASH = 0x5c;
const COLON = 0x3a;
const COMMA = 0x2c;
const OPEN_ARRAY = 0x5b;
const CLOSE_ARRAY = 0x5d;
const OPEN_OBJECT = 0x7b;
const CLOSE_OBJECT = 0x7d;

/**
 * Refuses a JSON text nested deeper than `max` before it is parsed: V8's JSON.parse recurses,
 * so a body of a few thousand `[` would otherwise end in a stack overflow that body-parser
 * reports as "not valid JSON". One pass over the bytes, no recursion; on refusal it names the
 * place the way the GraphQL input check does (`$i.areas[0].geometry.coordinates[0]…` for a
 * variable, `body.…` elsewhere). Malformed JSON is left for the parser to refuse.
 */
export function checkJsonDepth(buf: Buffer, max = MAX_BODY_NESTING): void {
  const stack: Level[] = [];
  let i = 0;
  const n = buf.length;
  while (i < n) {
    const c = buf[i]!;
    if (c === QUOTE) {
      const start = i + 1;
      i = start;
      while (i < n && buf[i] !== QUOTE) i += buf[i] === BACKSLASH ? 2 : 1;
      const top = stack.at(-1);
      // A string right after `{` or `,` in an object is a key; keep it for naming the place.
      if (top && !top.array && top.key === null) {
        let j = i + 1;
        while (j < n && (buf[j] === 0x20 || buf[j] === 0x0a || buf[j] === 0x0d || buf[j] === 0x09))
          j++;
        if (buf[j] === COLON) top.key = decodeKey(buf, start, i);
      }
      i++;
      continue;
    }
    if (c === OPEN_ARRAY || c === OPEN_OBJECT) {
      if (stack.length >= max) throw new BodyTooDeepError(placeOf(stack), max);
      stack.push({ array: c === OPEN_ARRAY, index: 0, key: null });
    } else if (c === CLOSE_ARRAY || c === CLOSE_OBJECT) {
      stack.pop();
    } else if (c === COMMA) {
      const top = stack.at(-1);
      if (top?.array) top.index++;
      else if (top) top.key = null;
    }
    i++;
  }
}

function decodeKey(buf: Buffer, start: number, end: number): string {
  const raw = buf.toString('utf8', start, end);
  if (!raw.includes('\\')) return raw;
  try {
    return JSON.parse(`"${raw}"`) as string;
  } catch {
    return raw;
  }
}

/** `$name.a[0].b` inside `variables`, else `body.x.y`: where the refused container sits. */
function placeOf(stack: Level[]): string {
  // Each level names the member it is in: the key of an object, the index of an array.
  const parts = stack.map((l) => (l.array ? `[${l.index}]` : `.${l.key ?? '?'}`));
  const [root, variables] = stack;
  if (root && !root.array && root.key === 'variables' && variables && !variables.array) {
    return `$${parts[1]!.slice(1)}${parts.slice(2).join('')}`;
  }
  return `body${parts.join('')}`;
}
