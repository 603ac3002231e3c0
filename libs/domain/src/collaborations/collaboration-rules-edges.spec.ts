import {
  checkCount,
  checkEvidenceUrl,
  checkFundingLines,
  checkGoals,
  checkPeriod,
  checkText,
  isoDay,
  parseIsoDate,
  type FundingLineInput,
  type Problem,
} from './collaboration-rules.js';
import {
  FUNDING_ROUTES,
  fundingCodesOfLabel,
  fundingRoute,
  fundingWarnings,
  type FundingLine,
  type FundingRoute,
} from './funding-routes.js';
import { rollupByTheme, themeCoverage, type CollaborationFacts } from './lea-coverage.js';

// The edges of the collaboration rules: every limit just inside and just outside, each problem
// with its field and message, and the inputs around the dates (surrounding spaces, long text).

const collect = <T>(run: (problems: Problem[]) => T): { value: T; problems: Problem[] } => {
  const problems: Problem[] = [];
  const value = run(problems);
  return { value, problems };
};
const DATE_MESSAGE =
  'moet een datum zijn als 2026-08-01, tussen 2000 en 2100 (a date like 2026-08-01)';

describe('parseIsoDate and isoDay', () => {
  it('takes the years 2000 to 2100 inclusive, and trims surrounding spaces', () => {
    expect(parseIsoDate('2000-01-01')).toBe('2000-01-01');
    expect(parseIsoDate('2100-12-31')).toBe('2100-12-31');
    expect(parseIsoDate('1999-12-31')).toBeNull();
    expect(parseIsoDate('2101-01-01')).toBeNull();
    expect(parseIsoDate('  2026-08-01 ')).toBe('2026-08-01');
  });

  it('refuses a month or a day that does not exist, each on its own', () => {
    expect(parseIsoDate('2026-13-01')).toBeNull();
    expect(parseIsoDate('2026-00-10')).toBeNull();
    expect(parseIsoDate('2026-02-29')).toBeNull();
    expect(parseIsoDate('2026-04-31')).toBeNull();
    expect(parseIsoDate('2028-02-29')).toBe('2028-02-29');
  });

  it('gives the UTC day of a moment', () => {
    expect(isoDay(new Date('2026-08-01T23:30:00Z'))).toBe('2026-08-01');
    expect(isoDay(new Date('2026-08-01T23:30:00+02:00'))).toBe('2026-08-01');
  });
});

describe('checkPeriod', () => {
  it('names each bad date with the default field names and the date message', () => {
    const both = collect((p) => checkPeriod('x', '2026-13-01', p));
    expect(both).toEqual({
      value: null,
      problems: [
        { field: 'startsOn', message: DATE_MESSAGE, code: 'INVALID_DATE' },
        { field: 'endsOn', message: DATE_MESSAGE, code: 'INVALID_DATE' },
      ],
    });
    expect(collect((p) => checkPeriod('2026-01-01', 'x', p)).problems).toEqual([
      { field: 'endsOn', message: DATE_MESSAGE, code: 'INVALID_DATE' },
    ]);
    expect(collect((p) => checkPeriod('x', '2026-01-01', p)).problems).toEqual([
      { field: 'startsOn', message: DATE_MESSAGE, code: 'INVALID_DATE' },
    ]);
  });

  it('reads only the first 40 characters, and takes spaces around a date', () => {
    expect(collect((p) => checkPeriod(' 2026-01-01 ', ' 2026-02-01', p)).value).toEqual({
      startsOn: '2026-01-01',
      endsOn: '2026-02-01',
    });
    const long = `2026-01-01${' '.repeat(40)}x`;
    expect(collect((p) => checkPeriod(long, long, p)).value).toEqual({
      startsOn: '2026-01-01',
      endsOn: '2026-01-01',
    });
  });

  it('takes a one-day period and one of exactly ten years, not a day more', () => {
    expect(collect((p) => checkPeriod('2026-08-01', '2026-08-01', p)).problems).toEqual([]);
    expect(collect((p) => checkPeriod('2026-08-01', '2036-08-01', p))).toEqual({
      value: { startsOn: '2026-08-01', endsOn: '2036-08-01' },
      problems: [],
    });
    expect(collect((p) => checkPeriod('2026-08-01', '2036-08-02', p))).toEqual({
      value: null,
      problems: [
        {
          field: 'endsOn',
          message: 'hoogstens 10 jaar na de begindatum (at most 10 years after the start)',
          code: 'PERIOD_TOO_LONG',
          params: { max: 10 },
        },
      ],
    });
  });
});

