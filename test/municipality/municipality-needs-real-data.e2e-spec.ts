import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { DataSource } from 'typeorm';
import { type CoverageAreaSpec, INTERVENTION_CODES, isSchoolType } from '@partnerwijzer/domain';
import {
  achterstandRows,
  csvRows,
  indicatorFiles,
  schoolwegingRows,
} from '../../bench/needs/indicators.js';
import { writeImportedIndicators } from '../../apps/api/src/modules/indicators/index.js';
import { REAL_FILES } from '../imports/import-test-support.js';
import { INDICATORS } from '../indicators/indicator-test-support.js';
import { newOffering, newOrganisation } from '../support/factories.js';
import { describeWithFiles } from '../support/shared-data.js';
import { suiteTestApp } from '../support/test-app.js';
import { NEEDS, seeded, withRealPlaces } from './coverage-support.js';

// Weighted gaps on the real open data for Schiedam (GM0606) and Rotterdam (GM0599): real DUO
// schools, the Inspectie/CBS schoolweging and the CBS achterstandsscores from
// ../shared/data/indicators, generated offerings around both. Every cell is checked against an
// independent computation: the formula written out here with its parameters, and met-ness from
// the engine's brute-force match per school and type.

const describeReal = describeWithFiles('the open data and the indicator files', [
  ...Object.values(REAL_FILES),
  ...indicatorFiles(INDICATORS),
]);
const CODES = ['GM0606', 'GM0599'];

// ---- the independent computation (README of libs/domain/src/needs, written out again) ----
const SHARE: Record<string, Partial<Record<string, number>>> = {
  BAO: { VVE_KANSRIJKE_START: 0.25, OVERGANGEN: 0.25 },
  SBO: { VVE_KANSRIJKE_START: 0.25, OVERGANGEN: 0.25 },
  VO: { VVE_KANSRIJKE_START: 0, OVERGANGEN: 0.2 },
  VSO: { VVE_KANSRIJKE_START: 0 },
  SO: {},
  'SO/VSO': {},
};
const clamp = (x: number) => Math.max(0, Math.min(1, x));
function ownIntensity(sw: number | undefined, ach: number | undefined, pupils: number | null) {
  if (sw !== undefined) return 0.1 + 0.9 * clamp((sw - 25) / 12);
  if (ach !== undefined && pupils !== null && pupils > 0)
    return 0.1 + 0.9 * clamp(ach / pupils / 2);
  return undefined;
}

