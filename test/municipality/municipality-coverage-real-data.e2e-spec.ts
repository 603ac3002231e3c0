import type { DataSource } from 'typeorm';
import {
  appliesToSchoolType,
  INTERVENTION_CODES,
  isSchoolType,
  type CoverageAreaSpec,
} from '@partnerwijzer/domain';
import { describeWithRealData } from '../imports/import-test-support.js';
import { newOffering, newOrganisation } from '../support/factories.js';
import { suiteTestApp } from '../support/test-app.js';
import {
  COVERAGE,
  COVERAGE_CSV,
  checkStatuses,
  expectedCsvRows,
  parseCsv,
  seeded,
  withRealPlaces,
} from './coverage-support.js';

// The real DUO schools and CBS boundaries (../shared/data, read at test time) with generated
// offerings around Schiedam: every cell of the matrix is checked against the engine, school
// by school and need by need, through its brute-force path (no coverage index involved).

const describeReal = describeWithRealData();

const CODE = 'GM0606'; // Schiedam, Zuid-Holland (PV28)
const NEIGHBOURS = ['GM0622', 'GM0599', 'GM0503']; // Vlaardingen, Rotterdam, Delft

describeReal('municipality coverage on the real open data', () => {
  const t = suiteTestApp({ MATCH_SYNC_INTERVAL_MS: '60000' });
  const real = withRealPlaces(t, generateOfferings, 180_000);

  async function generateOfferings(ds: DataSource): Promise<void> {
    const { rnd, pick, some } = seeded(20240606);
    const schools = (await ds.query(
      `SELECT lat, lng FROM school WHERE municipality_code = $1 AND active`,
      [CODE],
    )) as { lat: number; lng: number }[];
    const [{ bbox }] = (await ds.query(`SELECT bbox FROM municipality WHERE code = $1`, [
      CODE,
    ])) as { bbox: number[] }[];
    const [minLng, minLat, maxLng, maxLat] = bbox as [number, number, number, number];
    const area = (): CoverageAreaSpec => {
      const r = rnd();
      if (r < 0.04) return { kind: 'NATIONAL' };
      if (r < 0.1) return { kind: 'PROVINCE', provinceCode: pick(['PV28', 'PV27']) };
      if (r < 0.35)
        return { kind: 'MUNICIPALITY', municipalityCode: pick([CODE, CODE, ...NEIGHBOURS]) };
      if (r < 0.8) {
        const s = pick(schools);
        return {
          kind: 'RADIUS',
          center: { lat: s.lat + (rnd() - 0.5) * 0.02, lng: s.lng + (rnd() - 0.5) * 0.03 },
          radiusKm: 0.2 + rnd(),
        };
      }
      // A rectangle over part of the municipality.
      const lat0 = minLat + rnd() * (maxLat - minLat);
      const lng0 = minLng + rnd() * (maxLng - minLng);
      const lat1 = Math.min(maxLat, lat0 + 0.003 + rnd() * 0.006);
      const lng1 = Math.min(maxLng, lng0 + 0.004 + rnd() * 0.01);
      return {
        kind: 'POLYGON',
        geometry: {
          type: 'Polygon',
          coordinates: [
            [
              [lng0, lat0],
              [lng1, lat0],
              [lng1, lat1],
              [lng0, lat1],
              [lng0, lat0],
            ],
          ],
        },
      };
    };
    for (let o = 0; o < 20; o++) {
      const status =
        o % 13 === 5 ? 'SUSPENDED' : o % 11 === 3 ? 'DRAFT' : pick(['VERIFIED', 'PENDING']);
      const organisationId = await newOrganisation(ds, {
        name: `Testpartner ${o}`,
        type: pick(['YOUTH_CARE', 'LIBRARY', 'FOUNDATION', 'TUTORING', 'SPORT']),
        description: 'Gegenereerde testpartner',
        lat: 51.9 + rnd() * 0.05,
        lng: 4.35 + rnd() * 0.1,
        status,
        verifiedAt: status === 'VERIFIED' ? new Date() : null,
      });
      const offerings = 3 + Math.floor(rnd() * 6);
      for (let k = 0; k < offerings; k++) {
        // Broad areas get a few types each, so the other types are left to small patches
        // (radius, polygon) and the demo data: that gives gaps and national-only cells.
        const areas = rnd() < 0.2 ? [area(), area()] : [area()];
        const kinds = new Set(areas.map((a) => a.kind));
        const pool = kinds.has('NATIONAL')
          ? INTERVENTION_CODES.slice(5, 8)
          : kinds.has('PROVINCE') || kinds.has('MUNICIPALITY')
            ? INTERVENTION_CODES.slice(0, 5)
            : INTERVENTION_CODES.slice(5);
        const types = some(pool, 0.3);
        const sectors = rnd() < 0.4 ? [] : [pick(['PO', 'VO', 'SO', 'SBO', 'VSO', 'VVE'])];
        const ages = rnd() < 0.25 ? [pick([2, 4, 6, 12]), pick([6, 12, 18, null])] : [null, null];
        const groep = rnd() < 0.15 ? [pick([1, 3, 6]), pick([2, 5, 8])] : [null, null];
        await newOffering(ds, {
          organisationId,
          title: `Aanbod ${o}.${k}`,
          description: 'Gegenereerd aanbod',
          interventionTypes: types,
          sectors,
          groepMin: groep[0],
          groepMax: groep[0] === null ? null : Math.max(groep[0], groep[1]!),
          ageMin: ages[0],
          ageMax: ages[1] === null || ages[0] === null ? ages[1] : Math.max(ages[0], ages[1]),
          capacityPerYear: rnd() < 0.1 ? 0 : null,
          status: rnd() < 0.1 ? 'PAUSED' : 'ACTIVE',
          coverage: areas,
        });
      }
    }
  }

  it('every cell equals the engine for that school and that one need', async () => {
    const res = await t.gql(COVERAGE, { code: CODE });
    expect(res.errors).toBeUndefined();
    const m = res.data!.municipalityCoverage;
    expect(m.municipality).toMatchObject({ code: CODE, name: 'Schiedam', hasBoundary: true });
    const schools = (await real.db.query(
      `SELECT vestigingscode, school_type AS "schoolType", lat, lng, municipality_code AS "municipalityCode",
              province_code AS "provinceCode"
         FROM school WHERE municipality_code = $1 AND active`,
      [CODE],
    )) as {
      vestigingscode: string;
      schoolType: string;
      lat: number;
      lng: number;
      municipalityCode: string;
      provinceCode: string;
    }[];
    expect(schools.length).toBeGreaterThan(20);
    expect(m.schools.map((s) => s.vestigingscode).sort()).toEqual(
      schools.map((s) => s.vestigingscode).sort(),
    );
    checkStatuses(m);

    const byCode = new Map(schools.map((s) => [s.vestigingscode, s]));
    const seen = { GAP: 0, ONLY_NATIONAL: 0, LOCAL: 0, NOT_APPLICABLE: 0 };
    let cells = 0;
    for (const row of m.schools) {
      const s = byCode.get(row.vestigingscode)!;
      for (const cell of row.cells) {
        const outcome = real.engine.matchBruteForce({
          point: { lat: s.lat, lng: s.lng },
          municipalityCode: s.municipalityCode,
          provinceCode: s.provinceCode,
          schoolType: isSchoolType(s.schoolType) ? s.schoolType : undefined,
          needs: [{ code: cell.interventionType as (typeof INTERVENTION_CODES)[number] }],
          limit: real.engine.size,
        });
        const expected = {
          where: `${row.vestigingscode} × ${cell.interventionType}`,
          offerings: outcome.totalMatches,
          verified: outcome.matches.filter((x) => x.scoreParts.verified === 1).length,
          local: outcome.matches.filter((x) => x.matchedArea.kind !== 'NATIONAL').length,
          // A type that does not apply to the school's sector is n.v.t., never a gap.
          gap:
            appliesToSchoolType(
              cell.interventionType,
              isSchoolType(s.schoolType) ? s.schoolType : null,
            ) && outcome.totalMatches === 0,
        };
        expect({
          where: expected.where,
          offerings: cell.offerings,
          verified: cell.verified,
          local: cell.local,
          gap: cell.status === 'GAP',
        }).toEqual(expected);
        seen[cell.status]++;
        cells++;
      }
    }
    expect(cells).toBe(schools.length * 11);
    // The generated offerings give every kind of cell.
    expect(seen.GAP).toBeGreaterThan(0);
    expect(seen.ONLY_NATIONAL).toBeGreaterThan(0);
    expect(seen.LOCAL).toBeGreaterThan(0);
    // Schiedam has secondary schools: pre-school education is n.v.t. there.
    expect(seen.NOT_APPLICABLE).toBeGreaterThan(0);
  });

  it('exports a CSV whose rows equal the matrix, real school names and all', async () => {
    for (const sector of [undefined, 'VO'] as const) {
      const m = (await t.gql(COVERAGE, { code: CODE, sector })).data!.municipalityCoverage;
      const csv = (await t.gql(COVERAGE_CSV, { code: CODE, sector })).data!.municipalityCoverageCsv;
      const [, ...rows] = parseCsv(csv);
      expect(rows).toEqual(expectedCsvRows(m));
    }
  });

  it('the provincial summary agrees with the matrix for Schiedam and covers all of Zuid-Holland', async () => {
    const res = await t.gql<{
      coverageSummary: {
        municipalities: {
          municipalityCode: string;
          schools: number;
          shares: { schoolsWithLocal: number }[];
        }[];
      };
    }>(
      `{ coverageSummary(level: PROVINCE, provinceCode: "PV28") { municipalities { municipalityCode schools shares { schoolsWithLocal } } } }`,
    );
    expect(res.errors).toBeUndefined();
    const list = res.data!.coverageSummary.municipalities;
    const [{ n }] = (await real.db.query(
      `SELECT count(*)::int AS n FROM municipality WHERE province_code = 'PV28'`,
    )) as { n: number }[];
    expect(list).toHaveLength(n);
    const m = (await t.gql(COVERAGE, { code: CODE })).data!.municipalityCoverage;
    const s = list.find((x) => x.municipalityCode === CODE)!;
    expect(s.schools).toBe(m.schools.length);
    expect(s.shares.map((x) => x.schoolsWithLocal)).toEqual(
      m.interventionTypes.map(
        (_, i) =>
          m.schools.filter((r) => r.cells[i]!.local > 0 && r.cells[i]!.status !== 'NOT_APPLICABLE')
            .length,
      ),
    );
  });
});
