import { BodyTooDeepError, checkJsonDepth, MAX_BODY_NESTING } from './json-depth.js';

const body = (value: unknown) => Buffer.from(JSON.stringify(value));

function nested(levels: number): unknown {
  let deep: unknown = [5.1, 52.1];
  for (let i = 1; i < levels; i++) deep = [deep];
  return deep;
}

function refusal(buf: Buffer): BodyTooDeepError {
  try {
    checkJsonDepth(buf);
  } catch (error) {
    if (error instanceof BodyTooDeepError) return error;
    throw error;
  }
  throw new Error('not refused');
}

describe('checkJsonDepth', () => {
  it('lets ordinary bodies through, also with brackets and quotes inside strings', () => {
    checkJsonDepth(body({ query: '{ a { b } }', variables: { s: '[[[[{{{{"\\' } }));
    checkJsonDepth(body({ variables: { i: { coordinates: nested(MAX_BODY_NESTING - 5) } } }));
    checkJsonDepth(Buffer.from('not json at all [[[')); // left for the parser to refuse
  });

  it('refuses 5,000 levels without recursing, naming the variable and the place', () => {
    // Written as text: JSON.stringify itself recurses too deep for this.
    const coordinates = `${'['.repeat(5000)}5.1,52.1${']'.repeat(5000)}`;
    const error = refusal(
      Buffer.from(
        `{"query":"mutation ($i: X!) { a(input: $i) { id } }","variables":{"i":{"areas":[{"geometry":{"type":"Polygon","coordinates":${coordinates}}}]}}}`,
      ),
    );
    expect(error.field).toMatch(/^\$i\.areas\[0\]\.geometry\.coordinates(\[0\])+$/);
    expect(error.problem).toBe(
      `te diep genest: hoogstens ${MAX_BODY_NESTING} niveaus (nested too deeply: at most ${MAX_BODY_NESTING} levels)`,
    );
  });

  it('names array positions and escaped keys; outside the variables it names the body', () => {
    const second = refusal(body({ variables: { 'a"b': [0, nested(200)] } }));
    expect(second.field).toMatch(/^\$a"b\[1\](\[0\])+$/);
    expect(refusal(body({ extensions: { x: nested(200) } })).field).toMatch(
      /^body\.extensions\.x(\[0\])+$/,
    );
    expect(refusal(Buffer.from('['.repeat(100_000))).field).toMatch(/^body(\[0\])+$/);
  });
});
