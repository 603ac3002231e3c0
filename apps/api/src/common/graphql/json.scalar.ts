import { GraphQLScalarType, Kind, type ValueNode } from 'graphql';

// Output-only JSON values (GeoJSON geometries). Inputs that carry GeoJSON are validated
// by libs/domain before use, so a literal is parsed but never trusted.
export const GraphQLJSON = new GraphQLScalarType({
  name: 'JSON',
  description: 'JSON-waarde, bijvoorbeeld een GeoJSON-geometrie (RFC 7946)',
  serialize: (value) => value,
  parseValue: (value) => value,
  parseLiteral: (ast, variables) => parseLiteral(ast, variables ?? {}),
});

// A literal may hold variables at any depth (`coordinates: [[[$lng, 51.9], …]]`): they take
// their values, as in every other input; a variable not given is null.
function parseLiteral(ast: ValueNode, variables: Record<string, unknown>): unknown {
  switch (ast.kind) {
    case Kind.VARIABLE:
      return variables[ast.name.value] ?? null;
    case Kind.STRING:
    case Kind.BOOLEAN:
      return ast.value;
    case Kind.INT:
    case Kind.FLOAT:
      return Number(ast.value);
    case Kind.LIST:
      return ast.values.map((v) => parseLiteral(v, variables));
    case Kind.OBJECT:
      return Object.fromEntries(
        ast.fields.map((f) => [f.name.value, parseLiteral(f.value, variables)]),
      );
    default:
      return null;
  }
}