describe('checkText', () => {
  it('takes text of exactly the maximum, trimmed, and names a longer one', () => {
    expect(collect((p) => checkText(' abc ', 'title', 3, p, true))).toEqual({
      value: 'abc',
      problems: [],
    });
    expect(collect((p) => checkText('abcd', 'title', 3, p, true))).toEqual({
      value: null,
      problems: [
        {
          field: 'title',
          message: 'hoogstens 3 tekens (at most 3 characters)',
          code: 'TOO_LONG',
          params: { max: 3 },
        },
      ],
    });
  });

  it('says a required field is missing, and lets an optional one be empty', () => {
    expect(collect((p) => checkText('  ', 'title', 3, p, true))).toEqual({
      value: null,
      // The code makes the web say its catalogue's "Verplicht.", as for an empty date.
      problems: [{ field: 'title', message: 'is verplicht (required)', code: 'REQUIRED' }],
    });
    expect(collect((p) => checkText(null, 'note', 3, p, false))).toEqual({
      value: null,
      problems: [],
    });
    expect(collect((p) => checkText(undefined, 'note', 3, p, true)).problems).toHaveLength(1);
  });
});

describe('checkFundingLines', () => {
  const line = (extra: Partial<FundingLineInput> = {}): FundingLineInput => ({
    routeCode: 'OAB_SCHOOL',
    ...extra,
  });

  it('takes ten lines and refuses eleven as a whole, under "funding"', () => {
    expect(
      collect((p) =>
        checkFundingLines(
          Array.from({ length: 10 }, () => line()),
          p,
        ),
      ),
    ).toEqual({
      value: Array.from({ length: 10 }, () => ({
        routeCode: 'OAB_SCHOOL',
        fundName: null,
        amountEur: null,
        validFrom: null,
        validUntil: null,
      })),
      problems: [],
    });
    expect(
      collect((p) =>
        checkFundingLines(
          Array.from({ length: 11 }, () => line()),
          p,
        ),
      ),
    ).toEqual({
      value: [],
      problems: [
        {
          field: 'funding',
          message: 'hoogstens 10 regels (at most 10 lines)',
          code: 'TOO_MANY',
          params: { max: 10 },
        },
      ],
    });
  });

  it('names an unknown route and lists the known routes by their labels, Dutch then English', () => {
    const { value, problems } = collect((p) => checkFundingLines([line({ routeCode: 'GELD' })], p));
    expect(value).toEqual([]);
    expect(problems).toEqual([
      {
        field: 'funding[0].routeCode',
        code: 'UNKNOWN_FUNDING_ROUTE',
        message:
          'onbekende financieringsroute; kies uit ‘Nationaal Programma Onderwijs (NPO), eenmalig’,' +
          ' ‘Onderwijsachterstandenmiddelen van de school’, ‘Onderwijsachterstandenmiddelen van de gemeente’,' +
          ' ‘Gemeentelijke subsidie’, ‘Fonds (met naam)’, ‘Samenwerkingsverband passend onderwijs’ of' +
          ' ‘Eigen bijdrage’ (unknown funding route; choose from ‘National Education Programme (NPO), one-off’,' +
          " ‘The school's educational-disadvantage funding’, ‘The municipality's educational-disadvantage" +
          ' funding’, ‘Municipal subsidy’, ‘A named fund’, ‘Regional special-needs partnership' +
          ' (samenwerkingsverband)’ or ‘Own contribution’)',
      },
    ]);
    // Every route by its labels, in both halves; no route code outside a label.
    const message = problems[0]!.message;
    for (const route of FUNDING_ROUTES) {
      expect(message).toContain(`‘${route.nl}’`);
      expect(message).toContain(`‘${route.en}’`);
    }
    const outsideLabels = FUNDING_ROUTES.reduce(
      (rest, r) => rest.split(`‘${r.nl}’`).join('').split(`‘${r.en}’`).join(''),
      message,
    );
    for (const route of FUNDING_ROUTES) expect(outsideLabels).not.toContain(route.code);
  });

  it('takes whole amounts from 0 to 100 million euros', () => {
    const amounts = [0, 100_000_000, -1, 100_000_001, 1.5];
    const { value, problems } = collect((p) =>
      checkFundingLines(
        amounts.map((amountEur) => line({ amountEur })),
        p,
      ),
    );
    expect(value.map((l) => l.amountEur)).toEqual([0, 100_000_000]);
    expect(problems).toEqual(
      [2, 3, 4].map((i) => ({
        field: `funding[${i}].amountEur`,
        message: 'moet een heel bedrag in euro zijn, 0 of meer (whole euros, 0 or more)',
        code: 'WHOLE_EUROS',
      })),
    );
  });

  it('takes one date alone, either one, and names a bad one by its field', () => {
    const { value, problems } = collect((p) =>
      checkFundingLines(
        [
          line({ validFrom: '2026-01-01' }),
          line({ validUntil: ' 2027-07-31 ' }),
          line({ validFrom: '2026-02-30' }),
          line({ validUntil: 'morgen' }),
          line({ validFrom: '  ', validUntil: null }),
        ],
        p,
      ),
    );
    expect(value.map((l) => [l.validFrom, l.validUntil])).toEqual([
      ['2026-01-01', null],
      [null, '2027-07-31'],
      [null, null],
    ]);
    expect(problems).toEqual([
      { field: 'funding[2].validFrom', message: DATE_MESSAGE, code: 'INVALID_DATE' },
      { field: 'funding[3].validUntil', message: DATE_MESSAGE, code: 'INVALID_DATE' },
    ]);
  });

  it('checks both dates as a period, named by the line', () => {
    const { value, problems } = collect((p) =>
      checkFundingLines(
        [
          line({ validFrom: '2026-01-01', validUntil: '2026-12-31' }),
          line({ validFrom: '2026-01-01', validUntil: '2025-12-31' }),
          line({ validFrom: 'x', validUntil: '2026-12-31' }),
        ],
        p,
      ),
    );
    expect(value).toEqual([
      {
        routeCode: 'OAB_SCHOOL',
        fundName: null,
        amountEur: null,
        validFrom: '2026-01-01',
        validUntil: '2026-12-31',
      },
    ]);
    expect(problems.map((p) => p.field)).toEqual(['funding[1].validUntil', 'funding[2].validFrom']);
  });

  it('needs the name of a fund and bounds it at 120 characters', () => {
    const { value, problems } = collect((p) =>
      checkFundingLines(
        [
          line({ routeCode: 'FONDS' }),
          line({ routeCode: 'FONDS', fundName: 'x'.repeat(120) }),
          line({ routeCode: 'FONDS', fundName: 'x'.repeat(121) }),
        ],
        p,
      ),
    );
    expect(value.map((l) => l.fundName)).toEqual(['x'.repeat(120)]);
    expect(problems).toEqual([
      { field: 'funding[0].fundName', message: 'is verplicht (required)', code: 'REQUIRED' },
      {
        field: 'funding[2].fundName',
        message: 'hoogstens 120 tekens (at most 120 characters)',
        code: 'TOO_LONG',
        params: { max: 120 },
      },
    ]);
  });
});

