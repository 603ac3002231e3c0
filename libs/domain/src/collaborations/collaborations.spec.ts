import {
  checkCount,
  checkEvidenceUrl,
  checkFundingLines,
  checkGoals,
  checkPeriod,
  COLLABORATION_STATUSES,
  COLLABORATION_TRANSITIONS,
  parseIsoDate,
  schoolYearsOfPeriod,
  statusChangeProblem,
  type Problem,
} from './collaboration-rules.js';
import {
  FUNDING_ROUTES,
  fundingCodesOfLabel,
  fundingWarnings,
  type FundingRoute,
} from './funding-routes.js';
import { rollupByTheme, themeCoverage } from './lea-coverage.js';

describe('funding routes', () => {
  it('has one entry per code, each with Dutch and English labels', () => {
    expect(new Set(FUNDING_ROUTES.map((r) => r.code)).size).toBe(FUNDING_ROUTES.length);
    for (const r of FUNDING_ROUTES) {
      expect(r.nl.length).toBeGreaterThan(3);
      expect(r.en.length).toBeGreaterThan(3);
    }
  });

  it('invents no end date for NPO (the domain brief gives none) but marks it one-off', () => {
    const npo = FUNDING_ROUTES.find((r) => r.code === 'NPO')!;
    expect(npo.validUntil).toBeNull();
    expect(npo.oneOff).toBe(true);
  });

  it('maps the old free-text labels of the demo offerings', () => {
    expect(fundingCodesOfLabel('NPO-middelen')).toEqual(['NPO']);
    expect(fundingCodesOfLabel('Onderwijsachterstandenmiddelen (OAB)')).toEqual([
      'OAB_SCHOOL',
      'OAB_GEMEENTE',
    ]);
    expect(fundingCodesOfLabel('Gemeentelijke subsidie')).toEqual(['GEMEENTELIJKE_SUBSIDIE']);
    expect(fundingCodesOfLabel('Fonds')).toEqual(['FONDS']);
    expect(fundingCodesOfLabel('Sponsoring')).toEqual([]);
  });

  const line = (over: Partial<Parameters<typeof fundingWarnings>[0][number]> = {}) => ({
    routeCode: 'GEMEENTELIJKE_SUBSIDIE' as const,
    fundName: null,
    amountEur: null,
    validFrom: null,
    validUntil: null,
    ...over,
  });

  it('warns that a grant has ended, by its own end date', () => {
    const w = fundingWarnings([line({ validUntil: '2026-07-31' })], '2028-07-31', '2026-12-04');
    expect(w).toEqual([
      expect.objectContaining({
        kind: 'ENDED',
        date: '2026-07-31',
        routeCode: 'GEMEENTELIJKE_SUBSIDIE',
      }),
    ]);
    expect(w[0]!.nl).toContain('beëindigd');
    expect(w[0]!.en).toContain('ended');
  });

  it('warns by the catalogue date when a route itself has ended', () => {
    const ended: FundingRoute[] = FUNDING_ROUTES.map((r) =>
      r.code === 'NPO' ? { ...r, validUntil: '2025-07-31' } : r,
    );
    const w = fundingWarnings([line({ routeCode: 'NPO' })], null, '2026-12-04', ended);
    expect(w.map((x) => x.kind)).toEqual(['ENDED', 'ONE_OFF']);
  });

  it('warns when a grant ends before the collaboration, and says nothing for an open one', () => {
    expect(
      fundingWarnings([line({ validUntil: '2027-07-31' })], '2028-07-31', '2026-12-04').map(
        (x) => x.kind,
      ),
    ).toEqual(['ENDS_BEFORE_PERIOD']);
    expect(fundingWarnings([line()], '2028-07-31', '2026-12-04')).toEqual([]);
  });
});

