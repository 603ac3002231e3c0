import { IndicatorsService } from '../../apps/api/src/modules/indicators/index.js';
import {
  writeImportedIndicators,
  type IndicatorWrite,
} from '../../apps/api/src/modules/indicators/repository.js';
import { SchoolNeedsService } from '../../apps/api/src/modules/school-needs/index.js';
import type { NeedItem } from '../../apps/api/src/modules/school-needs/needs-profile.rules.js';
import { replaceNeedsProfile } from '../../apps/api/src/modules/school-needs/repository.js';
import { schoolwegingRow } from '../indicators/schoolweging-row.js';
import { newSchool } from '../support/factories.js';
import { useServices } from '../support/service-harness.js';

// The national need inputs are held in memory by their owners and read again only when a
// writing statement moved the table's version (migration 1764000700000). The writes below go
// straight to the database, as another replica or an importer CLI would: the services hear of
// them only through that version.
describe('need inputs held in memory, current after writes by anyone (service tier)', () => {
  const h = useServices();

  const weging = (vestigingscode: string, value: number): IndicatorWrite =>
    schoolwegingRow({
      vestigingscode,
      period: '2023-2024',
      isAverage: false,
      value,
      sourcePublisher: 'Testbron',
      sourceFile: 'test.csv',
      sourceKey: null,
      sourceName: null,
      sourceRow: null,
      joinMethod: 'EXACT_LOCATION',
    });

  it('indicators: held between uses, and created, changed and removed values are seen', async () => {
    const indicators = h.get(IndicatorsService);
    const school = await newSchool(h.db);
    const code = school.vestigingscode;
    const empty = await indicators.forEverySchool();
    expect(empty.has(code)).toBe(false);
    // Nothing written: the same map is handed out again (no rows read).
    expect(await indicators.forEverySchool()).toBe(empty);

    await h.db.transaction((tx) =>
      writeImportedIndicators(tx, 'SCHOOLWEGING', '2023-2024', [weging(code, 31.5)]),
    );
    const first = await indicators.forEverySchool();
    expect(first).not.toBe(empty);
    expect(first.get(code)?.schoolweging?.value).toBe(31.5);
    expect(first.get(code)).toEqual((await indicators.forSchools([code])).get(code));

    await h.db.transaction((tx) =>
      writeImportedIndicators(tx, 'SCHOOLWEGING', '2023-2024', [weging(code, 33.25)]),
    );
    expect((await indicators.forEverySchool()).get(code)?.schoolweging?.value).toBe(33.25);

    // The file no longer joins the school: its imported value is removed.
    await h.db.transaction((tx) => writeImportedIndicators(tx, 'SCHOOLWEGING', '2023-2024', []));
    expect((await indicators.forEverySchool()).has(code)).toBe(false);
  });

  it('profiles: only opted-in ones, per school year, current after item and visibility changes', async () => {
    const needs = h.get(SchoolNeedsService);
    const school = await newSchool(h.db);
    const code = school.vestigingscode;
    const year = '2026-2027';
    const item: NeedItem = {
      interventionCode: 'EXTRA_LEERTIJD',
      priority: 'HIGH',
      groups: [],
      note: null,
    };
    expect((await needs.publishedProfiles(year)).has(code)).toBe(false);

    await h.db.transaction((tx) => replaceNeedsProfile(tx, code, year, true, [item]));
    const shown = await needs.publishedProfiles(year);
    expect(shown.get(code)?.items.map((i) => i.interventionCode)).toEqual(['EXTRA_LEERTIJD']);
    expect(await needs.publishedProfiles(year)).toBe(shown);
    // Another school year is a separate entry.
    expect((await needs.publishedProfiles('2025-2026')).has(code)).toBe(false);

    // Only the items change (the profile row stays): still seen.
    await h.db.query(`UPDATE school_needs_item SET priority = 'LOW' WHERE vestigingscode = $1`, [
      code,
    ]);
    expect((await needs.publishedProfiles(year)).get(code)?.items[0]?.priority).toBe('LOW');

    await h.db.transaction((tx) => replaceNeedsProfile(tx, code, year, false, [item]));
    expect((await needs.publishedProfiles(year)).has(code)).toBe(false);
  });
});
