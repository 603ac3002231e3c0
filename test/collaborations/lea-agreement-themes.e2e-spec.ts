import { OPERATOR_TOKEN, post, signedInAs, TWO_OFFICERS } from '../accounts/accounts-support.js';
import { suiteTestApp } from '../support/test-app.js';
import { twoPartners } from '../support/two-partners.js';

// What the officer reads per agreed theme, over HTTP on a real database with the demo schools of
// Schiedam (two primary schools, one secondary): a theme that does not apply to a school's type
// (pre-school education at a secondary school) puts that school apart as n.v.t., never among the
// schools still to reach, as the needs view and the coverage matrix do. The monitoring export
// speaks Dutch, as the page does: status, themes and attainment in words, schools by name.

const PRIMARY = 'ZZ0100'; // BAO, Schiedam
const OTHER_PRIMARY = 'ZZ0101'; // BAO, Schiedam
const SECONDARY = 'ZZ0200'; // VO, Schiedam

const CREATE = `mutation ($i: CreateCollaborationInput!) { createCollaboration(input: $i) { id } }`;
const SAVE_AGREEMENT = `mutation ($i: LeaAgreementInput!) { saveLeaAgreement(input: $i) { id } }`;
const MONITOR = `mutation ($i: CollaborationMonitoringInput!) {
  recordCollaborationMonitoring(input: $i) { id } }`;
const CSV = `query ($c: String!) { municipalityMonitoringCsv(municipalityCode: $c) }`;
const COVERAGE = `query ($id: ID!) { leaAgreementCoverage(agreementId: $id) { schools
  themes { interventionCode covered { vestigingscode } uncovered { vestigingscode }
    notApplicable { vestigingscode name } } } }`;

type Who = 'officer' | 'officerOther';
type Codes = { vestigingscode: string }[];

describe('an LEA agreement’s themes per school type', () => {
  const t = suiteTestApp({ ADMIN_API_TOKEN: OPERATOR_TOKEN });
  let orgA: string;
  let collaborationId: string;
  let as: (who: Who) => Record<string, string>;

  beforeAll(async () => {
    ({ orgA } = await twoPartners(t.db));
    as = await signedInAs<Who>(t, TWO_OFFICERS);
    // A collaboration that names pre-school education for a primary and a secondary school.
    const created = await post<{ createCollaboration: { id: string } }>(
      t,
      CREATE,
      {
        i: {
          title: 'Warme overdracht Schiedam-Oost',
          vestigingscodes: [PRIMARY, SECONDARY],
          organisationIds: [orgA],
          municipalityCode: 'GM0606',
          interventionCodes: ['VVE_KANSRIJKE_START', 'TAAL_LEZEN'],
          goals: ['Elke peuter een warme overdracht'],
          startsOn: '2026-08-01',
          endsOn: '2027-07-31',
          status: 'ACTIVE',
        },
      },
      as('officer'),
    );
    expect(created.errors).toBeUndefined();
    collaborationId = created.data!.createCollaboration.id;
  }, 180_000);

  const codes = (schools: Codes) => schools.map((s) => s.vestigingscode).sort();

  it('sets a secondary school apart (n.v.t.) for pre-school education, covered or not', async () => {
    const saved = await post<{ saveLeaAgreement: { id: string } }>(
      t,
      SAVE_AGREEMENT,
      {
        i: {
          municipalityCode: 'GM0606',
          title: 'LEA 2026–2028',
          startsOn: '2026-08-01',
          endsOn: '2028-07-31',
          themes: [
            { interventionCode: 'VVE_KANSRIJKE_START', goal: 'Een sterke start' },
            { interventionCode: 'TAAL_LEZEN', goal: 'Leesplezier' },
          ],
        },
      },
      as('officer'),
    );
    expect(saved.errors).toBeUndefined();
    const res = await post<{
      leaAgreementCoverage: {
        schools: number;
        themes: {
          interventionCode: string;
          covered: Codes;
          uncovered: Codes;
          notApplicable: { vestigingscode: string; name: string }[];
        }[];
      };
    }>(t, COVERAGE, { id: saved.data!.saveLeaAgreement.id }, as('officer'));
    expect(res.errors).toBeUndefined();
    const [vve, taal] = res.data!.leaAgreementCoverage.themes;
    expect(vve!.interventionCode).toBe('VVE_KANSRIJKE_START');
    expect(codes(vve!.covered)).toEqual([PRIMARY]);
    expect(codes(vve!.uncovered)).toEqual([OTHER_PRIMARY]);
    expect(vve!.notApplicable).toEqual([
      { vestigingscode: SECONDARY, name: 'Voorbeeldcollege Schiedam' },
    ]);
    // Language and reading applies to every school: the secondary school counts as covered.
    expect(codes(taal!.covered)).toEqual([PRIMARY, SECONDARY]);
    expect(codes(taal!.uncovered)).toEqual([OTHER_PRIMARY]);
    expect(taal!.notApplicable).toEqual([]);
  }, 60_000);

  it('exports the monitoring with Dutch words and school names, never the codes alone', async () => {
    const recorded = await post(
      t,
      MONITOR,
      {
        i: {
          collaborationId,
          schoolYear: '2026-2027',
          pupilsReached: 1234,
          hoursDelivered: 12.5,
          goalAttainment: 'PARTLY_MET',
        },
      },
      as('officer'),
    );
    expect(recorded.errors).toBeUndefined();
    const res = await post<{ municipalityMonitoringCsv: string }>(
      t,
      CSV,
      { c: 'GM0606' },
      as('officer'),
    );
    expect(res.errors).toBeUndefined();
    const [header, line, ...rest] = res
      .data!.municipalityMonitoringCsv.replace(/^\uFEFF/, '')
      .trim()
      .split('\r\n');
    expect(rest).toEqual([]);
    const cells = Object.fromEntries(header!.split(';').map((h, i) => [h, line!.split(';')[i]]));
    expect(cells).toMatchObject({
      samenwerking: 'Warme overdracht Schiedam-Oost',
      status: 'Loopt',
      scholen: 'Voorbeeldschool De Regenboog (ZZ0100) | Voorbeeldcollege Schiedam (ZZ0200)',
      thema: 'Taal en (voor)lezen | Voor- en vroegschoolse educatie',
      schooljaar: '2026-2027',
      leerlingen_bereikt: '1234',
      uren: '12,5',
      doel_behaald: 'Deels behaald',
    });
  }, 60_000);
});