describe('checkGoals', () => {
  it('takes ten goals and refuses eleven, and a goal of 300 characters but not 301', () => {
    const ten = Array.from({ length: 10 }, (_, i) => `doel ${i}`);
    expect(collect((p) => checkGoals(ten, p))).toEqual({ value: ten, problems: [] });
    expect(collect((p) => checkGoals([...ten, 'elf'], p)).problems).toEqual([
      {
        field: 'goals',
        message: 'hoogstens 10 doelen (at most 10 goals)',
        code: 'TOO_MANY',
        params: { max: 10 },
      },
    ]);
    expect(collect((p) => checkGoals(['x'.repeat(300), 'y'.repeat(301)], p, 'doelen'))).toEqual({
      value: ['x'.repeat(300), 'y'.repeat(301)],
      problems: [
        {
          field: 'doelen[1]',
          message: 'hoogstens 300 tekens (at most 300 characters)',
          code: 'TOO_LONG',
          params: { max: 300 },
        },
      ],
    });
  });

  it('needs at least one goal, after dropping blanks and repeats', () => {
    expect(collect((p) => checkGoals([' ', ''], p))).toEqual({
      value: [],
      problems: [
        {
          field: 'goals',
          message: 'noem ten minste één doel (name at least one goal)',
          code: 'AT_LEAST_ONE',
        },
      ],
    });
    expect(collect((p) => checkGoals([' a', 'a ', 'b'], p))).toEqual({
      value: ['a', 'b'],
      problems: [],
    });
  });
});

