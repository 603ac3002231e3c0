import {
  MAX_AREAS_PER_OFFERING,
  MAX_AREAS_PER_ORGANISATION,
  MAX_CORNERS_PER_ORGANISATION,
  MAX_OFFERINGS_PER_ORGANISATION,
} from '@partnerwijzer/domain';
import { OfferingWritesService } from '../../apps/api/src/modules/organisations/offering-writes.service.js';
import { actor, newOffering, newOrganisation } from '../support/factories.js';
import { useServices } from '../support/service-harness.js';

// One partner organisation cannot grow its public answers without end: a bounded number of
// offerings, and a budget of drawn corners over all its offerings (sign-up is open and pending
// organisations are public, so these bounds are what keeps `organisation { offerings {
// coverage { geometry } } }` bounded).
describe('limits per partner organisation (service tier)', () => {
  const h = useServices();

  /** A valid polygon (a circle near Utrecht) with `corners` corners. */
  const circle = (corners: number, dLat = 0) => {
    const ring: [number, number][] = [];
    for (let i = 0; i < corners; i++) {
      const a = (2 * Math.PI * i) / corners;
      ring.push([5.1 + 0.05 * Math.cos(a), 52.0 + dLat + 0.03 * Math.sin(a)]);
    }
    ring.push(ring[0]!);
    return { type: 'Polygon', coordinates: [ring] };
  };

  it('refuses one offering more than the maximum, naming organisationId', async () => {
    const organisationId = await newOrganisation(h.db);
    for (let i = 0; i < MAX_OFFERINGS_PER_ORGANISATION; i++) {
      await newOffering(h.db, { organisationId });
    }
    const editor = actor({ role: 'PARTNER_EDITOR', organisationId, userId: null });
    const attempt = h.get(OfferingWritesService).create(editor, {
      organisationId,
      title: 'Eén te veel',
      interventionCodes: ['EXTRA_LEERTIJD'],
    } as never);
    await expect(attempt).rejects.toMatchObject({
      extensions: {
        code: 'BAD_USER_INPUT',
        fields: [expect.objectContaining({ field: 'organisationId', code: 'TOO_MANY_OFFERINGS' })],
      },
    });
    await expect(attempt).rejects.toThrow(/hoogstens|maximum/);
    const [row] = (await h.db.query(
      `SELECT COUNT(*)::int AS n FROM offering WHERE organisation_id = $1`,
      [organisationId],
    )) as { n: number }[];
    expect(Number(row!.n)).toBe(MAX_OFFERINGS_PER_ORGANISATION);
  }, 120_000);

  it('refuses a coverage save past the corner budget over all offerings, keeping the old areas', async () => {
    const organisationId = await newOrganisation(h.db);
    const editor = actor({ role: 'PARTNER_EDITOR', organisationId, userId: null });
    const writes = h.get(OfferingWritesService);
    const perOffering = 4_900;
    const fits = Math.floor(MAX_CORNERS_PER_ORGANISATION / perOffering);
    for (let i = 0; i < fits; i++) {
      const offeringId = await newOffering(h.db, { organisationId });
      await writes.setCoverage(editor, {
        offeringId,
        areas: [{ kind: 'POLYGON', geometry: circle(perOffering, i * 0.1) }],
      });
    }
    const last = await newOffering(h.db, { organisationId });
    const attempt = writes.setCoverage(editor, {
      offeringId: last,
      areas: [{ kind: 'POLYGON', geometry: circle(perOffering) }],
    });
    await expect(attempt).rejects.toMatchObject({
      extensions: {
        code: 'BAD_USER_INPUT',
        fields: [expect.objectContaining({ field: 'areas', code: 'TOO_MANY_CORNERS' })],
      },
    });
    await expect(attempt).rejects.toThrow(/hoekpunten.*corners/);
    const kinds = (await h.db.query(`SELECT kind FROM coverage_area WHERE offering_id = $1`, [
      last,
    ])) as { kind: string }[];
    expect(kinds.map((k) => k.kind)).toEqual(['MUNICIPALITY']);
    // Areas by code take no corners: still allowed.
    await writes.setCoverage(editor, { offeringId: last, areas: [{ kind: 'NATIONAL' }] });
  }, 240_000);

  it('refuses a coverage save past the number of areas over all offerings', async () => {
    const organisationId = await newOrganisation(h.db);
    const editor = actor({ role: 'PARTNER_EDITOR', organisationId, userId: null });
    const writes = h.get(OfferingWritesService);
    const circles = (n: number) =>
      Array.from({ length: n }, (_, i) => ({
        kind: 'RADIUS' as const,
        center: { lat: 52 + i / 1000, lng: 5 },
        radiusKm: 5,
      }));
    for (let i = 0; i < MAX_AREAS_PER_ORGANISATION / MAX_AREAS_PER_OFFERING; i++) {
      const offeringId = await newOffering(h.db, { organisationId });
      await writes.setCoverage(editor, { offeringId, areas: circles(MAX_AREAS_PER_OFFERING) });
    }
    const last = await newOffering(h.db, { organisationId });
    const attempt = writes.setCoverage(editor, { offeringId: last, areas: circles(1) });
    await expect(attempt).rejects.toMatchObject({
      extensions: {
        fields: [expect.objectContaining({ field: 'areas', code: 'TOO_MANY_AREAS' })],
      },
    });
    await expect(attempt).rejects.toThrow(/werkgebieden.*areas/);
  }, 240_000);
});
