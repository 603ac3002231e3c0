import { INTERVENTION_CODES } from '@partnerwijzer/domain';
import { writeImportedIndicators } from '../../apps/api/src/modules/indicators/index.js';
import { post, signInHeaders } from '../accounts/accounts-support.js';
import { suiteTestApp } from '../support/test-app.js';
import { NEEDS } from './coverage-support.js';

// A school whose need comes from the CBS achterstandsscore 2019 (a primary school the
// schoolweging did not reach). The CBS counted that score over the school's funded pupils of
// 1 October 2019 (table 1, "Aantal bekostigde leerlingen"); it is divided by those, not by
// today's DUO count, and the municipality view and the partners' demand list read the same
// score (table 2, without threshold) — one number for one school everywhere.

const EXPLAIN = `query ($c: String!, $v: String!, $t: InterventionCode!) {
  municipalityNeedExplanation(code: $c, vestigingscode: $v, interventionType: $t) {
    need source steps { code textNl textEn } } }`;
const DEMAND = `query ($id: ID!) { offeringDemand(offeringId: $id, first: 100) {
  schools { vestigingscode needs { interventionCode need source } } } }`;

interface NeedsRow {
  vestigingscode: string;
  source: string;
  intensity: number;
  cells: { interventionType: string; need: number }[];
}

describe('need from the CBS achterstandsscore (GraphQL)', () => {
  const t = suiteTestApp();
  let school: { vestigingscode: string; pupils: number; lat: number; lng: number };
  // Score with threshold (table 1), without (table 2), funded pupils (table 1).
  const SCORE = { withThreshold: 12, withoutThreshold: 0, funded: 0 };

  beforeAll(async () => {
    const rows = (await t.db.query(
      `SELECT vestigingscode, pupils, lat, lng FROM school
        WHERE municipality_code = 'GM0606' AND school_type = 'BAO' AND active AND pupils >= 100
        ORDER BY vestigingscode LIMIT 1`,
    )) as { vestigingscode: string; pupils: number; lat: number; lng: number }[];
    if (!rows[0]) throw new Error('no demo primary school in Schiedam with pupils');
    school = rows[0];
    // Since 2019 the school doubled: 2019's funded pupils are half today's DUO count.
    SCORE.funded = Math.round(school.pupils / 2);
    SCORE.withoutThreshold = SCORE.funded * 1.5;
    await t.db.query(`DELETE FROM school_indicator WHERE vestigingscode = $1`, [
      school.vestigingscode,
    ]);
    await writeImportedIndicators(t.db.manager, 'ACHTERSTANDSSCORE', '2019', [
      {
        vestigingscode: school.vestigingscode,
        kind: 'ACHTERSTANDSSCORE',
        period: '2019',
        isAverage: false,
        value: SCORE.withThreshold,
        spread: null,
        pupils: SCORE.funded,
        valueWithoutThreshold: SCORE.withoutThreshold,
        valueLowerGrades: null,
        valueUpperGrades: null,
        unreliable: false,
        sourcePublisher: 'CBS',
        sourceFile: 'cbs-achterstandsscores-basisscholen-2019.xlsx',
        sourceKey: school.vestigingscode,
        sourceName: null,
        sourceRow: 7,
        joinMethod: 'EXACT_LOCATION',
      },
    ]);
  }, 120_000);

  // 1.5 per funded pupil → 0.1 + 0.9 × 1.5 / 2 = 0.775 (per DUO pupil it would be 0.75 → 0.4375).
  const expected = () => 0.1 + 0.9 * Math.min(1, SCORE.withoutThreshold / SCORE.funded / 2);

  it('divides the score by the funded pupils of 2019 and says so in both languages', async () => {
    const res = await t.gql<{ municipalityNeeds: { schools: NeedsRow[] } }>(NEEDS, {
      code: 'GM0606',
    });
    expect(res.errors).toBeUndefined();
    const row = res.data!.municipalityNeeds.schools.find(
      (s) => s.vestigingscode === school.vestigingscode,
    )!;
    expect(row.source).toBe('ACHTERSTANDSSCORE');
    expect(row.intensity).toBeCloseTo(expected(), 3);
    const taal = row.cells.find((c) => c.interventionType === 'TAAL_LEZEN')!;
    expect(taal.need).toBeCloseTo(Math.round(school.pupils * expected() * 10) / 10, 5);

    const e = await t.gql<{
      municipalityNeedExplanation: { steps: { code: string; textNl: string; textEn: string }[] };
    }>(EXPLAIN, { c: 'GM0606', v: school.vestigingscode, t: 'TAAL_LEZEN' });
    expect(e.errors).toBeUndefined();
    const step = e.data!.municipalityNeedExplanation.steps.find((s) => s.code === 'INTENSITY')!;
    expect(step.textNl).toContain(`÷ ${SCORE.funded} bekostigde leerlingen (CBS 2019)`);
    expect(step.textEn).toContain(`÷ ${SCORE.funded} funded pupils (CBS 2019)`);
  }, 60_000);

  it('gives the school the same need in the partners’ demand list', async () => {
    const orgs = (await t.db.query(
      `SELECT id FROM organisation WHERE status = 'VERIFIED' ORDER BY name LIMIT 1`,
    )) as { id: string }[];
    const as = await signInHeaders(t, {
      editor: {
        email: 'editor@achterstand.nl',
        role: 'PARTNER_EDITOR',
        organisationId: orgs[0]!.id,
      },
    });
    // Every type, for primary schools, in a small circle around the school.
    const created = await post<{ createOffering: { id: string } }>(
      t,
      `mutation ($i: CreateOfferingInput!) { createOffering(input: $i) { id } }`,
      {
        i: {
          organisationId: orgs[0]!.id,
          title: 'Alles voor de basisschool',
          interventionCodes: [...INTERVENTION_CODES],
          sectors: ['PO'],
        },
      },
      as.editor,
    );
    if (!created.data) throw new Error(JSON.stringify(created.errors));
    const id = created.data.createOffering.id;
    const cov = await post(
      t,
      `mutation ($id: ID!, $c: GeoPointInput!) { setOfferingCoverage(input: { offeringId: $id, areas: [{ kind: RADIUS, center: $c, radiusKm: 0.5 }] }) { id } }`,
      { id, c: { lat: school.lat, lng: school.lng } },
      as.editor,
    );
    expect(cov.errors).toBeUndefined();

    const demand = await post<{
      offeringDemand: {
        schools: {
          vestigingscode: string;
          needs: { interventionCode: string; need: number; source: string }[];
        }[];
      };
    }>(t, DEMAND, { id }, as.editor);
    expect(demand.errors).toBeUndefined();
    const listed = demand.data!.offeringDemand.schools.find(
      (s) => s.vestigingscode === school.vestigingscode,
    );
    expect(listed).toBeDefined();
    const view = await t.gql<{ municipalityNeeds: { schools: NeedsRow[] } }>(NEEDS, {
      code: 'GM0606',
    });
    const row = view.data!.municipalityNeeds.schools.find(
      (s) => s.vestigingscode === school.vestigingscode,
    )!;
    expect(listed!.needs.length).toBeGreaterThan(0);
    for (const n of listed!.needs) {
      expect(n.source).toBe('ACHTERSTANDSSCORE');
      expect({ type: n.interventionCode, need: n.need }).toEqual({
        type: n.interventionCode,
        need: row.cells.find((c) => c.interventionType === n.interventionCode)!.need,
      });
    }
  }, 120_000);
});
