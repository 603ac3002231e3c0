import { MatchingIndexService } from '../../apps/api/src/modules/matching/matching-index.service.js';
import { SearchSyncWorker } from '../../apps/api/src/modules/search/search-sync.worker.js';
import { OPERATOR_TOKEN, post, signInHeaders } from '../accounts/accounts-support.js';
import { graphql } from '../generated/gql.js';
import type { OfferingFieldsInput, OrganisationProfileInput } from '../generated/graphql.js';
import { suiteTestApp } from '../support/test-app.js';

const DAY_MS = 86_400_000;
const UPDATE = graphql(`
  mutation UpdateProfile($o: ID!, $i: OrganisationProfileInput!) {
    updateOrganisation(organisationId: $o, input: $i) {
      id name type description website email phone address city
      location { lat lng }
      lastConfirmedAt isStale
    }
  }`);
const SEARCH_NAMES = graphql(`
  query SearchNames($i: SearchOfferingsInput!) {
    searchOfferings(input: $i) { hits { organisation { name } } }
  }`);
const UPDATE_OFFERING = graphql(`
  mutation ClearOfferingFields($id: ID!, $i: OfferingFieldsInput!) {
    updateOffering(offeringId: $id, input: $i) {
      groep { min max }
      cost { type amountEur note }
      evidence { source }
      capacityPerYear languages
    }
  }`);
const STALE_FLAGS = graphql(`
  query StaleFlags($a: ID!, $b: ID!) {
    a: offering(id: $a) { isStale organisation { isStale } }
    b: offering(id: $b) { isStale }
  }`);
const STALE_MATCHES = graphql(`
  query StaleMatches($i: MatchPartnersInput!) {
    matchPartners(input: $i) { matches { offeringId isStale offering { isStale } } }
  }`);
const STALE_HITS = graphql(`
  query StaleHits($i: SearchOfferingsInput!) {
    searchOfferings(input: $i) { hits { offeringId isStale } }
  }`);
const STALE_LIST = graphql(
  `query StaleList { staleOfferings { id lastConfirmedAt organisation { name } } }`,
);
const STALE_IDS = graphql(`query StaleIds { staleOfferings { id } }`);
const CONFIRM_OFFERING = graphql(
  `mutation ConfirmOne($id: ID!) { confirmOffering(offeringId: $id) { isStale lastConfirmedAt } }`,
);
const CONFIRM_ORGANISATION = graphql(
  `mutation ConfirmAll($o: ID!) { confirmOrganisation(organisationId: $o) { isStale } }`,
);
const EDITABLE = graphql(
  `query Editable($o: ID!) { editableOfferings(organisationId: $o) { id status } }`,
);
const PUBLIC_OFFERINGS = graphql(
  `query PublicOfferings($o: ID!) { organisation(id: $o) { offerings { id } } }`,
);

