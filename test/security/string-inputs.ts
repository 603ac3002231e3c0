import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  buildSchema,
  getNamedType,
  isEnumType,
  isInputObjectType,
  isListType,
  isNonNullType,
  isScalarType,
  type GraphQLArgument,
  type GraphQLField,
  type GraphQLInputType,
  type GraphQLObjectType,
} from 'graphql';
import { REPO_ROOT } from '../../apps/api/src/create-app.js';

// Every string a client can send, found in the committed schema (apps/api/schema.gql): for each
// query and mutation, each argument, and each String / ID / DateTime / JSON field inside its
// input objects (lists entered at index 0), one request with a control character in exactly
// that string and plausible values everywhere else.

export interface StringInputCase {
  /** e.g. `mutation requestContact $i.message` */
  name: string;
  operation: string;
  query: string;
  variables: Record<string, unknown>;
  /** The place the refusal must name, e.g. `$i.message`. */
  field: string;
  /** The argument `text` is in, e.g. `input`. */
  argument: string;
  /** Where in that argument, e.g. `areas[0].geometry.text` (empty for the argument itself). */
  path: string;
}

type Segment = string | number;

const STRING_SCALARS = new Set(['String', 'ID', 'DateTime']);

/** Values that pass their field's own check, by field name: see `stringInputCases`. */
export type Plausible = Readonly<Record<string, unknown>>;

function sample(type: GraphQLInputType, plausible: Plausible = {}): unknown {
  if (isNonNullType(type)) return sample(type.ofType, plausible);
  if (isListType(type)) return [sample(type.ofType, plausible)];
  if (isEnumType(type)) return type.getValues()[0]!.value;
  if (isInputObjectType(type)) {
    const value: Record<string, unknown> = {};
    for (const field of Object.values(type.getFields())) {
      if (field.name in plausible) value[field.name] = plausible[field.name];
      else if (isNonNullType(field.type) && field.defaultValue === undefined)
        value[field.name] = sample(field.type, plausible);
    }
    return value;
  }
  switch (type.name) {
    case 'Int':
      return 1;
    case 'Float':
      return 1.5;
    case 'Boolean':
      return false;
    case 'ID':
      return '00000000-0000-4000-8000-000000000000';
    case 'DateTime':
      return '2026-01-01T00:00:00Z';
    case 'JSON':
      return {};
    default:
      return 'x';
  }
}

/**
 * Paths to every string leaf inside `type` (JSON counts: a string is put inside it); with
 * `only`, to the leaves of those scalars alone.
 */
function leaves(type: GraphQLInputType, only?: string, seen: string[] = []): Segment[][] {
  if (isNonNullType(type)) return leaves(type.ofType, only, seen);
  if (isListType(type)) return leaves(type.ofType, only, seen).map((p) => [0, ...p]);
  if (isScalarType(type)) {
    if (only !== undefined) return type.name === only ? [[]] : [];
    if (STRING_SCALARS.has(type.name)) return [[]];
    if (type.name === 'JSON') return [['text']];
    return [];
  }
  if (!isInputObjectType(type) || seen.includes(type.name) || seen.length > 5) return [];
  return Object.values(type.getFields()).flatMap((field) =>
    leaves(field.type, only, [...seen, type.name]).map((p) => [field.name, ...p]),
  );
}

/** A value for `type` with `text` at `path`, every required field around it filled in. */
function valueWith(
  type: GraphQLInputType,
  path: Segment[],
  text: string,
  plausible: Plausible,
): unknown {
  if (isNonNullType(type)) return valueWith(type.ofType, path, text, plausible);
  if (path.length === 0) return text;
  const [head, ...rest] = path;
  if (isListType(type)) return [valueWith(type.ofType, rest, text, plausible)];
  if (isScalarType(type)) return { [head!]: text }; // JSON
  if (!isInputObjectType(type)) throw new Error(`no path into ${String(type)}`);
  const value = sample(type, plausible) as Record<string, unknown>;
  const inner = type.getFields()[head as string]!.type;
  value[head as string] = valueWith(inner, rest, text, plausible);
  return value;
}

function placeName(arg: string, path: Segment[]): string {
  let name = `$${arg}`;
  for (const segment of path) name += typeof segment === 'number' ? `[${segment}]` : `.${segment}`;
  return name;
}

function selectionFor(field: GraphQLField<unknown, unknown>): string {
  const named = getNamedType(field.type);
  return isScalarType(named) || isEnumType(named) ? '' : ' { __typename }';
}

/**
 * One case per string a client can send. With `only`, per argument or field of that scalar;
 * with `plausible`, those arguments and fields (also optional ones) hold a value that passes
 * their own check, so that the request is refused for `text` alone.
 */
export function stringInputCases(
  text: string,
  { only, plausible = {} }: { only?: 'ID'; plausible?: Plausible } = {},
): StringInputCase[] {
  const schema = buildSchema(readFileSync(join(REPO_ROOT, 'apps/api/schema.gql'), 'utf8'));
  const roots: ['query' | 'mutation', GraphQLObjectType | null | undefined][] = [
    ['query', schema.getQueryType()],
    ['mutation', schema.getMutationType()],
  ];
  const cases: StringInputCase[] = [];
  for (const [kind, root] of roots) {
    for (const field of Object.values(root?.getFields() ?? {})) {
      for (const target of field.args) {
        for (const path of leaves(target.type, only)) {
          const used = field.args.filter(
            (a: GraphQLArgument) => a === target || isNonNullType(a.type) || a.name in plausible,
          );
          const variables: Record<string, unknown> = {};
          for (const a of used) {
            variables[a.name] =
              a === target
                ? valueWith(a.type, path, text, plausible)
                : a.name in plausible
                  ? plausible[a.name]
                  : sample(a.type, plausible);
          }
          const declared = used.map((a) => `$${a.name}: ${String(a.type)}`).join(', ');
          const passed = used.map((a) => `${a.name}: $${a.name}`).join(', ');
          const where = placeName(target.name, path);
          cases.push({
            name: `${kind} ${field.name} ${where}`,
            operation: field.name,
            query: `${kind} (${declared}) { ${field.name}(${passed})${selectionFor(field)} }`,
            variables,
            field: where,
            argument: target.name,
            path: placeName('', path).slice(1).replace(/^\./, ''),
          });
        }
      }
    }
  }
  return cases;
}