describe('collaboration rules', () => {
  it('refuses a status change by the statuses’ labels, Dutch first, English second', () => {
    expect(statusChangeProblem('ACTIVE', 'PAUSED')).toBeNull();
    expect(statusChangeProblem('ACTIVE', 'PLANNED')).toEqual({
      field: 'status',
      message:
        'van de status ‘Loopt’ kan een samenwerking alleen naar ‘Gepauzeerd’, ‘Afgerond’ of ‘Gestopt’' +
        ' (from the status ‘Running’ a collaboration can only go to ‘Paused’, ‘Completed’ or ‘Stopped’)',
      code: 'STATUS_CHANGE_NOT_ALLOWED',
    });
    expect(statusChangeProblem('COMPLETED', 'COMPLETED')?.message).toBe(
      'heeft al de status ‘Afgerond’; van de status ‘Afgerond’ kan een samenwerking alleen naar ‘Loopt’' +
        ' (already has the status ‘Completed’; from the status ‘Completed’ a collaboration can only go to ‘Running’)',
    );
    // Every refusal, whatever the pair: no status code in it.
    for (const from of COLLABORATION_STATUSES) {
      for (const to of COLLABORATION_STATUSES) {
        const problem = statusChangeProblem(from, to);
        expect(problem === null).toBe(COLLABORATION_TRANSITIONS[from].includes(to));
        for (const code of COLLABORATION_STATUSES)
          expect(problem?.message ?? '').not.toContain(code);
      }
    }
  });

  it('accepts real dates only', () => {
    expect(parseIsoDate('2026-02-28')).toBe('2026-02-28');
    expect(parseIsoDate('2026-02-30')).toBeNull();
    expect(parseIsoDate('1999-12-31')).toBeNull();
    expect(parseIsoDate('2026-8-1')).toBeNull();
    expect(parseIsoDate('x'.repeat(10_000))).toBeNull();
  });

  it('says an empty date is required, not that it is no date', () => {
    const p: Problem[] = [];
    expect(checkPeriod('2026-08-01', ' ', p)).toBeNull();
    expect(p).toEqual([{ field: 'endsOn', message: 'is verplicht (required)', code: 'REQUIRED' }]);
    const q: Problem[] = [];
    expect(checkPeriod('', '2026-13-01', q)).toBeNull();
    expect(q).toEqual([
      { field: 'startsOn', message: 'is verplicht (required)', code: 'REQUIRED' },
      {
        field: 'endsOn',
        message: expect.stringContaining('moet een datum zijn'),
        code: 'INVALID_DATE',
      },
    ]);
  });

  it('refuses a reversed or too long period, naming the field', () => {
    const p: Problem[] = [];
    expect(checkPeriod('2027-08-01', '2026-07-31', p)).toBeNull();
    expect(p).toEqual([
      {
        field: 'endsOn',
        message: expect.stringContaining('vóór de begindatum'),
        code: 'BEFORE_START',
        params: { start: '2027-08-01' },
      },
    ]);
    const q: Problem[] = [];
    expect(checkPeriod('2026-08-01', '2037-08-01', q)).toBeNull();
    expect(q[0]!.field).toBe('endsOn');
    expect(checkPeriod('2026-08-01', '2028-07-31', [])).toEqual({
      startsOn: '2026-08-01',
      endsOn: '2028-07-31',
    });
  });

  it('names every bad funding line field at once', () => {
    const p: Problem[] = [];
    const out = checkFundingLines(
      [
        { routeCode: 'BITCOIN' },
        { routeCode: 'FONDS' },
        { routeCode: 'NPO', amountEur: -5 },
        { routeCode: 'OAB_SCHOOL', validFrom: '2027-01-01', validUntil: '2026-01-01' },
        { routeCode: 'FONDS', fundName: 'Jeugdeducatiefonds', amountEur: 12000 },
      ],
      p,
    );
    expect(p.map((x) => x.field)).toEqual([
      'funding[0].routeCode',
      'funding[1].fundName',
      'funding[2].amountEur',
      'funding[3].validUntil',
    ]);
    expect(out).toEqual([
      {
        routeCode: 'FONDS',
        fundName: 'Jeugdeducatiefonds',
        amountEur: 12000,
        validFrom: null,
        validUntil: null,
      },
    ]);
  });

  it('needs one to ten goals of bounded length', () => {
    const p: Problem[] = [];
    checkGoals(['  ', ''], p);
    checkGoals(['x'.repeat(301)], p);
    expect(p.map((x) => x.field)).toEqual(['goals', 'goals[0]']);
    expect(checkGoals(['Lezen', 'Lezen ', 'Rekenen'], [])).toEqual(['Lezen', 'Rekenen']);
  });

  it('takes only http(s) links as evidence', () => {
    const p: Problem[] = [];
    expect(checkEvidenceUrl('javascript:alert(1)', p)).toBeNull();
    expect(checkEvidenceUrl('https://example.nl/rapport.pdf', p)).toBe(
      'https://example.nl/rapport.pdf',
    );
    expect(p).toHaveLength(1);
  });

  it('takes counts as whole numbers and hours with one decimal', () => {
    const p: Problem[] = [];
    expect(checkCount(1.1, 'hours', p, { decimals: true })).toBe(1.1);
    expect(checkCount(120.5, 'hours', p, { decimals: true })).toBe(120.5);
    expect(checkCount(1.25, 'hours', p, { decimals: true })).toBeNull();
    expect(checkCount(2.5, 'pupils', p)).toBeNull();
    expect(checkCount(-1, 'pupils', p)).toBeNull();
    expect(checkCount(Number.NaN, 'pupils', p)).toBeNull();
    expect(checkCount(null, 'pupils', p)).toBeNull();
    expect(p.map((x) => x.field)).toEqual(['hours', 'pupils', 'pupils', 'pupils']);
  });

  it('lists the school years a period touches', () => {
    expect(schoolYearsOfPeriod('2026-08-01', '2028-07-31')).toEqual(['2026-2027', '2027-2028']);
    expect(schoolYearsOfPeriod('2026-01-10', '2026-09-01')).toEqual(['2025-2026', '2026-2027']);
  });
});