// The partner portal's server side: the organisation profile (validated per field, audited,
// in the change feed), "nog actueel" for an organisation and an offering, and the stale flag
// on offerings, organisations, match results and search hits plus the admin's list. This app
// runs with STALE_AFTER_MONTHS=6, so the tests also show the setting is honoured.
describe('partner portal API', () => {
  const t = suiteTestApp({ ADMIN_API_TOKEN: OPERATOR_TOKEN, STALE_AFTER_MONTHS: '6' });
  /** The signed-in editor's request headers. */
  let editor: Record<string, string>;
  let orgId: string;
  let offeringIds: string[];
  const admin = { authorization: `Bearer ${OPERATOR_TOKEN}` };

  beforeAll(async () => {
    const [org] = (await t.db.query(
      `SELECT id FROM organisation WHERE name = 'Stichting Verlengde Schooldag Schiedam (voorbeeld)'`,
    )) as { id: string }[];
    orgId = org!.id;
    offeringIds = (
      (await t.db.query(`SELECT id FROM offering WHERE organisation_id = $1 ORDER BY title`, [
        orgId,
      ])) as { id: string }[]
    ).map((r) => r.id);
    expect(offeringIds.length).toBeGreaterThanOrEqual(2);
    ({ editor } = await signInHeaders(t, {
      editor: {
        email: 'redactie@verlengdeschooldag.nl',
        role: 'PARTNER_EDITOR',
        organisationId: orgId,
      },
    }));
    await t.app.get(SearchSyncWorker).drain();
  }, 120_000);

  async function organisationRow() {
    return (await t.db.query(`SELECT * FROM organisation WHERE id = $1`, [orgId])) as unknown[];
  }
  async function writes() {
    return (await t.db.query(
      `SELECT (SELECT count(*) FROM audit_log) AS audit, (SELECT count(*) FROM change_event) AS changes`,
    )) as unknown[];
  }

  it('updates the profile, normalises it, confirms it, audits it and feeds the change', async () => {
    const feedBefore = (await t.db.query(
      `SELECT coalesce(max(id), 0)::text AS id FROM change_event`,
    )) as { id: string }[];
    await t.db.query(`UPDATE organisation SET last_confirmed_at = now() - interval '400 days'`);
    const res = await post(
      t,
      UPDATE,
      {
        o: orgId,
        i: {
          name: '  Verlengde Schooldag Schiedam  ',
          type: 'TUTORING',
          description: 'Extra leertijd na school voor groep 6 tot en met 8.',
          website: 'www.verlengdeschooldag.nl',
          email: 'info@verlengdeschooldag.nl',
          phone: '010 123 45 67',
          address: 'Broersvest 1, 3111 AA',
          city: 'Schiedam',
          location: { lat: 51.917, lng: 4.399 },
        },
      },
      editor,
    );
    expect(res.errors).toBeUndefined();
    const org = res.data!.updateOrganisation;
    expect(org).toMatchObject({
      name: 'Verlengde Schooldag Schiedam',
      type: 'TUTORING',
      website: 'https://www.verlengdeschooldag.nl',
      phone: '010 123 45 67',
      location: { lat: 51.917, lng: 4.399 },
      isStale: false,
    });
    expect(Date.now() - Date.parse(org.lastConfirmedAt!)).toBeLessThan(60_000);

    const [audit] = (await t.db.query(
      `SELECT actor_label, changes FROM audit_log
        WHERE entity = 'ORGANISATION' AND entity_id = $1 AND action = 'UPDATE_PROFILE'`,
      [orgId],
    )) as { actor_label: string; changes: Record<string, { from: unknown; to: unknown }> }[];
    expect(audit!.actor_label).toBe('redactie@verlengdeschooldag.nl');
    expect(audit!.changes.name).toEqual({
      from: 'Stichting Verlengde Schooldag Schiedam (voorbeeld)',
      to: 'Verlengde Schooldag Schiedam',
    });
    expect(audit!.changes.type).toEqual({ from: 'OTHER', to: 'TUTORING' });
    const feed = (await t.db.query(
      `SELECT entity, entity_id FROM change_event WHERE id > $1::bigint`,
      [feedBefore[0]!.id],
    )) as { entity: string; entity_id: string }[];
    expect(feed).toEqual([{ entity: 'ORGANISATION', entity_id: orgId }]);

    // The search index follows through the outbox: the new name is found.
    await t.app.get(SearchSyncWorker).drain();
    const search = await t.gql(SEARCH_NAMES, {
      i: { text: 'Verlengde Schooldag Schiedam', limit: 5 },
    });
    expect(search.data!.searchOfferings.hits[0]!.organisation.name).toBe(
      'Verlengde Schooldag Schiedam',
    );
  });

  const huge = 'x'.repeat(100_000);
  // Hostile input on purpose, so typed only as far as the document's variables allow.
  const BAD: [string, OrganisationProfileInput, string, RegExp][] = [
    ['an empty name', { name: '   ' }, 'name', /minstens 2 tekens/],
    ['a huge name', { name: huge }, 'name', /hoogstens 200 tekens/],
    ['a huge description', { description: huge }, 'description', /hoogstens 5000 tekens/],
    ['a huge city', { city: huge }, 'city', /hoogstens 100 tekens/],
    ['a script as website', { website: 'javascript:alert(1)' }, 'website', /geen geldig webadres/],
    ['a bad email', { email: 'info-at-partner.nl' }, 'email', /geen geldig e-mailadres/],
    ['letters as phone', { phone: 'bel ons maar' }, 'phone', /geen geldig telefoonnummer/],
    ['a place in Paris', { location: { lat: 48.857, lng: 2.352 } }, 'location', /Nederland/],
    ['swapped coordinates', { location: { lat: 4.4, lng: 51.9 } }, 'location', /Nederland/],
    ['latitude beyond 90', { location: { lat: 95, lng: 4.4 } }, 'location.lat', /90/],
  ];

  it.each(BAD)('refuses %s at its field and writes nothing', async (_name, input, field, msg) => {
    const before = [await organisationRow(), await writes()];
    const res = await post(t, UPDATE, { o: orgId, i: input }, editor);
    const error = res.errors?.[0];
    expect(error?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(error!.extensions!.fields).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          field,
          message: expect.stringMatching(msg) as string,
          code: expect.stringMatching(/^[A-Z_]+$/) as string,
        }),
      ]),
    );
    expect(res.data?.updateOrganisation ?? null).toBeNull();
    expect([await organisationRow(), await writes()]).toEqual(before);
  });

  it('reports several bad fields at once and refuses an unknown organisation', async () => {
    const res = await post(
      t,
      UPDATE,
      { o: orgId, i: { name: 'x', email: 'nee', location: { lat: 40, lng: 4 } } },
      editor,
    );
    expect(res.errors![0]!.extensions!.fields!.map((f) => f.field)).toEqual([
      'name',
      'email',
      'location',
    ]);
    const unknown = await post(
      t,
      UPDATE,
      { o: '00000000-0000-4000-8000-000000000000', i: { name: 'Nieuw' } },
      admin,
    );
    expect(unknown.errors![0]!.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      reason: 'NOT_FOUND',
    });
    const notAnId = await post(t, UPDATE, { o: 'abc', i: { name: 'Nieuw' } }, admin);
    expect(notAnId.errors![0]!.extensions!.fields![0]!.field).toBe('organisationId');
  });

  it('writes and audits a status the offering already has no more than once', async () => {
    const [, id] = offeringIds as [string, string];
    const SET = `mutation ($id: ID!, $s: OfferingStatus!) { setOfferingStatus(offeringId: $id, status: $s) { status } }`;
    const set = (s: string) =>
      post<{ setOfferingStatus: { status: string } }>(t, SET, { id, s }, editor);
    const paused = await set('PAUSED');
    expect(paused.errors).toBeUndefined();
    const before = await writes();
    const again = await set('PAUSED');
    expect(again.errors).toBeUndefined();
    expect(again.data!.setOfferingStatus.status).toBe('PAUSED');
    // No audit line from PAUSED to PAUSED, no change event.
    expect(await writes()).toEqual(before);
    expect((await set('ACTIVE')).errors).toBeUndefined();
  });

  it('audits only the offering fields an update changes; sent back unchanged, it only confirms', async () => {
    const [, id] = offeringIds as [string, string];
    const [stored] = (await t.db.query(
      `SELECT title, description, intervention_types, sectors, cost_type, cost_amount_eur
         FROM offering WHERE id = $1`,
      [id],
    )) as {
      title: string;
      description: string;
      intervention_types: OfferingFieldsInput['interventionCodes'];
      sectors: OfferingFieldsInput['sectors'];
      cost_type: OfferingFieldsInput['costType'];
      cost_amount_eur: string | null;
    }[];
    // The form sends every field back, changed or not.
    const asStored: OfferingFieldsInput = {
      title: stored!.title,
      description: stored!.description,
      interventionCodes: stored!.intervention_types,
      sectors: stored!.sectors,
      costType: stored!.cost_type,
      costAmountEur: stored!.cost_amount_eur === null ? null : Number(stored!.cost_amount_eur),
    };
    const update = (i: OfferingFieldsInput) => post(t, UPDATE_OFFERING, { id, i }, editor);
    const lastAudit = async () =>
      (
        (await t.db.query(
          `SELECT action, changes FROM audit_log
            WHERE entity = 'OFFERING' AND entity_id = $1 ORDER BY id DESC LIMIT 1`,
          [id],
        )) as { action: string; changes: Record<string, { from: unknown; to: unknown }> }[]
      )[0]!;
    await t.db.query(
      `UPDATE offering SET last_confirmed_at = now() - interval '400 days' WHERE id = $1`,
      [id],
    );

    // Nothing changed: saving still says "nog actueel", audited as a confirmation only.
    const same = await update(asStored);
    expect(same.errors).toBeUndefined();
    const confirmed = await lastAudit();
    expect(confirmed.action).toBe('CONFIRM');
    expect(Object.keys(confirmed.changes)).toEqual(['lastConfirmedAt']);
    const [row] = (await t.db.query(
      `SELECT now() - last_confirmed_at < interval '1 hour' AS fresh FROM offering WHERE id = $1`,
      [id],
    )) as { fresh: boolean }[];
    expect(row!.fresh).toBe(true);

    const description = `${stored!.description} Nu ook op woensdag.`.slice(0, 2000);
    expect((await update({ ...asStored, description })).errors).toBeUndefined();
    const updated = await lastAudit();
    expect(updated.action).toBe('UPDATE');
    expect(Object.keys(updated.changes).sort()).toEqual(['description', 'lastConfirmedAt']);
    expect(updated.changes.description).toEqual({ from: stored!.description, to: description });
    expect((await update({ description: stored!.description })).errors).toBeUndefined();
  });

  it('audits a profile sent back as it is stored as a confirmation only', async () => {
    const [row] = (await t.db.query(
      `SELECT name, city, description FROM organisation WHERE id = $1`,
      [orgId],
    )) as { name: string; city: string; description: string }[];
    const res = await post(t, UPDATE, { o: orgId, i: { ...row! } }, editor);
    expect(res.errors).toBeUndefined();
    const [audit] = (await t.db.query(
      `SELECT action, changes FROM audit_log
        WHERE entity = 'ORGANISATION' AND entity_id = $1 ORDER BY id DESC LIMIT 1`,
      [orgId],
    )) as { action: string; changes: Record<string, unknown> }[];
    expect(audit!.action).toBe('UPDATE_PROFILE');
    expect(Object.keys(audit!.changes)).toEqual(['lastConfirmedAt']);
  });

  it('lets the portal clear optional offering fields with null, and refuses null for required ones', async () => {
    const [id] = offeringIds as [string];
    const cleared = await post(
      t,
      UPDATE_OFFERING,
      {
        id,
        i: {
          groepMin: null,
          groepMax: null,
          costAmountEur: null,
          costNote: null,
          evidenceSource: null,
          capacityPerYear: null,
          languages: [' NL ', 'ar', ''],
        },
      },
      editor,
    );
    expect(cleared.errors).toBeUndefined();
    expect(cleared.data!.updateOffering).toMatchObject({
      groep: { min: null, max: null },
      cost: { amountEur: null, note: null },
      evidence: { source: null },
      capacityPerYear: null,
      languages: ['nl', 'ar'],
    });
    for (const field of ['title', 'interventionCodes', 'costType', 'evidenceLevel']) {
      const before = await writes();
      const i = { [field]: null } as OfferingFieldsInput; // null where the schema refuses it
      const res = await post(t, UPDATE_OFFERING, { id, i }, editor);
      expect(res.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
      expect(res.errors![0]!.extensions!.fields!.map((f) => f.field)).toContain(field);
      // The one refusal of an empty field, which the web reads as its catalogue's "Verplicht."
      expect(res.errors![0]!.extensions!.fields).toContainEqual(
        expect.objectContaining({ field, code: 'REQUIRED', message: 'is verplicht (required)' }),
      );
      expect(await writes()).toEqual(before);
    }
  });

  it('flags offerings, organisations, matches and search hits unconfirmed for the set months', async () => {
    const [stale, fresh] = offeringIds as [string, string];
    // Backdated as another API process would write: rows and change events in one
    // transaction; this process then applies the feed (its caches follow it). Both listed,
    // whatever an earlier test archived.
    await t.db.transaction(async (tx) => {
      await tx.query(
        `UPDATE offering SET status = 'ACTIVE', last_confirmed_at = now() - interval '7 months' WHERE id = $1`,
        [stale],
      );
      await tx.query(
        `UPDATE offering SET status = 'ACTIVE', last_confirmed_at = now() - interval '5 months' WHERE id = $1`,
        [fresh],
      );
      await tx.query(
        `UPDATE organisation SET last_confirmed_at = now() - interval '8 months' WHERE id = $1`,
        [orgId],
      );
      await tx.query(
        `INSERT INTO change_event (entity, entity_id, op)
         VALUES ('OFFERING', $1, 'UPSERT'), ('OFFERING', $2, 'UPSERT'), ('ORGANISATION', $3, 'UPSERT')`,
        [stale, fresh, orgId],
      );
    });
    await t.app.get(MatchingIndexService).syncFromFeed();
    await t.app.get(SearchSyncWorker).drain();
    const flags = await t.gql(STALE_FLAGS, { a: stale, b: fresh });
    expect(flags.data).toEqual({
      a: { isStale: true, organisation: { isStale: true } },
      b: { isStale: false },
    });

    const match = await t.gql(STALE_MATCHES, { i: { vestigingscode: 'ZZ0100', limit: 100 } });
    const byId = new Map(match.data!.matchPartners.matches.map((m) => [m.offeringId, m]));
    expect(byId.get(stale)).toEqual({
      offeringId: stale,
      isStale: true,
      offering: { isStale: true },
    });
    expect(byId.get(fresh)?.isStale).toBe(false);

    const search = await t.gql(STALE_HITS, { i: { vestigingscode: 'ZZ0100', limit: 100 } });
    const hits = new Map(search.data!.searchOfferings.hits.map((h) => [h.offeringId, h.isStale]));
    expect(hits.get(stale)).toBe(true);
    expect(hits.get(fresh)).toBe(false);
  });

  it('lists stale offerings for admins only, oldest first, without archived ones', async () => {
    const [stale, fresh] = offeringIds as [string, string];
    // This test's own ages, not the ones an earlier test left behind.
    await t.db.query(
      `UPDATE offering SET status = 'ACTIVE', last_confirmed_at = now() - interval '7 months' WHERE id = $1`,
      [stale],
    );
    await t.db.query(
      `UPDATE offering SET last_confirmed_at = now() - interval '5 months' WHERE id = $1`,
      [fresh],
    );
    const [archivedId] = (await t.db.query(
      `SELECT id FROM offering WHERE organisation_id <> $1 AND status = 'ACTIVE' ORDER BY title LIMIT 1`,
      [orgId],
    )) as { id: string }[];
    await t.db.query(
      `UPDATE offering SET status = 'ARCHIVED', last_confirmed_at = now() - interval '3 years' WHERE id = $1`,
      [archivedId!.id],
    );
    const res = await post(t, STALE_LIST, {}, admin);
    expect(res.errors).toBeUndefined();
    const list = res.data!.staleOfferings;
    const ids = list.map((o) => o.id);
    expect(ids).toContain(stale);
    expect(ids).not.toContain(fresh);
    expect(ids).not.toContain(archivedId!.id);
    const times = list.map((o) => (o.lastConfirmedAt ? Date.parse(o.lastConfirmedAt) : 0));
    expect(times).toEqual([...times].sort((a, b) => a - b));
    const sixMonthsAgo = Date.now() - 182 * DAY_MS;
    expect(times.every((ms) => ms < sixMonthsAgo)).toBe(true);
    expect(list.find((o) => o.id === stale)!.organisation.name).toBe(
      'Verlengde Schooldag Schiedam',
    );

    const editorTry = await post(t, STALE_IDS, {}, editor);
    expect(editorTry.errors![0]!.extensions?.code).toBe('FORBIDDEN');
    const badLimit = await post(t, `{ staleOfferings(limit: 0) { id } }`, {}, admin);
    expect(badLimit.errors![0]!.extensions!.fields).toEqual([
      expect.objectContaining({
        field: 'limit',
        message: expect.stringMatching(/tussen 1 en 500/) as string,
      }),
    ]);
  });

  it('confirms one offering, then the whole organisation ("nog actueel")', async () => {
    const [stale] = offeringIds as [string];
    const one = await post(t, CONFIRM_OFFERING, { id: stale }, editor);
    expect(one.data!.confirmOffering.isStale).toBe(false);
    const list = await post(t, STALE_IDS, {}, admin);
    expect(list.data!.staleOfferings.map((o) => o.id)).not.toContain(stale);

    // One offering archived, the rest long unconfirmed.
    const [archivedOwn] = offeringIds.slice(-1);
    await t.db.query(
      `UPDATE offering SET last_confirmed_at = now() - interval '2 years' WHERE organisation_id = $1`,
      [orgId],
    );
    await t.db.query(`UPDATE offering SET status = 'ARCHIVED' WHERE id = $1`, [archivedOwn]);
    const feedBefore = (await t.db.query(
      `SELECT coalesce(max(id), 0)::text AS id FROM change_event`,
    )) as { id: string }[];
    const all = await post(t, CONFIRM_ORGANISATION, { o: orgId }, editor);
    expect(all.errors).toBeUndefined();
    expect(all.data!.confirmOrganisation.isStale).toBe(false);
    const rows = (await t.db.query(
      `SELECT id, status, last_confirmed_at > now() - interval '1 minute' AS confirmed
         FROM offering WHERE organisation_id = $1`,
      [orgId],
    )) as { id: string; status: string; confirmed: boolean }[];
    for (const r of rows) expect(r.confirmed).toBe(r.status !== 'ARCHIVED');
    const feed = (await t.db.query(
      `SELECT entity, entity_id FROM change_event WHERE id > $1::bigint ORDER BY id`,
      [feedBefore[0]!.id],
    )) as { entity: string; entity_id: string }[];
    const listed = rows
      .filter((r) => r.status !== 'ARCHIVED')
      .map((r) => r.id)
      .sort();
    expect(feed[0]).toEqual({ entity: 'ORGANISATION', entity_id: orgId });
    expect(
      feed
        .slice(1)
        .map((e) => [e.entity, e.entity_id])
        .sort(),
    ).toEqual(listed.map((id) => ['OFFERING', id]).sort());
    const [audit] = (await t.db.query(
      `SELECT changes FROM audit_log WHERE entity = 'ORGANISATION' AND entity_id = $1 AND action = 'CONFIRM'`,
      [orgId],
    )) as { changes: { offerings: string[] } }[];
    expect(audit!.changes.offerings.sort()).toEqual(listed);

    // The portal sees archived offerings too; the public organisation does not.
    const editable = await post(t, EDITABLE, { o: orgId }, editor);
    expect(editable.data!.editableOfferings.map((o) => o.id).sort()).toEqual(
      [...offeringIds].sort(),
    );
    const pub = await t.gql(PUBLIC_OFFERINGS, { o: orgId });
    expect(pub.data!.organisation.offerings.map((o) => o.id)).not.toContain(archivedOwn);
  });
});
