import request from 'supertest';
import { OPERATOR_ACTOR } from '../../apps/api/src/modules/accounts/session.middleware.js';
import { OfferingWritesService } from '../../apps/api/src/modules/organisations/offering-writes.service.js';
import {
  newOffering,
  newOrganisation,
  TEST_REGION,
  TEST_REGION_POLYGON,
} from '../support/factories.js';
import { suiteTestApp } from '../support/test-app.js';
import { getBytes } from '../support/binary-get.js';
import { checkDatapackage, unzipPackage } from './datapackage-check.js';
import { describeWithHsdsSchemas, expectValid, HsdsValidators } from './hsds-schemas.js';

// The HSDS 3.0 read API over HTTP on the demo data plus rows of every status: every answer
// validates against the published schemas (../shared/standards/hsds-3.0, ajv draft 2020-12),
// only the public directory comes out, and hostile query strings get a 400 naming the parameter.

const describeHsds = describeWithHsdsSchemas();

type Body = Record<string, unknown> & { contents?: Record<string, unknown>[] };

describeHsds('HSDS 3.0 read API', () => {
  const t = suiteTestApp();
  let schemas: HsdsValidators;
  const hidden: string[] = [];
  let richOffering = '';
  let richOrganisation = '';

  async function get(path: string, status = 200): Promise<Body> {
    const res = await request(t.app.getHttpServer()).get(path).set('accept', 'application/json');
    if (res.status !== status) {
      throw new Error(
        `${path}: expected ${status}, got ${res.status}: ${JSON.stringify(res.body)}`,
      );
    }
    return res.body as Body;
  }

  beforeAll(async () => {
    schemas = new HsdsValidators();
    richOrganisation = await newOrganisation(t.db, {
      name: 'Testpartner HSDS',
      kvkNumber: '12345678',
      website: 'https://partner.example.org/over-ons',
      email: 'info@partner.example.org',
      phone: '010 123 45 67',
      address: 'Broersvest 1, 3111 AA',
    });
    richOffering = await newOffering(t.db, {
      organisationId: richOrganisation,
      title: 'Testaanbod zeldzaamwoord',
      interventionTypes: ['TAAL_LEZEN', 'OUDERBETROKKENHEID'],
      sectors: ['PO', 'SBO'],
      targetGroups: ['PUPILS', 'PARENTS'],
      ageMin: 6,
      ageMax: 12,
      costType: 'PAID',
      costAmountEur: '125.50',
      costNote: 'Per groep van acht',
      languages: ['nl', 'ar', 'tr'],
      coverage: [
        { kind: 'NATIONAL' },
        { kind: 'PROVINCE', provinceCode: TEST_REGION.provinceCode },
        { kind: 'MUNICIPALITY', municipalityCode: TEST_REGION.municipalityCode },
        { kind: 'RADIUS', center: TEST_REGION.center, radiusKm: 7.5 },
        TEST_REGION_POLYGON,
      ],
    });
    // Not public: organisations not verified, offerings not active.
    for (const status of ['DRAFT', 'PENDING', 'SUSPENDED']) {
      const org = await newOrganisation(t.db, { status, name: `Verborgen ${status}` });
      hidden.push(org, await newOffering(t.db, { organisationId: org }));
    }
    for (const status of ['PAUSED', 'ARCHIVED']) {
      hidden.push(await newOffering(t.db, { organisationId: richOrganisation, status }));
    }
  }, 120_000);

  async function publicOfferingIds(): Promise<string[]> {
    const rows = (await t.db.query(
      `SELECT f.id FROM offering f JOIN organisation o ON o.id = f.organisation_id
        WHERE f.status = 'ACTIVE' AND o.status = 'VERIFIED' ORDER BY f.id`,
    )) as { id: string }[];
    return rows.map((r) => r.id);
  }

  it('answers the API meta', async () => {
    const meta = await get('/hsds/');
    expect(meta).toEqual({ version: '3.0', openapi_url: expect.stringContaining('openapi.json') });
  }, 30_000);

  it('pages through exactly the public services; every page and every service validates', async () => {
    const listPage = schemas.listPage('service_list');
    const full = schemas.object('service');
    const seen: string[] = [];
    let page = 1;
    for (;;) {
      const body = await get(`/hsds/services?per_page=7&page=${page}`);
      expectValid(listPage, body, `services page ${page}`);
      seen.push(...body.contents!.map((s) => String(s['id'])));
      if (body['last_page'] === true) break;
      page += 1;
    }
    const expected = await publicOfferingIds();
    expect(seen).toEqual(expected);
    expect(expected.length).toBeGreaterThan(5);
    for (const id of hidden) expect(seen).not.toContain(id);
    for (const id of seen) expectValid(full, await get(`/hsds/services/${id}`), `service ${id}`);
  }, 120_000);

  it('maps an offering with every kind of area, its terms, languages and cost', async () => {
    const s = await get(`/hsds/services/${richOffering}`);
    expect(s).toMatchObject({
      id: richOffering,
      organization_id: richOrganisation,
      name: 'Testaanbod zeldzaamwoord',
      status: 'active',
      minimum_age: 6,
      maximum_age: 12,
      organization: { id: richOrganisation, name: 'Testpartner HSDS' },
    });
    expect(s['assured_date']).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(s['cost_options']).toEqual([
      expect.objectContaining({ option: 'Betaald', currency: 'EUR', amount: 125.5 }),
    ]);
    expect((s['languages'] as { code: string }[]).map((l) => l.code)).toEqual(['nl', 'ar', 'tr']);
    const codes = (s['attributes'] as { taxonomy_term: { code: string } }[]).map(
      (a) => a.taxonomy_term.code,
    );
    expect(codes.sort()).toEqual(
      ['OUDERBETROKKENHEID', 'PARENTS', 'PO', 'PUPILS', 'SBO', 'TAAL_LEZEN'].sort(),
    );
    const uris = (s['service_areas'] as { uri?: string; extent?: string }[]).map((a) => a.uri);
    expect(uris).toEqual(
      expect.arrayContaining([
        'urn:iso:std:iso:3166:-1:NL',
        'https://identifier.overheid.nl/tooi/id/provincie/pv28',
        'https://identifier.overheid.nl/tooi/id/gemeente/gm0606',
        `geo:${TEST_REGION.center.lat},${TEST_REGION.center.lng};u=7500`,
      ]),
    );
    for (const a of s['service_areas'] as { extent?: string }[]) {
      if (a.extent) expect(JSON.parse(a.extent)).toMatchObject({ type: 'Polygon' });
    }
    expect(s['service_at_locations']).toEqual([
      expect.objectContaining({ service_id: richOffering, location: expect.any(Object) }),
    ]);
  }, 30_000);

  it('filters by taxonomy term (id or code), taxonomy, organisation and text', async () => {
    const terms = await get('/hsds/taxonomy_terms?per_page=100');
    const taal = terms.contents!.find((x) => x['code'] === 'TAAL_LEZEN')!;
    const byId = await get(`/hsds/services?per_page=100&taxonomy_term_id=${String(taal['id'])}`);
    const byCode = await get('/hsds/services?per_page=100&taxonomy_term_id=TAAL_LEZEN');
    expect(byId['total_items']).toBe(byCode['total_items']);
    const [{ n }] = (await t.db.query(
      `SELECT count(*)::int AS n FROM offering f JOIN organisation o ON o.id = f.organisation_id
        WHERE f.status = 'ACTIVE' AND o.status = 'VERIFIED' AND 'TAAL_LEZEN' = ANY(f.intervention_types)`,
    )) as { n: number }[];
    expect(byId['total_items']).toBe(n);
    expect(byId.contents!.map((s) => s['id'])).toContain(richOffering);

    const text = await get('/hsds/services?search=ZELDZAAMWOORD');
    expect(text.contents!.map((s) => s['id'])).toEqual([richOffering]);
    const none = await get('/hsds/services?search=%25');
    expect(none['total_items']).toBe(0);
    expect(none).toMatchObject({ empty: true, size: 0, contents: [] });

    const own = await get(`/hsds/services?organization_id=${richOrganisation}`);
    expect(own.contents!.map((s) => s['id'])).toEqual([richOffering]);

    const minimal = await get('/hsds/services?minimal=true&per_page=3');
    expect(Object.keys(minimal.contents![0]!).sort()).toEqual(
      ['id', 'last_modified', 'name', 'status'].sort(),
    );
    expectValid(schemas.listPage('service_list'), minimal, 'minimal page');
  }, 60_000);

  it('follows a change at once: the pages are cut from a list kept until an offering changes', async () => {
    const paused = await newOffering(t.db, { organisationId: richOrganisation, status: 'PAUSED' });
    const writes = t.app.get(OfferingWritesService);
    const ownIds = async () =>
      (await get(`/hsds/services?organization_id=${richOrganisation}`)).contents!.map((s) =>
        String(s['id']),
      );
    const total = async () => Number((await get('/hsds/services?per_page=1'))['total_items']);
    const before = await total();
    expect(await ownIds()).not.toContain(paused);

    await writes.setStatus(OPERATOR_ACTOR, paused, 'ACTIVE');
    expect(await ownIds()).toContain(paused);
    expect(await total()).toBe(before + 1);
    expect(await publicOfferingIds()).toContain(paused);

    await writes.setStatus(OPERATOR_ACTOR, paused, 'PAUSED');
    expect(await ownIds()).not.toContain(paused);
    expect(await total()).toBe(before);
    await get(`/hsds/services/${paused}`, 404);
  }, 60_000);

  it('lists and shows only verified organisations, with the KvK number as identifier', async () => {
    const listPage = schemas.listPage('organization_list');
    const full = schemas.object('organization');
    const body = await get('/hsds/organizations?per_page=100');
    expectValid(listPage, body, 'organizations page');
    const ids = body.contents!.map((o) => String(o['id']));
    const rows = (await t.db.query(
      `SELECT id FROM organisation WHERE status = 'VERIFIED' ORDER BY id`,
    )) as { id: string }[];
    expect(ids).toEqual(rows.map((r) => r.id));
    for (const id of ids) {
      expectValid(full, await get(`/hsds/organizations/${id}`), `organization ${id}`);
    }
    const rich = await get(`/hsds/organizations/${richOrganisation}?full_service=true`);
    expectValid(full, rich, 'organization with full services');
    expect(rich['organization_identifiers']).toEqual([
      expect.objectContaining({ identifier_scheme: 'NL-KVK', identifier: '12345678' }),
    ]);
    expect((rich['services'] as { id: string }[]).map((s) => s.id)).toEqual([richOffering]);
    for (const id of hidden) {
      await get(`/hsds/services/${id}`, 404);
      await get(`/hsds/organizations/${id}`, 404);
    }
  }, 120_000);

  it('publishes the three taxonomies and their terms', async () => {
    const taxonomies = await get('/hsds/taxonomies');
    expectValid(schemas.plainPage('taxonomy'), taxonomies, 'taxonomies page');
    expect(taxonomies['total_items']).toBe(3);
    const terms = await get('/hsds/taxonomy_terms?per_page=100');
    expectValid(schemas.plainPage('taxonomy_term'), terms, 'taxonomy terms page');
    expect(terms['total_items']).toBe(11 + 6 + 4);
    for (const tax of taxonomies.contents!) {
      expectValid(
        schemas.plain('taxonomy'),
        await get(`/hsds/taxonomies/${String(tax['id'])}`),
        'taxonomy',
      );
      const own = await get(`/hsds/taxonomy_terms?per_page=100&taxonomy_id=${String(tax['id'])}`);
      expect(own.contents!.every((x) => x['taxonomy_id'] === tax['id'])).toBe(true);
    }
    const one = terms.contents![0]!;
    expectValid(
      schemas.plain('taxonomy_term'),
      await get(`/hsds/taxonomy_terms/${String(one['id'])}`),
      'term',
    );
  }, 60_000);

  it('lists services at the partners’ locations', async () => {
    const body = await get('/hsds/service_at_locations?per_page=100');
    expectValid(schemas.listPage('service_at_location_list'), body, 'service_at_locations page');
    expect(body.contents!.map((x) => x['service_id'])).toContain(richOffering);
  }, 30_000);

  async function zip(path: string): Promise<{ bytes: Buffer; disposition: string }> {
    const res = await getBytes(t, path);
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toBe('application/zip');
    return { bytes: res.body, disposition: String(res.headers['content-disposition']) };
  }

  it('exports the public directory as a datapackage that validates against datapackage.json', async () => {
    const { bytes, disposition } = await zip('/hsds/datapackage.zip');
    expect(disposition).toBe('attachment; filename="partnerwijzer-hsds.zip"');
    const files = unzipPackage(bytes);
    expect(checkDatapackage(files)).toEqual([]);
    const serviceIds = files
      .get('services.csv')!
      .trim()
      .split('\r\n')
      .slice(1)
      .map((line) => line.split(',')[0]);
    expect(serviceIds).toEqual(await publicOfferingIds());
    // The same data gives the same bytes.
    expect((await zip('/hsds/datapackage.zip')).bytes.equals(bytes)).toBe(true);

    const local = await zip(`/hsds/datapackage.zip?municipality=${TEST_REGION.municipalityCode}`);
    expect(local.disposition).toContain(`partnerwijzer-hsds-${TEST_REGION.municipalityCode}.zip`);
    const localFiles = unzipPackage(local.bytes);
    expect(checkDatapackage(localFiles)).toEqual([]);
    expect(localFiles.get('services.csv')).toContain(richOffering);
    for (const id of hidden) expect(localFiles.get('services.csv')).not.toContain(id);
    const bad = await request(t.app.getHttpServer()).get(
      '/hsds/datapackage.zip?municipality=GM9999',
    );
    expect(bad.status).toBe(400);
  }, 120_000);

  it('refuses hostile query strings with a 400 naming the parameter, and unknown ids with 404', async () => {
    const cases: [string, string][] = [
      ['/hsds/services?search=a%00b', 'search'],
      // What no GraphQL string may hold either: a direction override or isolate, DEL.
      ['/hsds/services?search=%E2%80%AEabc', 'search'],
      ['/hsds/organizations?search=a%E2%81%A6b', 'search'],
      ['/hsds/services?search=a%7Fb', 'search'],
      ['/hsds/services?search=a&search=b', 'search'],
      [`/hsds/services?search=${'x'.repeat(5000)}`, 'search'],
      ['/hsds/services?search=a+b+c+d+e+f+g+h+i', 'search'],
      ['/hsds/services?per_page=1000', 'per_page'],
      ['/hsds/services?per_page=0', 'per_page'],
      ['/hsds/services?page=-1', 'page'],
      ['/hsds/services?page=1e3', 'page'],
      ['/hsds/services?taxonomy_term_id=GEEN_TERM', 'taxonomy_term_id'],
      ['/hsds/services?taxonomy_id=00000000-0000-4000-8000-000000000000', 'taxonomy_id'],
      ["/hsds/services?organization_id=1'%20OR%201=1", 'organization_id'],
      ['/hsds/services?modified_after=gisteren', 'modified_after'],
      // A day that does not exist, which Date() would roll over into March.
      ['/hsds/services?modified_after=2026-02-30', 'modified_after'],
      ['/hsds/services?modified_after=2026-02-31T10:00:00Z', 'modified_after'],
      ['/hsds/services?format=ndjson', 'format'],
      ['/hsds/services?minimal=ja', 'minimal'],
      ['/hsds/services/niet-een-uuid', 'id'],
      ['/hsds/organizations?per_page=1&per_page=2', 'per_page'],
      ['/hsds/service_at_locations?postcode=3111AA', 'postcode'],
    ];
    for (const [path, field] of cases) {
      const body = (await get(path, 400)) as {
        errors?: { message: string; extensions: { code: string; fields: { field: string }[] } }[];
      };
      expect(body.errors?.[0]?.extensions.code).toBe('BAD_USER_INPUT');
      expect(body.errors?.[0]?.extensions.fields[0]?.field).toBe(field);
    }
    await get('/hsds/services/00000000-0000-4000-8000-000000000000', 404);
    await get('/hsds/taxonomies/00000000-0000-4000-8000-000000000000', 404);
    // A browser asking for HTML still gets the API, not the web client.
    const res = await request(t.app.getHttpServer())
      .get('/hsds/services')
      .set('accept', 'text/html');
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toMatch(/json/);
    expect(res.headers['access-control-allow-origin']).toBe('*');
  }, 60_000);
});
