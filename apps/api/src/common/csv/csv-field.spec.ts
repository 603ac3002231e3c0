import { csvField } from './csv-field.js';

describe('csvField', () => {
  it.each(['De Kring', '', 'a=b+c-d@e', "l'école", '12', 'a,b'])(
    'leaves %j alone (plain text, empty text, inner formula characters)',
    (text) => {
      expect(csvField(text)).toBe(text);
    },
  );

  it.each([
    ['=1+1', "'=1+1"],
    ['+31 10 123', "'+31 10 123"],
    ['-2', "'-2"],
    ['@SUM(A1)', "'@SUM(A1)"],
    ['\t=cmd', "'\t=cmd"],
  ])('defuses %j, which a spreadsheet would run as a formula', (input, out) => {
    expect(csvField(input)).toBe(out);
  });

  it('defuses a leading carriage return and then quotes the field for its line break', () => {
    expect(csvField('\r=1')).toBe(`"'\r=1"`);
  });

  it.each([
    ['a;b', '"a;b"'],
    ['zei "ja"', '"zei ""ja"""'],
    ['"', '""""'],
    ['regel 1\nregel 2', '"regel 1\nregel 2"'],
    ['regel 1\r\nregel 2', '"regel 1\r\nregel 2"'],
    ['a\rb', '"a\rb"'],
  ])(
    'quotes separators, quotes and line breaks, doubling every inner quote: %j as %j',
    (input, out) => {
      expect(csvField(input)).toBe(out);
    },
  );

  it('defuses and quotes together: the quote goes around the defused text', () => {
    expect(csvField('=HYPERLINK("x";"y")')).toBe(`"'=HYPERLINK(""x"";""y"")"`);
  });
});
