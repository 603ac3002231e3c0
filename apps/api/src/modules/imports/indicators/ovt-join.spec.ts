import { joinOvtRows, type JoinSchool, type KeyedRow } from './ovt-join.js';
import { nameSimilarity } from './name-similarity.js';

// The OVT → vestigingscode rules, one case each.

const school = (code: string, name: string, pupils: number | null = null): JoinSchool => ({
  vestigingscode: code,
  instellingscode: code.slice(0, 4),
  name,
  pupils,
});
let rowNo = 1;
const row = (
  key: string,
  name: string,
  value: number | null = 30,
  pupils: number | null = null,
): KeyedRow => ({
  row: ++rowNo,
  key,
  name,
  value,
  pupils,
  spread: null,
});

describe('joinOvtRows', () => {
  it('joins one row and one location exactly, and one row to every location of the institution', () => {
    const { joined, notJoined } = joinOvtRows(
      [row('00AP|C1', 'WereldWijs'), row('11BB|C1', 'De Linde')],
      [
        school('00AP00', 'WereldWijs'),
        school('11BB00', 'De Linde'),
        school('11BB01', 'De Linde dependance'),
      ],
    );
    expect(joined.map((j) => [j.source.key, j.codes, j.method])).toEqual([
      ['00AP|C1', ['00AP00'], 'EXACT_LOCATION'],
      ['11BB|C1', ['11BB00', '11BB01'], 'INSTITUTION'],
    ]);
    expect(notJoined).toEqual([]);
  });

  it('pairs several rows by clearly alike names and reports the rest as ambiguous', () => {
    const { joined, notJoined } = joinOvtRows(
      [
        row('22CC|C1', 'OBS De Regenboog'),
        row('22CC|C2', 'Het Kompas'),
        row('22CC|C3', 'Zonnewijzer'),
      ],
      [
        school('22CC00', 'Basisschool De Regenboog'),
        school('22CC01', 'CBS Het Kompas'),
        school('22CC02', 'De Horizon'),
      ],
    );
    expect(joined.map((j) => [j.source.key, j.codes, j.method])).toEqual([
      ['22CC|C1', ['22CC00'], 'NAME_SIMILARITY'],
      ['22CC|C2', ['22CC01'], 'NAME_SIMILARITY'],
    ]);
    expect(notJoined).toEqual([
      expect.objectContaining({
        outcome: 'AMBIGUOUS',
        reason: expect.stringContaining('geen vestiging met een gelijkende naam'),
      }),
    ]);
  });

  it('counts a row without a value among the rows in the file, and says how many have one', () => {
    // 03TN in the real three-year average: Montessorischool Elckerlyc 25.55 and Elckerlyc
    // International Primary School without a value, one BAO location "Basisschool Elckerlyc".
    // The report read "1 rijen voor instelling 03TN" (the rows with a value) beside "several
    // rows for this institution", so rule 1 (one row, one location) seemed to be skipped.
    const { joined, notJoined } = joinOvtRows(
      [
        row('44EE|C1', 'Montessorischool Elckerlyc', 25.55),
        row('44EE|C2', 'Elckerlyc International Primary School', null),
      ],
      [school('44EE00', 'Basisschool Elckerlyc')],
    );
    expect(joined).toEqual([]);
    expect(notJoined.map((n) => [n.source.key, n.outcome])).toEqual([
      ['44EE|C1', 'AMBIGUOUS'],
      ['44EE|C2', 'NO_VALUE'],
    ]);
    expect(notJoined[0]!.reason).toMatch(
      /^2 rijen voor instelling 44EE \(1 met een waarde\) en geen vestiging met een gelijkende naam/,
    );
    expect(notJoined[0]!.hint).toBe(
      '2 rows for this institution (1 with a value) and no location with a similar name; set the value by hand',
    );
  });

  it('does not pair alike names whose pupil counts differ by more than a factor 2', () => {
    const { joined, notJoined } = joinOvtRows(
      [row('33DD|C1', 'De Ark', 30, 400), row('33DD|C2', 'Het Anker', 30, 120)],
      [school('33DD00', 'De Ark', 90), school('33DD01', 'Het Anker', 110)],
    );
    expect(joined.map((j) => j.source.key)).toEqual(['33DD|C2']);
    expect(notJoined[0]).toMatchObject({
      outcome: 'AMBIGUOUS',
      reason: expect.stringContaining('400 tegen 90'),
    });
  });

  it('refuses to choose between two equally alike locations', () => {
    const { joined, notJoined } = joinOvtRows(
      [row('44EE|C1', 'De Vlinder'), row('44EE|C2', 'Iets anders')],
      [school('44EE00', 'De Vlinder'), school('44EE01', 'De Vlinder')],
    );
    expect(joined).toEqual([]);
    expect(notJoined.map((n) => n.outcome)).toEqual(['AMBIGUOUS', 'AMBIGUOUS']);
  });

  it('reports rows without a value and institutions without a BAO location', () => {
    const { joined, notJoined } = joinOvtRows(
      [row('55FF|C1', 'X', null), row('66GG|C1', 'Y')],
      [school('55FF00', 'X')],
    );
    expect(joined).toEqual([]);
    expect(notJoined.map((n) => [n.source.key, n.outcome])).toEqual([
      ['55FF|C1', 'NO_VALUE'],
      ['66GG|C1', 'UNJOINED'],
    ]);
  });
});

describe('nameSimilarity', () => {
  it('ignores case, accents, punctuation and filler words', () => {
    expect(nameSimilarity('OBS "De Regenboog"', 'basisschool de regenboog')).toBe(1);
    expect(nameSimilarity('Één', 'een')).toBe(0); // only filler left
    expect(nameSimilarity('Kompas', 'Horizon')).toBeLessThan(0.3);
  });
});