describeReal('need-weighted gaps on the real open data (Schiedam, Rotterdam)', () => {
  const t = suiteTestApp({ MATCH_SYNC_INTERVAL_MS: '60000' });
  const real = withRealPlaces(
    t,
    async (db) => {
      const known = new Set(
        ((await db.query(`SELECT vestigingscode FROM school`)) as { vestigingscode: string }[]).map(
          (r) => r.vestigingscode,
        ),
      );
      await db.transaction(async (tx) => {
        await writeImportedIndicators(
          tx,
          'SCHOOLWEGING',
          '2021-2024',
          schoolwegingRows(INDICATORS, known),
        );
        await writeImportedIndicators(
          tx,
          'ACHTERSTANDSSCORE',
          '2019',
          achterstandRows(INDICATORS, known),
        );
      });
      await generateOfferings(db);
    },
    240_000,
  );

  async function generateOfferings(db: DataSource): Promise<void> {
    const { rnd, pick, some } = seeded(20260606);
    const schools = (await db.query(
      `SELECT lat, lng FROM school WHERE municipality_code = ANY($1) AND active`,
      [CODES],
    )) as { lat: number; lng: number }[];
    const area = (): CoverageAreaSpec => {
      const r = rnd();
      if (r < 0.08) return { kind: 'NATIONAL' };
      if (r < 0.3) return { kind: 'MUNICIPALITY', municipalityCode: pick(CODES) };
      const s = pick(schools);
      return { kind: 'RADIUS', center: { lat: s.lat, lng: s.lng }, radiusKm: 0.3 + rnd() * 1.5 };
    };
    for (let o = 0; o < 15; o++) {
      const organisationId = await newOrganisation(db, {
        name: `Testpartner ${o}`,
        description: 'Gegenereerde testpartner',
        city: 'Rotterdam',
        lat: 51.92,
        lng: 4.45,
      });
      for (let k = 0; k < 4; k++) {
        const a = area();
        const pool = a.kind === 'RADIUS' ? INTERVENTION_CODES : INTERVENTION_CODES.slice(0, 4);
        const types = some(pool, 0.2);
        const sectors = rnd() < 0.5 ? [] : [pick(['PO', 'VO', 'SO'])];
        await newOffering(db, {
          organisationId,
          title: `Aanbod ${o}.${k}`,
          description: 'Gegenereerd aanbod',
          interventionTypes: types,
          sectors,
          coverage: [a],
        });
      }
    }
  }

  it('every cell equals an independent computation from the files and the engine', async () => {
    // The files, read here directly.
    const [sh, ...sRows] = csvRows(readFileSync(REAL_FILES.schools, 'utf8'));
    const col = (n: string) => sh!.indexOf(n);
    const pupilsOf = new Map(
      sRows
        .filter((r) => r.length > 1)
        .map((r) => [
          r[col('vestigingscode')]!,
          r[col('pupils')] ? Number(r[col('pupils')]) : null,
        ]),
    );
    const [ch, ...cRows] = csvRows(
      readFileSync(join(INDICATORS, 'schoolweging-crosswalk-vestigingscode.csv'), 'utf8'),
    );
    const sw = new Map<string, number>();
    for (const r of cRows) {
      const v = r[ch!.indexOf('schoolweging_3yr_2021-2024')];
      if (v) sw.set(r[0]!, Number(v));
    }
    const ach = new Map<string, number>();
    for (const r of csvRows(
      readFileSync(
        join(INDICATORS, 'cbs-achterstandsscores-basisscholen-2019-zonder-drempel.csv'),
        'utf8',
      ),
    ).slice(3)) {
      if (r[1]) ach.set(r[0]!, Number(r[1]));
    }

    let cells = 0;
    const seen = { LOCAL: 0, ONLY_NATIONAL: 0, NONE: 0, NOT_APPLICABLE: 0 };
    let withIndicator = 0;
    for (const code of CODES) {
      const res = await t.gql<{
        municipalityNeeds: {
          need: number;
          met: number;
          unmet: number;
          themes: { need: number; met: number; unmet: number }[];
          schools: {
            vestigingscode: string;
            schoolType: string;
            need: number;
            met: number;
            unmet: number;
            cells: {
              interventionType: string;
              status: keyof typeof seen;
              need: number;
              unmet: number;
            }[];
          }[];
        };
      }>(NEEDS, { code });
      expect(res.errors).toBeUndefined();
      const rows = res.data!.municipalityNeeds.schools;
      const places = (await real.db.query(
        `SELECT vestigingscode, school_type AS "schoolType", lat, lng, municipality_code AS "m", province_code AS "p", pupils
           FROM school WHERE municipality_code = $1 AND active`,
        [code],
      )) as {
        vestigingscode: string;
        schoolType: string;
        lat: number;
        lng: number;
        m: string;
        p: string;
        pupils: number | null;
      }[];
      // Pupils from schools.csv; the demo schools the test app also holds are not in it.
      for (const p of places) {
        if (!pupilsOf.has(p.vestigingscode)) pupilsOf.set(p.vestigingscode, p.pupils);
      }
      expect(rows.map((r) => r.vestigingscode).sort()).toEqual(
        places.map((p) => p.vestigingscode).sort(),
      );
      // Area intensity: pupil-weighted mean of the schools with an indicator.
      let sum = 0;
      let weight = 0;
      for (const p of places) {
        const pupils = pupilsOf.get(p.vestigingscode) ?? null;
        const i = ownIntensity(sw.get(p.vestigingscode), ach.get(p.vestigingscode), pupils);
        if (i === undefined) continue;
        const w = pupils !== null && pupils > 0 ? pupils : 200;
        sum += i * w;
        weight += w;
      }
      const area = weight > 0 ? sum / weight : 0.45;
      for (const p of places) {
        const row = rows.find((r) => r.vestigingscode === p.vestigingscode)!;
        const pupils = pupilsOf.get(p.vestigingscode) ?? null;
        const own = ownIntensity(sw.get(p.vestigingscode), ach.get(p.vestigingscode), pupils);
        if (own !== undefined) withIndicator++;
        const intensity = own ?? area;
        row.cells.forEach((cell, i) => {
          const type = INTERVENTION_CODES[i]!;
          const share = SHARE[p.schoolType]?.[type] ?? 1;
          const need = share === 0 ? 0 : Math.round((pupils ?? 200) * share * intensity * 10) / 10;
          const outcome = real.engine.matchBruteForce({
            point: { lat: p.lat, lng: p.lng },
            municipalityCode: p.m,
            provinceCode: p.p,
            schoolType: isSchoolType(p.schoolType) ? p.schoolType : undefined,
            needs: [{ code: type }],
            limit: real.engine.size,
          });
          const local = outcome.matches.some((m) => m.matchedArea.kind !== 'NATIONAL');
          const status =
            share === 0
              ? 'NOT_APPLICABLE'
              : local
                ? 'LOCAL'
                : outcome.totalMatches > 0
                  ? 'ONLY_NATIONAL'
                  : 'NONE';
          const credit = status === 'LOCAL' ? 1 : status === 'ONLY_NATIONAL' ? 0.5 : 0;
          // Rounded once, per cell, to 0.1: a half (national only, odd tenths) upwards.
          const unmet = Math.round(Math.round(need * 10) * (1 - credit)) / 10;
          expect({
            at: `${p.vestigingscode}/${type}`,
            need: cell.need,
            status: cell.status,
          }).toEqual({
            at: `${p.vestigingscode}/${type}`,
            need,
            status,
          });
          expect({ at: `${p.vestigingscode}/${type}`, unmet: cell.unmet }).toEqual({
            at: `${p.vestigingscode}/${type}`,
            unmet,
          });
          // Never a gap where the type does not apply.
          if (status === 'NOT_APPLICABLE') expect(cell.unmet).toBe(0);
          seen[status]++;
          cells++;
        });
      }
      for (let i = 1; i < rows.length; i++)
        expect(rows[i]!.unmet).toBeLessThanOrEqual(rows[i - 1]!.unmet);
      // Every total is the sum of the figures shown beside it, exactly (in whole tenths).
      const n = res.data!.municipalityNeeds;
      const tenths = (xs: readonly number[]) => xs.reduce((a, x) => a + Math.round(x * 10), 0);
      const figures = (f: { need: number; met: number; unmet: number }) =>
        tenths([f.need]) + '/' + tenths([f.met]) + '/' + tenths([f.unmet]);
      for (const row of rows) {
        const applicable = row.cells.filter((c) => c.status !== 'NOT_APPLICABLE');
        const need = tenths(applicable.map((c) => c.need));
        const unmet = tenths(applicable.map((c) => c.unmet));
        expect({ at: row.vestigingscode, figures: figures(row) }).toEqual({
          at: row.vestigingscode,
          figures: `${need}/${need - unmet}/${unmet}`,
        });
      }
      const sums = (xs: readonly { need: number; met: number; unmet: number }[]) =>
        `${tenths(xs.map((x) => x.need))}/${tenths(xs.map((x) => x.met))}/${tenths(xs.map((x) => x.unmet))}`;
      expect({ code, schools: sums(rows), themes: sums(n.themes) }).toEqual({
        code,
        schools: figures(n),
        themes: figures(n),
      });
    }
    console.log(
      `[municipality-needs-real-data] ${cells} cells checked (GM0606 + GM0599); statuses ${JSON.stringify(seen)}; ${withIndicator} schools with an indicator of their own`,
    );
    expect(cells).toBeGreaterThan(2000);
    expect(seen.LOCAL).toBeGreaterThan(0);
    expect(seen.NONE).toBeGreaterThan(0);
    expect(seen.NOT_APPLICABLE).toBeGreaterThan(0);
    expect(withIndicator).toBeGreaterThan(100);
  }, 300_000);
});
