import { recordChanges } from '../../apps/api/src/modules/change-feed/index.js';
import { MatchingIndexService } from '../../apps/api/src/modules/matching/index.js';
import { MatchingService } from '../../apps/api/src/modules/matching/matching.service.js';
import { MatchPartnersInput } from '../../apps/api/src/modules/matching/dto/match-partners.input.js';
import { newMunicipality, newOffering, newOrganisation, newSchool } from '../support/factories.js';
import { useServices } from '../support/service-harness.js';

// Service tier: MatchingService and the matching index on a real database, no HTTP.
describe('MatchingService with its real index (service tier)', () => {
  const h = useServices();

  // An input object as GraphQL builds it: the class's defaults (limit, offset, sort) apply.
  const match = (input: Partial<MatchPartnersInput>) =>
    h.get(MatchingService).matchPartners(Object.assign(new MatchPartnersInput(), input));

  it('finds an offering that reaches the school, and not one offered elsewhere', async () => {
    await newMunicipality(h.db, { code: 'GM0363', provinceCode: 'PV27' });
    const school = await newSchool(h.db);
    const here = await newOffering(h.db, { interventionTypes: ['EXTRA_LEERTIJD'] });
    const elsewhere = await newOffering(h.db, {
      interventionTypes: ['EXTRA_LEERTIJD'],
      coverage: [{ kind: 'MUNICIPALITY', municipalityCode: 'GM0363' }],
    });
    await h.get(MatchingIndexService).syncFromFeed();

    const result = await match({
      vestigingscode: school.vestigingscode,
      needs: [{ code: 'EXTRA_LEERTIJD', weight: 1 }],
    });

    const ids = result.matches.map((m) => m.offeringId);
    expect(ids).toContain(here);
    expect(ids).not.toContain(elsewhere);
    expect(result.uncoveredNeeds).toEqual([]);
  }, 60_000);

  it('names a need no offering meets as uncovered', async () => {
    const school = await newSchool(h.db);
    await newOffering(h.db, { interventionTypes: ['EXTRA_LEERTIJD'] });
    await h.get(MatchingIndexService).syncFromFeed();

    const result = await match({
      vestigingscode: school.vestigingscode,
      needs: [
        { code: 'EXTRA_LEERTIJD', weight: 1 },
        { code: 'OUDERBETROKKENHEID', weight: 1 },
      ],
    });

    expect(result.uncoveredNeeds).toEqual(['OUDERBETROKKENHEID']);
  }, 60_000);

  it('drops an offering once its organisation is suspended and the index has synced', async () => {
    const school = await newSchool(h.db);
    const organisationId = await newOrganisation(h.db);
    const offering = await newOffering(h.db, { organisationId });
    const index = h.get(MatchingIndexService);
    await index.syncFromFeed();
    const before = await match({
      vestigingscode: school.vestigingscode,
      needs: [{ code: 'EXTRA_LEERTIJD', weight: 1 }],
    });
    expect(before.matches.map((m) => m.offeringId)).toContain(offering);

    await h.db.transaction(async (tx) => {
      await tx.query(`UPDATE organisation SET status = 'SUSPENDED' WHERE id = $1`, [
        organisationId,
      ]);
      await recordChanges(tx, 'ORGANISATION', [organisationId]);
    });
    await index.syncFromFeed();

    const after = await match({
      vestigingscode: school.vestigingscode,
      needs: [{ code: 'EXTRA_LEERTIJD', weight: 1 }],
    });
    expect(after.matches.map((m) => m.offeringId)).not.toContain(offering);
  }, 60_000);
});