describe('checkEvidenceUrl', () => {
  const URL_MESSAGE =
    'moet een webadres zijn dat begint met https:// (a web address starting with https://)';

  it('takes http and https addresses with a dotted host, trimmed, up to 500 characters', () => {
    const at500 = `https://example.nl/${'a'.repeat(500 - 19)}`;
    expect(at500).toHaveLength(500);
    for (const ok of ['https://example.nl/a', 'http://example.nl', at500]) {
      expect(collect((p) => checkEvidenceUrl(` ${ok} `, p))).toEqual({ value: ok, problems: [] });
    }
  });

  it('names the field for anything else', () => {
    const bad = [
      `${`https://example.nl/${'a'.repeat(500 - 19)}`}b`,
      'https://example.nl/a b',
      'ftp://example.nl/x',
      'https://localhost/x',
      'geen adres',
      'javascript:alert(1)',
    ];
    for (const raw of bad) {
      expect({ raw, ...collect((p) => checkEvidenceUrl(raw, p, 'bewijs')) }).toEqual({
        raw,
        value: null,
        problems: [{ field: 'bewijs', message: URL_MESSAGE, code: 'NOT_HTTPS' }],
      });
    }
    expect(collect((p) => checkEvidenceUrl('x', p)).problems[0]!.field).toBe('evidenceUrl');
  });

  it('takes an empty or absent link as none', () => {
    for (const raw of ['', '  ', null, undefined]) {
      expect(collect((p) => checkEvidenceUrl(raw, p))).toEqual({ value: null, problems: [] });
    }
  });
});

describe('checkCount', () => {
  it('takes whole numbers from 0 to the maximum, 100,000 by default', () => {
    for (const ok of [0, 100_000]) {
      expect(collect((p) => checkCount(ok, 'pupils', p))).toEqual({ value: ok, problems: [] });
    }
    for (const bad of [-1, 100_001, 2.5, Number.NaN, Number.POSITIVE_INFINITY]) {
      expect(collect((p) => checkCount(bad, 'pupils', p))).toEqual({
        value: null,
        problems: [
          {
            field: 'pupils',
            message: 'moet een heel getal van 0 tot 100000 zijn (a whole number from 0 to 100000)',
            code: 'WHOLE_NUMBER_RANGE',
            params: { min: 0, max: 100_000 },
          },
        ],
      });
    }
    expect(collect((p) => checkCount(7, 'groups', p, { max: 5 })).problems).toEqual([
      {
        field: 'groups',
        message: 'moet een heel getal van 0 tot 5 zijn (a whole number from 0 to 5)',
        code: 'WHOLE_NUMBER_RANGE',
        params: { min: 0, max: 5 },
      },
    ]);
    expect(collect((p) => checkCount(5, 'groups', p, { max: 5 })).value).toBe(5);
  });

  it('takes hours with one decimal, and names more decimals with its own message', () => {
    expect(collect((p) => checkCount(1.1, 'hours', p, { decimals: true })).value).toBe(1.1);
    expect(collect((p) => checkCount(1.15, 'hours', p, { decimals: true }))).toEqual({
      value: null,
      problems: [
        {
          field: 'hours',
          message:
            'moet tussen 0 en 100000 liggen, op één decimaal (between 0 and 100000, one decimal)',
          code: 'OUT_OF_RANGE_ONE_DECIMAL',
          params: { min: 0, max: 100_000 },
        },
      ],
    });
  });

  it('takes an absent count as none', () => {
    expect(collect((p) => checkCount(null, 'x', p))).toEqual({ value: null, problems: [] });
    expect(collect((p) => checkCount(undefined, 'x', p))).toEqual({ value: null, problems: [] });
  });
});