describe('agreed themes and monitoring', () => {
  const schools = [
    { vestigingscode: 'AA0001', name: 'De Kring' },
    { vestigingscode: 'BB0001', name: 'Het Anker' },
  ];
  const base = {
    title: 't',
    startsOn: '2026-08-01',
    endsOn: '2028-07-31',
    interventionCodes: ['TAAL_LEZEN'],
  };

  it('covers a school only with a live collaboration on the theme in the period', () => {
    const result = themeCoverage(
      ['TAAL_LEZEN', 'MENTORING'],
      { startsOn: '2026-01-01', endsOn: '2029-12-31' },
      schools,
      [
        { ...base, id: 'c1', status: 'ACTIVE', vestigingscodes: ['AA0001'] },
        { ...base, id: 'c2', status: 'STOPPED', vestigingscodes: ['BB0001'] },
        {
          ...base,
          id: 'c3',
          status: 'ACTIVE',
          vestigingscodes: ['BB0001'],
          startsOn: '2020-08-01',
          endsOn: '2021-07-31',
        },
      ],
    );
    expect(result[0]).toEqual({
      interventionCode: 'TAAL_LEZEN',
      covered: [{ school: schools[0], collaborationIds: ['c1'] }],
      uncovered: [schools[1]],
      notApplicable: [],
    });
    expect(result[1]!.covered).toEqual([]);
    expect(result[1]!.uncovered).toEqual(schools);
  });

  it('sets apart the schools a theme does not apply to, covered or not (n.v.t., never a gap)', () => {
    const primary = { vestigingscode: 'AA0001', name: 'De Kring', schoolType: 'BAO' as const };
    const secondary = { vestigingscode: 'CC0001', name: 'Het Lyceum', schoolType: 'VO' as const };
    const special = { vestigingscode: 'DD0001', name: 'De Brug', schoolType: 'SO/VSO' as const };
    const unknown = { vestigingscode: 'EE0001', name: 'Nieuw', schoolType: null };
    const [vve, taal] = themeCoverage(
      ['VVE_KANSRIJKE_START', 'TAAL_LEZEN'],
      { startsOn: '2026-08-01', endsOn: '2028-07-31' },
      [primary, secondary, special, unknown],
      [
        {
          ...base,
          id: 'c1',
          status: 'ACTIVE',
          interventionCodes: ['VVE_KANSRIJKE_START', 'TAAL_LEZEN'],
          vestigingscodes: ['AA0001', 'CC0001'],
        },
      ],
    );
    // Pre-school education does not apply to a secondary school: even a collaboration that
    // names it does not make it "covered", and without one it is not a school still to reach.
    expect(vve).toEqual({
      interventionCode: 'VVE_KANSRIJKE_START',
      covered: [{ school: primary, collaborationIds: ['c1'] }],
      uncovered: [special, unknown],
      notApplicable: [secondary],
    });
    expect(taal!.covered.map((c) => c.school)).toEqual([primary, secondary]);
    expect(taal!.uncovered).toEqual([special, unknown]);
    expect(taal!.notApplicable).toEqual([]);
  });

  it('rolls monitoring up per theme, counting a two-theme collaboration under both', () => {
    const rows = rollupByTheme(
      [
        { id: 'c1', interventionCodes: ['TAAL_LEZEN', 'MENTORING'] },
        { id: 'c2', interventionCodes: ['TAAL_LEZEN'] },
      ],
      [
        {
          collaborationId: 'c1',
          schoolYear: '2026-2027',
          pupilsReached: 40,
          groupsReached: 2,
          sessionsDelivered: 30,
          hoursDelivered: 45.5,
          goalAttainment: 'PARTLY_MET',
        },
        {
          collaborationId: 'c2',
          schoolYear: '2026-2027',
          pupilsReached: null,
          groupsReached: 1,
          sessionsDelivered: null,
          hoursDelivered: 0.5,
          goalAttainment: null,
        },
      ],
    );
    // In taxonomy order, as the page lists themes everywhere: language before mentoring.
    expect(rows.map((r) => r.interventionCode)).toEqual(['TAAL_LEZEN', 'MENTORING']);
    expect(rows[0]).toMatchObject({
      collaborations: 2,
      entries: 2,
      pupilsReached: 40,
      groupsReached: 3,
      hoursDelivered: 46,
      attainment: { NOT_MET: 0, PARTLY_MET: 1, MET: 0 },
      attainmentOpen: 1,
    });
  });
});
