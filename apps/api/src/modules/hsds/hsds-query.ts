import { UserInputError } from '../../common/errors/user-input.error.js';
import { isUuid } from '../../common/validation/uuid.js';
import { forbiddenCharacterIn } from '../../common/input-hygiene/input-hygiene.plugin.js';
import { findTerm, taxonomyById, type KnownTerm, type TaxonomyKey } from './hsds-taxonomy.js';

// Query parameters of the HSDS read API, checked before anything is read. Every refusal names
// the parameter (BAD_USER_INPUT); nothing hostile reaches SQL: text is length-limited, free of
// control characters and passed as a parameter, numbers are bounded integers.

export type RawQuery = Record<string, unknown>;

export const DEFAULT_PER_PAGE = 50;
export const MAX_PER_PAGE = 100;
const MAX_PAGE = 100_000;
const MAX_SEARCH = 200;
const MAX_WORDS = 8;

export interface PageQuery {
  page: number;
  perPage: number;
}

/** One value of a parameter, or undefined; refuses repeated parameters and odd characters. */
export function single(q: RawQuery, name: string, max = 200): string | undefined {
  const v = q[name];
  if (v === undefined) return undefined;
  if (typeof v !== 'string') {
    throw UserInputError.field(
      name,
      'mag maar één keer voorkomen, als tekst (give it once, as text)',
      { code: 'INVALID' },
    );
  }
  if (v.length > max) {
    throw UserInputError.field(
      name,
      `te lang: hoogstens ${max} tekens (too long: at most ${max})`,
      { code: 'TOO_LONG', params: { max } },
    );
  }
  // The characters no GraphQL string may hold either (control characters, direction overrides).
  const forbidden = forbiddenCharacterIn(v);
  if (forbidden) {
    throw UserInputError.field(
      name,
      forbidden.problem,
      {
        code: 'CONTROL_CHARACTERS',
      },
      forbidden.reason,
    );
  }
  return v;
}

function integer(q: RawQuery, name: string, min: number, max: number, fallback: number): number {
  const v = single(q, name, 12);
  if (v === undefined || v === '') return fallback;
  if (!/^\d+$/.test(v) || Number(v) < min || Number(v) > max) {
    throw UserInputError.field(
      name,
      `moet een geheel getal van ${min} tot en met ${max} zijn (must be an integer ${min}–${max})`,
      { code: 'WHOLE_NUMBER_RANGE', params: { min, max } },
    );
  }
  return Number(v);
}

function flag(q: RawQuery, name: string): boolean {
  const v = single(q, name, 5);
  if (v === undefined || v === '' || v === 'false') return false;
  if (v === 'true') return true;
  throw UserInputError.field(name, 'moet true of false zijn (must be true or false)', {
    code: 'NOT_TRUE_OR_FALSE',
  });
}

export function pageQuery(q: RawQuery): PageQuery {
  const format = single(q, 'format', 10);
  if (format !== undefined && format !== '' && format !== 'json') {
    throw UserInputError.field('format', 'alleen json wordt ondersteund (only json is supported)', {
      code: 'UNKNOWN_VALUE',
    });
  }
  return {
    page: integer(q, 'page', 1, MAX_PAGE, 1),
    perPage: integer(q, 'per_page', 1, MAX_PER_PAGE, DEFAULT_PER_PAGE),
  };
}

/** The words of `search`, lower-cased (each must occur). */
export function searchWords(q: RawQuery): string[] {
  const text = single(q, 'search', MAX_SEARCH);
  if (!text) return [];
  const words = text.toLowerCase().split(/\s+/).filter(Boolean);
  if (words.length > MAX_WORDS) {
    throw UserInputError.field(
      'search',
      `hoogstens ${MAX_WORDS} woorden (at most ${MAX_WORDS} words)`,
      { code: 'INVALID' },
    );
  }
  return words;
}

export function uuidParam(q: RawQuery, name: string): string | undefined {
  const v = single(q, name, 40);
  if (v === undefined || v === '') return undefined;
  if (!isUuid(v))
    throw UserInputError.field(name, 'geen geldige UUID (not a valid UUID)', {
      code: 'INVALID_ID',
    });
  return v.toLowerCase();
}

export function termParam(q: RawQuery): KnownTerm | undefined {
  return knownParam(q, 'taxonomy_term_id', 60, findTerm);
}

export function taxonomyParam(q: RawQuery): TaxonomyKey | undefined {
  return knownParam(q, 'taxonomy_id', 40, taxonomyById);
}

/** A parameter naming one of our own items: undefined when absent, NOT_FOUND when unknown. */
function knownParam<T>(
  q: RawQuery,
  name: string,
  max: number,
  find: (id: string) => T | undefined,
): T | undefined {
  const v = single(q, name, max);
  if (v === undefined || v === '') return undefined;
  const found = find(v);
  if (found === undefined) throw UserInputError.notFound(name, v);
  return found;
}

export function dateParam(q: RawQuery, name: string): Date | undefined {
  const v = single(q, name, 40);
  if (v === undefined || v === '') return undefined;
  const d = new Date(v);
  // Date() rolls an impossible day over (2026-02-30 is 2 March); the written day must exist.
  const day = /^(\d{4})-(\d{2})-(\d{2})/.exec(v);
  const [y, m, dd] = day ? [Number(day[1]), Number(day[2]), Number(day[3])] : [0, 0, 0];
  const written = new Date(Date.UTC(y, m - 1, dd));
  if (
    !day ||
    Number.isNaN(d.getTime()) ||
    written.getUTCMonth() !== m - 1 ||
    written.getUTCDate() !== dd
  ) {
    throw UserInputError.field(
      name,
      'geen geldige datum of tijd, ISO 8601 (not an ISO 8601 date)',
      { code: 'INVALID' },
    );
  }
  return d;
}

export function flagParam(q: RawQuery, name: string): boolean {
  return flag(q, name);
}

export function pathId(name: string, value: string): string {
  if (!isUuid(value))
    throw UserInputError.field(name, 'geen geldige UUID (not a valid UUID)', {
      code: 'INVALID_ID',
    });
  return value.toLowerCase();
}