describe('funding routes at their edges', () => {
  it('reads the old labels by their start only, trimmed and in any case', () => {
    expect(fundingCodesOfLabel('  Gemeentelijke subsidie Schiedam')).toEqual([
      'GEMEENTELIJKE_SUBSIDIE',
    ]);
    expect(fundingCodesOfLabel('Fonds Kinderpostzegels')).toEqual(['FONDS']);
    expect(fundingCodesOfLabel('FONDS')).toEqual(['FONDS']);
    expect(fundingCodesOfLabel('Samenwerkingsverband Waterweg')).toEqual(['SAMENWERKINGSVERBAND']);
    expect(fundingCodesOfLabel('Eigen bijdrage ouders')).toEqual(['EIGEN_BIJDRAGE']);
    // The same words elsewhere in a label are not the route.
    expect(fundingCodesOfLabel('Cultuurfonds ')).toEqual([]);
    expect(fundingCodesOfLabel('Subsidie, gemeentelijke subsidie')).toEqual([]);
    expect(fundingCodesOfLabel('Via het samenwerkingsverband')).toEqual([]);
    expect(fundingCodesOfLabel('Ouders: eigen bijdrage')).toEqual([]);
  });

  it('finds a route by its code', () => {
    expect(fundingRoute('FONDS').needsName).toBe(true);
    expect(fundingRoute('NPO').oneOff).toBe(true);
  });

  const line = (extra: Partial<FundingLine>): FundingLine => ({
    routeCode: 'GEMEENTELIJKE_SUBSIDIE',
    fundName: null,
    amountEur: null,
    validFrom: null,
    validUntil: null,
    ...extra,
  });

  it('warns of an end before the period ends (not on its last day, not yet ended today), fund named', () => {
    const warnings = fundingWarnings(
      [
        line({ routeCode: 'FONDS', fundName: 'Kansfonds', validUntil: '2027-06-30' }),
        line({ validUntil: '2027-07-31' }),
        line({ validUntil: '2026-01-01' }),
      ],
      '2027-07-31',
      '2026-01-01',
    );
    expect(warnings).toEqual([
      {
        kind: 'ENDS_BEFORE_PERIOD',
        routeCode: 'FONDS',
        date: '2027-06-30',
        nl: 'Fonds (met naam): Kansfonds loopt af op 30 juni 2027, vóór het einde van de samenwerking (31 juli 2027)',
        en: `${fundingRoute('FONDS').en}: Kansfonds ends on 30 June 2027, before the collaboration does (31 July 2027)`,
      },
      // Ending today is not ended yet.
      expect.objectContaining({ kind: 'ENDS_BEFORE_PERIOD', date: '2026-01-01' }),
    ]);
  });

  it('says nothing of an end without a period end, and names one-off money', () => {
    expect(fundingWarnings([line({ validUntil: '2027-06-30' })], null, '2026-01-01')).toEqual([]);
    expect(fundingWarnings([line({ routeCode: 'NPO' })], null, '2026-01-01')).toEqual([
      {
        kind: 'ONE_OFF',
        routeCode: 'NPO',
        date: null,
        nl: 'Nationaal Programma Onderwijs (NPO), eenmalig: eenmalig geld; reken er niet op voor volgende jaren',
        en: `${fundingRoute('NPO').en}: one-off money; do not count on it for later years`,
      },
    ]);
  });

  it('takes the earlier of the line end and the catalogue end, whichever is given', () => {
    const catalogue: FundingRoute[] = FUNDING_ROUTES.map((r) =>
      r.code === 'GEMEENTELIJKE_SUBSIDIE' ? { ...r, validUntil: '2026-12-31' } : r,
    );
    const ends = (validUntil: string | null) =>
      fundingWarnings([line({ validUntil })], '2030-01-01', '2026-01-01', catalogue).map(
        (w) => w.date,
      );
    expect(ends(null)).toEqual(['2026-12-31']);
    expect(ends('2026-06-30')).toEqual(['2026-06-30']);
    expect(ends('2027-06-30')).toEqual(['2026-12-31']);
    // A route missing from the catalogue gives no warning.
    expect(fundingWarnings([line({ validUntil: '2020-01-01' })], null, '2026-01-01', [])).toEqual(
      [],
    );
  });
});

describe('theme coverage and roll-up at their edges', () => {
  const collaboration = (c: Partial<CollaborationFacts>): CollaborationFacts => ({
    id: 'c',
    title: 'Samen',
    status: 'ACTIVE',
    startsOn: '2026-08-01',
    endsOn: '2027-07-31',
    vestigingscodes: ['01AB00'],
    interventionCodes: ['TAAL_LEZEN'],
    ...c,
  });
  const school = { vestigingscode: '01AB00', name: 'De Regenboog' };

  it('counts a collaboration that touches the period on its first or last day only', () => {
    const cover = (c: Partial<CollaborationFacts>) =>
      themeCoverage(
        ['TAAL_LEZEN'],
        { startsOn: '2027-01-01', endsOn: '2027-12-31' },
        [school],
        [collaboration(c)],
      )[0]!.covered.length;
    expect(cover({ startsOn: '2027-12-31', endsOn: '2028-06-30' })).toBe(1);
    expect(cover({ startsOn: '2026-01-01', endsOn: '2027-01-01' })).toBe(1);
    expect(cover({ startsOn: '2028-01-01', endsOn: '2028-06-30' })).toBe(0);
    expect(cover({ startsOn: '2026-01-01', endsOn: '2026-12-31' })).toBe(0);
  });

  it('adds sessions up, open ones as nothing', () => {
    const entry = (sessionsDelivered: number | null) => ({
      collaborationId: 'c',
      schoolYear: '2026-2027',
      pupilsReached: null,
      groupsReached: null,
      sessionsDelivered,
      hoursDelivered: null,
      goalAttainment: null,
    });
    const [rollup] = rollupByTheme([collaboration({})], [entry(3), entry(null), entry(4)]);
    expect(rollup!.sessionsDelivered).toBe(7);
  });
});
