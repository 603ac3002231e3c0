import { parseValue } from 'graphql';
import { GraphQLJSON } from './json.scalar.js';

describe('JSON scalar literals', () => {
  const literal = (text: string, variables?: Record<string, unknown>) =>
    GraphQLJSON.parseLiteral(parseValue(text), variables);

  it('reads nested objects, lists, numbers, strings, booleans and null', () => {
    expect(literal('{ type: "Polygon", n: [1, 2.5, true, null], o: { a: "x" } }')).toEqual({
      type: 'Polygon',
      n: [1, 2.5, true, null],
      o: { a: 'x' },
    });
  });

  it('gives variables inside the literal their values, at any depth', () => {
    expect(
      literal('{ coordinates: [[[$lng, 51.9], $point]], label: $label }', {
        lng: 4.38,
        point: [4.42, 51.93],
        label: 'Schiedam',
      }),
    ).toEqual({
      coordinates: [
        [
          [4.38, 51.9],
          [4.42, 51.93],
        ],
      ],
      label: 'Schiedam',
    });
  });

  it('reads a variable that was not given as null', () => {
    expect(literal('[$missing]', {})).toEqual([null]);
    expect(literal('[$missing]')).toEqual([null]);
  });
});
