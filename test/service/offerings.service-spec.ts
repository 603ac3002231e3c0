import { loadMatchableOfferings } from '../../apps/api/src/modules/organisations/index.js';
import { readChangesSince, START_WATERMARK } from '../../apps/api/src/modules/change-feed/index.js';
import { OfferingWritesService } from '../../apps/api/src/modules/organisations/offering-writes.service.js';
import { OfferingsService } from '../../apps/api/src/modules/organisations/offerings.service.js';
import { coverageAreasOfOfferings } from '../../apps/api/src/modules/organisations/repository.js';
import { UserInputError } from '../../apps/api/src/common/errors/user-input.error.js';
import { actor, newMunicipality, newOffering, newOrganisation } from '../support/factories.js';
import { useServices } from '../support/service-harness.js';

// Service tier: offering writes (access, validation, one transaction with feed and audit) on a
// real database, no HTTP.
describe('OfferingWritesService (service tier)', () => {
  const h = useServices();

  const areasOf = async (offeringId: string) =>
    (await h.db.query(
      `SELECT kind, municipality_code, radius_km, bbox FROM coverage_area
        WHERE offering_id = $1 ORDER BY kind`,
      [offeringId],
    )) as {
      kind: string;
      municipality_code: string | null;
      radius_km: number | null;
      bbox: number[] | null;
    }[];

  it('replaces the coverage areas, with a bounding box for a radius, and records the change', async () => {
    const organisationId = await newOrganisation(h.db);
    const offeringId = await newOffering(h.db, { organisationId });
    const editor = actor({ role: 'PARTNER_EDITOR', organisationId, userId: null });
    const events = (await readChangesSince(h.db, START_WATERMARK, 10_000)).length;

    const saved = await h.get(OfferingWritesService).setCoverage(editor, {
      offeringId,
      areas: [{ kind: 'RADIUS', center: { lat: 51.92, lng: 4.4 }, radiusKm: 10 }],
    });

    expect(saved.id).toBe(offeringId);
    const areas = await areasOf(offeringId);
    expect(areas).toHaveLength(1);
    expect(areas[0]).toMatchObject({ kind: 'RADIUS', municipality_code: null, radius_km: 10 });
    expect(areas[0]!.bbox).toHaveLength(4);
    const after = await readChangesSince(h.db, START_WATERMARK, 10_000);
    expect(after.length).toBeGreaterThan(events);
    expect(after.some((e) => e.entity === 'OFFERING' && e.entityId === offeringId)).toBe(true);
  }, 60_000);

  it('gives the areas back in the order they were saved (editor, finder, HSDS), not in id order', async () => {
    // All areas of one save share created_at (the transaction's time); the portal's list, the
    // matching engine and HSDS read them back, and the editor must show them as the partner
    // put them, also after a reload. Eight areas: by chance in order once in 40,320.
    const organisationId = await newOrganisation(h.db);
    const offeringId = await newOffering(h.db, { organisationId });
    const editor = actor({ role: 'PARTNER_EDITOR', organisationId, userId: null });
    const radii = [8, 3, 7, 1, 6, 2, 5, 4];

    await h.get(OfferingWritesService).setCoverage(editor, {
      offeringId,
      areas: radii.map((radiusKm) => ({
        kind: 'RADIUS' as const,
        center: { lat: 51.92, lng: 4.4 },
        radiusKm,
      })),
    });

    const edited = await h.get(OfferingsService).coverageByOfferingIds([offeringId]);
    expect(edited.map((a) => a.radiusKm)).toEqual(radii);
    const published = await coverageAreasOfOfferings(h.db, [offeringId]);
    expect(published.map((a) => a.radius_km)).toEqual(radii);
    const [matchable] = await loadMatchableOfferings(h.db, { offeringIds: [offeringId] });
    expect(
      matchable!.coverage.map(({ area }) => (area.kind === 'RADIUS' ? area.radiusKm : null)),
    ).toEqual(radii);
  }, 60_000);

  it('refuses an unknown municipality, naming the area, and keeps the old areas', async () => {
    await newMunicipality(h.db);
    const organisationId = await newOrganisation(h.db);
    const offeringId = await newOffering(h.db, { organisationId });
    const before = await areasOf(offeringId);

    const attempt = h.get(OfferingWritesService).setCoverage(actor(), {
      offeringId,
      areas: [{ kind: 'MUNICIPALITY', municipalityCode: 'GM9999' }],
    });

    await expect(attempt).rejects.toBeInstanceOf(UserInputError);
    await expect(attempt).rejects.toMatchObject({
      extensions: { fields: [expect.objectContaining({ field: 'areas[0].municipalityCode' })] },
    });
    expect(await areasOf(offeringId)).toEqual(before);
  }, 60_000);

  it('does not let an editor of another organisation change the offering', async () => {
    const offeringId = await newOffering(h.db);
    const stranger = actor({ role: 'PARTNER_EDITOR', organisationId: await newOrganisation(h.db) });

    await expect(
      h.get(OfferingWritesService).setCoverage(stranger, {
        offeringId,
        areas: [{ kind: 'NATIONAL' }],
      }),
    ).rejects.toMatchObject({ extensions: { code: 'FORBIDDEN' } });
    expect((await areasOf(offeringId)).map((a) => a.kind)).toEqual(['MUNICIPALITY']);
  }, 60_000);

  it('reads all offerings in pages that together equal one read of the same ids', async () => {
    const ids: string[] = [];
    for (let i = 0; i < 5; i++) ids.push(await newOffering(h.db));
    const archived = await newOffering(h.db);
    await h.db.query(`UPDATE offering SET status = 'ARCHIVED' WHERE id = $1`, [archived]);
    const byId = (list: { id: string }[]) => [...list].sort((a, b) => (a.id < b.id ? -1 : 1));
    // Page sizes that divide the rows exactly, leave a remainder, and exceed them.
    const whole = byId(await loadMatchableOfferings(h.db, { offeringIds: ids }));
    for (const pageSize of [1, 2, 5, 1000]) {
      const paged = await loadMatchableOfferings(h.db, { all: true }, pageSize);
      expect(paged.some((o) => o.id === archived)).toBe(false);
      expect(byId(paged.filter((o) => ids.includes(o.id)))).toEqual(whole);
      expect(new Set(paged.map((o) => o.id)).size).toBe(paged.length);
    }
  });
});
