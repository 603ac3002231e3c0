import { strToU8, zipSync, type Zippable } from 'fflate';
import request from 'supertest';
import { type DataSource } from 'typeorm';
import { INTERVENTION_CODES } from '@partnerwijzer/domain';
import { OPERATOR_TOKEN, signInHeaders, TWO_OFFICERS } from '../accounts/accounts-support.js';
import {
  newMunicipality,
  newOffering,
  newOrganisation,
  TEST_REGION_POLYGON,
} from '../support/factories.js';
import { startTestApp, type TestApp } from '../support/test-app.js';
import { getBytes } from '../support/binary-get.js';
import { MatchingIndexService } from '../../apps/api/src/modules/matching/index.js';
import type { Refusal } from '../../apps/api/src/modules/hsds/datapackage/package-import.js';
import { checkDatapackage, unzipPackage } from './datapackage-check.js';
import { describeWithHsdsSchemas } from './hsds-schemas.js';

// Import of HSDS packages: the round trip (export → import into an empty database → export
// gives the same package), idempotence, and every refusal with nothing written.

const describeHsds = describeWithHsdsSchemas();
const BEARER = { authorization: `Bearer ${OPERATOR_TOKEN}` };

type Report = {
  written: boolean;
  created: { organizations: number; services: number };
  changed: { organizations: number; services: number };
  unchanged: { organizations: number; services: number };
  refused: Refusal[];
  errors?: { message: string; extensions: { code: string; fields?: { field: string }[] } }[];
};

async function download(t: TestApp, path: string): Promise<Buffer> {
  const res = await getBytes(t, path);
  expect(res.status).toBe(200);
  return res.body;
}

async function upload(
  t: TestApp,
  body: Uint8Array | string,
  headers: Record<string, string>,
  type = 'application/zip',
  query = '',
): Promise<{ status: number; body: Report }> {
  const res = await request(t.app.getHttpServer())
    .post(`/hsds/import${query}`)
    .set({ 'content-type': type, ...headers })
    .send(typeof body === 'string' ? body : Buffer.from(body));
  return { status: res.status, body: res.body as Report };
}

function rezip(files: Map<string, string>, change: Record<string, string | null> = {}): Uint8Array {
  const z: Zippable = {};
  for (const [name, content] of files) {
    if (change[name] === null) continue;
    z[name] = strToU8(change[name] ?? content);
  }
  for (const [name, content] of Object.entries(change)) {
    if (content !== null && !files.has(name)) z[name] = strToU8(content);
  }
  return zipSync(z);
}

/** The first service of the read API's list, as `/hsds/services/{id}` gives it. */
async function firstService(t: TestApp): Promise<{ id: string; service: Record<string, unknown> }> {
  const list = (await request(t.app.getHttpServer()).get('/hsds/services?per_page=1')).body as {
    contents: { id: string }[];
  };
  const id = list.contents[0]!.id;
  const service = (await request(t.app.getHttpServer()).get(`/hsds/services/${id}`)).body as Record<
    string,
    unknown
  >;
  return { id, service };
}

/** Rows, change events and audit entries: what any write would change. */
async function footprint(db: DataSource): Promise<string> {
  const [row] = (await db.query(`SELECT
      (SELECT count(*) FROM organisation) AS o, (SELECT count(*) FROM offering) AS f,
      (SELECT count(*) FROM coverage_area) AS c, (SELECT count(*) FROM change_event) AS e,
      (SELECT max(updated_at) FROM offering) AS u`)) as Record<string, unknown>[];
  return JSON.stringify(row);
}

describeHsds('HSDS package import', () => {
  let source: TestApp;
  let target: TestApp;
  let files: Map<string, string>;
  let sourceZip: Buffer;
  let foreignOrg = '';

  beforeAll(async () => {
    // The feed poll is slowed far past any test, so a test that writes past the services must
    // apply the feed itself, on an idle machine as on a busy one.
    source = await startTestApp({
      ADMIN_API_TOKEN: OPERATOR_TOKEN,
      MATCH_SYNC_INTERVAL_MS: '60000',
    });
    const org = await newOrganisation(source.db, { kvkNumber: '87654321', phone: '010-1234567' });
    await newOffering(source.db, {
      organisationId: org,
      interventionTypes: ['MENTORING'],
      targetGroups: ['PUPILS'],
      costType: 'SUBSIDISED',
      costAmountEur: '10.00',
      coverage: [
        { kind: 'RADIUS', center: { lat: 51.92, lng: 4.4 }, radiusKm: 3 },
        TEST_REGION_POLYGON,
      ],
    });
    sourceZip = await download(source, '/hsds/datapackage.zip');
    files = unzipPackage(sourceZip);
    expect(checkDatapackage(files)).toEqual([]);

    target = await startTestApp({ ADMIN_API_TOKEN: OPERATOR_TOKEN, SEED_DEMO_DATA: 'false' });
    // Reference data (municipalities and provinces) is there before any partner is.
    const regions = (await source.db.query(
      `SELECT code, name, province_code AS "provinceCode" FROM municipality ORDER BY code`,
    )) as { code: string; name: string; provinceCode: string }[];
    for (const r of regions) await newMunicipality(target.db, r);
    foreignOrg = await newOrganisation(target.db, {
      name: 'Andermans partner',
      kvkNumber: '11112222',
    });
  }, 240_000);

  afterAll(async () => {
    await source?.close();
    await target?.close();
  }, 60_000);

  it('round trip: export → import into an empty database → export gives the same package', async () => {
    const services = files.get('services.csv')!.trim().split('\r\n').length - 1;
    const organizations = files.get('organizations.csv')!.trim().split('\r\n').length - 1;
    const first = await upload(target, sourceZip, BEARER);
    expect(first.status).toBe(200);
    expect(first.body).toMatchObject({
      written: true,
      created: { organizations, services },
      refused: [],
    });
    const again = unzipPackage(await download(target, '/hsds/datapackage.zip'));
    // The target also holds a partner of its own; leave it out and compare file by file.
    const own = (name: string) =>
      again
        .get(name)!
        .split('\r\n')
        .filter((line) => !line.includes(foreignOrg))
        .join('\r\n');
    for (const name of files.keys())
      expect(`${name}\n${own(name)}`).toBe(`${name}\n${files.get(name)}`);

    // Idempotent: the same package again changes nothing, not even a change event.
    const before = await footprint(target.db);
    const second = await upload(target, sourceZip, BEARER);
    expect(second.body).toMatchObject({
      written: true,
      created: { organizations: 0, services: 0 },
      changed: { organizations: 0, services: 0 },
      unchanged: { organizations, services },
    });
    expect(await footprint(target.db)).toBe(before);
  }, 240_000);

  it('importing its own export back into the same database changes nothing', async () => {
    // Stored as a partner types it (no trailing slash; the export writes "…nl/"), and codes in
    // an order other than the package's rows (attributes are listed by id).
    const org = await newOrganisation(source.db, { website: 'https://www.herimport.example.nl' });
    const offering = await newOffering(source.db, {
      organisationId: org,
      interventionTypes: ['MENTORING', 'TAAL_LEZEN', 'EXTRA_LEERTIJD'],
      sectors: ['PO', 'SO'],
      languages: ['nl', 'en', 'ar'],
    });
    // Written past the services, as another process would: the package cached by the test
    // before stays until the feed reaches this offering (seen on a busy machine: the export
    // still without it). Apply the feed now, as the poll would a moment later.
    await source.app.get(MatchingIndexService).syncFromFeed();
    const zip = await download(source, '/hsds/datapackage.zip');
    const terms = new Map(
      unzipPackage(zip)
        .get('taxonomy_terms.csv')!
        .split('\r\n')
        .map((line) => line.split(',') as [string, string]),
    );
    const packageOrder = unzipPackage(zip)
      .get('attributes.csv')!
      .split('\r\n')
      .filter((line) => line.split(',')[1] === offering)
      .map((line) => terms.get(line.split(',')[2]!)!)
      .filter((code) => (INTERVENTION_CODES as readonly string[]).includes(code));
    expect(packageOrder).toHaveLength(3);
    await source.db.query(`UPDATE offering SET intervention_types = $2 WHERE id = $1`, [
      offering,
      [...packageOrder].reverse(),
    ]);
    const before = await footprint(source.db);
    const res = await upload(source, zip, BEARER);
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({
      created: { organizations: 0, services: 0 },
      changed: { organizations: 0, services: 0 },
      refused: [],
    });
    expect(await footprint(source.db)).toBe(before);
  }, 120_000);

  it('imports HSDS JSON (a service as the read API gives it) and reports the change', async () => {
    // The directory is there (idempotent: a no-op after the round trip).
    expect((await upload(target, sourceZip, BEARER)).status).toBe(200);
    const { id, service } = await firstService(target);
    const res = await upload(
      target,
      JSON.stringify({ ...service, name: 'Nieuwe titel via HSDS' }),
      BEARER,
      'application/json',
    );
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ written: true, changed: { services: 1 }, refused: [] });
    const [row] = (await target.db.query(`SELECT title FROM offering WHERE id = $1`, [id])) as {
      title: string;
    }[];
    expect(row!.title).toBe('Nieuwe titel via HSDS');
  }, 60_000);

  it('refuses malformed, hostile and oversize packages with a clear message and writes nothing', async () => {
    const before = await footprint(target.db);
    const services = files.get('services.csv')!;
    const [header, firstRow] = services.split('\r\n');
    const cases: [string, Uint8Array | string, string, number, string][] = [
      ['not a zip', strToU8('dit is geen zip'), 'application/zip', 400, 'file'],
      [
        'no datapackage.json',
        rezip(files, { 'datapackage.json': null }),
        'application/zip',
        400,
        'file',
      ],
      [
        'row with too many fields',
        rezip(files, { 'services.csv': `${header}\r\n${firstRow},extra\r\n` }),
        'application/zip',
        400,
        'services.csv regel 2',
      ],
      [
        'NUL in a field',
        rezip(files, { 'services.csv': services.replace(/,active,/, ',act\u0000ive,') }),
        'application/zip',
        400,
        'services.csv regel',
      ],
      [
        // As a spreadsheet saves it in a Dutch locale: before, one "not a UUID" per row.
        'semicolon-separated CSV',
        rezip(files, { 'services.csv': services.replace(/,/g, ';') }),
        'application/zip',
        400,
        'services.csv',
      ],
      [
        'an entry named outside the package (path traversal)',
        rezip(files, { '../../tmp/services.csv': services }),
        'application/zip',
        400,
        'file',
      ],
      [
        'zip bomb (one entry unpacks to 60 MB)',
        zipSync(
          { 'datapackage.json': strToU8('{}'), 'services.csv': new Uint8Array(60 * 1024 * 1024) },
          { level: 9 },
        ),
        'application/zip',
        400,
        'file',
      ],
      [
        'JSON nested 5000 deep',
        `${'['.repeat(5000)}${']'.repeat(5000)}`,
        'application/json',
        400,
        '',
      ],
      [
        'JSON that is no HSDS',
        JSON.stringify({ hallo: 'wereld' }),
        'application/json',
        400,
        'file',
      ],
      ['wrong content type', 'a,b', 'text/csv', 400, 'content-type'],
    ];
    for (const [what, body, type, status, field] of cases) {
      const res = await upload(target, body, BEARER, type);
      expect({ what, status: res.status }).toEqual({ what, status });
      const error = res.body.errors?.[0];
      expect(error?.message).toBeTruthy();
      if (field) expect(error?.extensions.fields?.[0]?.field ?? '').toContain(field);
      if (what === 'semicolon-separated CSV') expect(error?.message).toContain('puntkomma');
      if (what.includes('path traversal')) expect(error?.message).toContain('../../tmp/');
    }
    const big = await upload(target, new Uint8Array(21 * 1024 * 1024), BEARER);
    expect(big.status).toBe(413);
    expect(await footprint(target.db)).toBe(before);
  }, 240_000);

  it('refuses unknown taxonomy terms and a half-valid package as a whole', async () => {
    const before = await footprint(target.db);
    const attributes = files.get('attributes.csv')!;
    // One intervention-type attribute of a service that has another one, so the unknown term
    // is the package's only fault (a service left without any type would be refused too).
    // Ids and codes are the first columns and never quoted.
    const interventionTerms = new Set(
      files
        .get('taxonomy_terms.csv')!
        .split('\r\n')
        .map((line) => line.split(','))
        .filter(([, code]) => (INTERVENTION_CODES as readonly string[]).includes(code ?? ''))
        .map(([id]) => id!),
    );
    const rows = attributes
      .split('\r\n')
      .slice(1)
      .filter((line) => interventionTerms.has(line.split(',')[2] ?? ''));
    const typesOf = (line: string) =>
      rows.filter((r) => r.split(',')[1] === line.split(',')[1]).length;
    const chosen = rows.find((line) => typesOf(line) >= 2);
    if (chosen === undefined) throw new Error('the demo package has no service with two types');
    const [attributeId, linkId, , ...rest] = chosen.split(',');
    const broken = [attributeId, linkId, '00000000-0000-4000-8000-000000000001', ...rest].join(',');
    const res = await upload(
      target,
      rezip(files, {
        'attributes.csv': attributes.replace(chosen, broken),
        // A new valid service next to the broken one must not be written either.
        'services.csv': `${files.get('services.csv')!}`,
      }),
      BEARER,
    );
    expect(res.status).toBe(422);
    expect(res.body.written).toBe(false);
    expect(res.body.refused).toEqual([
      expect.objectContaining({
        field: 'taxonomy_term_id',
        message: expect.stringContaining('onbekende taxonomieterm'),
        // The web words the code in the page's language, naming the term it does not know.
        code: 'UNKNOWN_CODES',
        params: { kind: 'TAXONOMY_TERM', codes: expect.any(String) },
      }),
    ]);
    const badArea = await upload(
      target,
      rezip(files, {
        'service_areas.csv': files
          .get('service_areas.csv')!
          .replace(
            'https://identifier.overheid.nl/tooi/id/gemeente/gm',
            'https://identifier.overheid.nl/tooi/id/gemeente/gm9',
          ),
      }),
      BEARER,
    );
    expect(badArea.status).toBe(422);
    expect(badArea.body.refused[0]).toMatchObject({ field: 'uri', code: 'INVALID' });
    // A well-formed code of no municipality: the refusal names it and what kind of code it is.
    const unknownMunicipality = await upload(
      target,
      rezip(files, {
        'service_areas.csv': files
          .get('service_areas.csv')!
          .replace(/gemeente\/gm\d{4}/, 'gemeente/gm9999'),
      }),
      BEARER,
    );
    expect(unknownMunicipality.status).toBe(422);
    expect(unknownMunicipality.body.refused).toEqual([
      expect.objectContaining({
        field: 'uri',
        message: 'onbekende gemeente (unknown municipality): GM9999',
        code: 'UNKNOWN_CODES',
        params: { kind: 'MUNICIPALITY', codes: 'GM9999' },
      }),
    ]);
    expect(await footprint(target.db)).toBe(before);
  }, 120_000);

  it('names a refused record by the name it has in the file, not only by its id', async () => {
    const before = await footprint(target.db);
    const [org] = (await source.db.query(
      `SELECT id, name FROM organisation WHERE kvk_number = '87654321'`,
    )) as {
      id: string;
      name: string;
    }[];
    const res = await upload(
      target,
      rezip(files, {
        'organization_identifiers.csv': files
          .get('organization_identifiers.csv')!
          .replace('87654321', '8765432'),
      }),
      BEARER,
    );
    expect(res.status).toBe(422);
    expect(res.body.refused).toEqual([
      {
        record: `organization ${org!.id}`,
        name: org!.name,
        field: 'organization_identifier',
        message: expect.stringContaining('8 cijfers'),
        code: 'INVALID_KVK',
      },
    ]);
    expect(await footprint(target.db)).toBe(before);
  }, 120_000);

  it('lets a partner import only its own organisation; others may not import at all', async () => {
    expect((await upload(target, sourceZip, BEARER)).status).toBe(200);
    const [mine] = (await target.db.query(
      `SELECT id FROM organisation WHERE kvk_number = '87654321'`,
    )) as { id: string }[];
    const { editor, officer } = await signInHeaders(target, {
      editor: { email: 'editor@partner.nl', role: 'PARTNER_EDITOR', organisationId: mine!.id },
      officer: TWO_OFFICERS.officer,
    });
    const before = await footprint(target.db);

    // The whole directory holds other organisations: refused, nothing written.
    const all = await upload(target, sourceZip, editor);
    expect(all.status).toBe(422);
    expect(all.body.written).toBe(false);
    expect(all.body.refused.some((r) => r.message.includes('iemand anders'))).toBe(true);

    // Someone else's organisation by KvK number, under a new id.
    const orgCsv = files.get('organizations.csv')!.split('\r\n')[0]!;
    const foreign = await upload(
      target,
      rezip(files, {
        'organizations.csv': `${orgCsv}\r\n0d9c6a8e-2f4b-4c1e-9a57-3b2d1e0f9a11,Kaping,,,,11112222\r\n`,
        'services.csv': `${files.get('services.csv')!.split('\r\n')[0]!}\r\n`,
        'organization_identifiers.csv':
          'id,organization_id,identifier_scheme,identifier_type,identifier\r\n',
        'locations.csv': 'id,location_type,organization_id,name,description,latitude,longitude\r\n',
        'phones.csv': 'id,organization_id,number\r\n',
        'service_at_location.csv': 'id,service_id,location_id\r\n',
        'service_areas.csv': 'id,service_id,name,description,extent,extent_type,uri\r\n',
        'languages.csv': 'id,service_id,name,code\r\n',
        'cost_options.csv': 'id,service_id,option,currency,amount,amount_description\r\n',
        'attributes.csv': 'id,link_id,taxonomy_term_id,link_type,link_entity\r\n',
      }),
      editor,
    );
    expect(foreign.status).toBe(422);
    expect(foreign.body.refused[0]).toMatchObject({
      message: expect.stringContaining('iemand anders'),
    });

    // Its own organisation only (as the read API shows it, with full services): accepted.
    const own = (
      await request(target.app.getHttpServer()).get(
        `/hsds/organizations/${mine!.id}?full_service=true`,
      )
    ).body as Record<string, unknown>;
    const ok = await upload(target, JSON.stringify(own), editor, 'application/json');
    expect(ok.status).toBe(200);
    expect(ok.body).toMatchObject({ written: true, refused: [] });

    expect((await upload(target, sourceZip, officer)).status).toBe(403);
    expect((await upload(target, sourceZip, {})).status).toBe(401);
    expect((await upload(target, sourceZip, { cookie: editor.cookie })).status).toBe(403);
    expect(await footprint(target.db)).toBe(before);
  }, 120_000);

  it('export → import keeps drawn areas’ names, "Eigen gebied" and none apart, and their saved order', async () => {
    const offering = await newOffering(source.db, {
      coverage: [TEST_REGION_POLYGON, TEST_REGION_POLYGON, TEST_REGION_POLYGON],
    });
    // Ids against the saved order (the last area has the smallest id), so an export or import
    // that orders by id shows.
    const ids = [3, 2, 1].map((n) => `e3a0c0de-0000-4000-8000-00000000000${n}`);
    const labels = ['Wijk Schiedam-Oost', 'Eigen gebied', null];
    const saved = (await source.db.query(
      `SELECT id FROM coverage_area WHERE offering_id = $1 ORDER BY position`,
      [offering],
    )) as { id: string }[];
    for (const [i, area] of saved.entries()) {
      await source.db.query(`UPDATE coverage_area SET id = $2, area_label = $3 WHERE id = $1`, [
        area.id,
        ids[i],
        labels[i],
      ]);
    }
    await source.app.get(MatchingIndexService).syncFromFeed();
    const zip = await download(source, '/hsds/datapackage.zip');
    const areaRows = (pkg: Map<string, string>) =>
      pkg
        .get('service_areas.csv')!
        .split('\r\n')
        .filter((line) => line.split(',')[1] === offering);
    // Rows in the saved order; the unnamed area has no name (HSDS's name is optional).
    expect(areaRows(unzipPackage(zip)).map((line) => line.split(',').slice(0, 3))).toEqual([
      [ids[0], offering, 'Wijk Schiedam-Oost'],
      [ids[1], offering, 'Eigen gebied'],
      [ids[2], offering, ''],
    ]);

    const res = await upload(target, zip, BEARER);
    expect(res.body).toMatchObject({ written: true, refused: [] });
    const stored = async (db: DataSource) =>
      (await db.query(
        `SELECT id, area_label FROM coverage_area WHERE offering_id = $1 ORDER BY position`,
        [offering],
      )) as { id: string; area_label: string | null }[];
    expect(await stored(target.db)).toEqual(
      ids.map((id, i) => ({ id, area_label: labels[i] ?? null })),
    );
    await target.app.get(MatchingIndexService).syncFromFeed();
    const again = unzipPackage(await download(target, '/hsds/datapackage.zip'));
    expect(areaRows(again)).toEqual(areaRows(unzipPackage(zip)));

    // Back into the database it came from: nothing changed, the unnamed area stays unnamed.
    const before = await footprint(source.db);
    const back = await upload(source, zip, BEARER);
    expect(back.body).toMatchObject({ changed: { organizations: 0, services: 0 }, refused: [] });
    expect(await footprint(source.db)).toBe(before);

    // A package that lists the areas in another order: the new order is a change, and kept.
    const files = unzipPackage(zip);
    const rows = areaRows(files);
    const reordered = files
      .get('service_areas.csv')!
      .replace(rows.join('\r\n'), [rows[2], rows[0], rows[1]].join('\r\n'));
    const moved = await upload(target, rezip(files, { 'service_areas.csv': reordered }), BEARER);
    expect(moved.body).toMatchObject({ written: true, changed: { services: 1 }, refused: [] });
    expect((await stored(target.db)).map((a) => a.id)).toEqual([ids[2], ids[0], ids[1]]);
  }, 120_000);

  it('stores a MultiPolygon with overlapping parts merged, as the portal does; refuses an over-long name by its field', async () => {
    expect((await upload(target, sourceZip, BEARER)).status).toBe(200);
    const { id, service } = await firstService(target);
    const square = (x: number, y: number) => [
      [
        [x, y],
        [x + 0.02, y],
        [x + 0.02, y + 0.02],
        [x, y + 0.02],
        [x, y],
      ],
    ];
    // Two squares sharing a quarter of their surface.
    const overlapping = {
      type: 'MultiPolygon',
      coordinates: [square(4.38, 51.91), square(4.39, 51.92)],
    };
    const area = (name: string) => ({
      id: '5d0f3c1e-8a2b-4c6d-9e7f-1a2b3c4d5e6f',
      service_id: id,
      name,
      extent: JSON.stringify(overlapping),
      extent_type: 'geojson',
    });
    const send = (name: string) =>
      upload(
        target,
        JSON.stringify({ ...service, service_areas: [area(name)] }),
        BEARER,
        'application/json',
      );

    const res = await send('  Twee wijken  ');
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ written: true, refused: [] });
    const [row] = (await target.db.query(
      `SELECT geometry, area_label FROM coverage_area WHERE offering_id = $1`,
      [id],
    )) as { geometry: { type: string; coordinates: number[][][] }; area_label: string }[];
    expect(row!.geometry.type).toBe('Polygon');
    // One outline around both squares: 8 corners, closed (9 positions), no hole.
    expect(row!.geometry.coordinates).toHaveLength(1);
    expect(row!.geometry.coordinates[0]).toHaveLength(9);
    expect(row!.area_label).toBe('Twee wijken');

    const before = await footprint(target.db);
    const long = await send('x'.repeat(121));
    expect(long.status).toBe(422);
    expect(long.body.refused).toEqual([
      expect.objectContaining({
        field: 'name',
        message: expect.stringContaining('120'),
        code: 'TOO_LONG',
        params: { max: 120 },
      }),
    ]);
    expect(await footprint(target.db)).toBe(before);
  }, 120_000);

  it('holds a drawn area to the portal’s size limit: one it accepts is imported, one over 1 MB refused by row and field', async () => {
    expect((await upload(target, sourceZip, BEARER)).status).toBe(200);
    const { id, service } = await firstService(target);
    /** A convex ring of `corners` corners round Rotterdam-Zuid (valid, inside the Netherlands). */
    const circle = (corners: number) => {
      const ring: number[][] = [];
      for (let i = 0; i < corners; i++) {
        const a = (2 * Math.PI * i) / corners;
        ring.push([4.4 + 0.02 * Math.cos(a), 51.92 + 0.0125 * Math.sin(a)]);
      }
      return { type: 'Polygon', coordinates: [[...ring, ring[0]!]] };
    };
    const areaId = '5d0f3c1e-8a2b-4c6d-9e7f-1a2b3c4d5e70';
    const send = (name: string, extent: string) =>
      upload(
        target,
        JSON.stringify({
          ...service,
          name,
          service_areas: [
            { id: areaId, service_id: id, name: 'Groot gebied', extent, extent_type: 'geojson' },
          ],
        }),
        BEARER,
        'application/json',
      );

    // 4,000 corners as a GIS tool writes them (indented): over the reader's 200,000 characters
    // per value, well under the portal's 1 MB as compact JSON. The portal takes it; so does this.
    const laidOut = JSON.stringify(circle(4000), null, 2);
    expect(laidOut.length).toBeGreaterThan(200_000);
    expect(JSON.stringify(circle(4000)).length).toBeLessThan(1_000_000);
    const ok = await send('Groot gebied aanvaard', laidOut);
    expect(ok.status).toBe(200);
    expect(ok.body).toMatchObject({ written: true, refused: [] });
    const [row] = (await target.db.query(
      `SELECT jsonb_array_length(geometry->'coordinates'->0) AS n FROM coverage_area WHERE id = $1`,
      [areaId],
    )) as { n: number }[];
    expect(row!.n).toBe(4001);

    // Over 1 MB as compact JSON: refused as the portal refuses it, naming the row and the
    // field; the service's new name in the same package is not written either.
    const before = await footprint(target.db);
    const huge = JSON.stringify(circle(30_000));
    expect(huge.length).toBeGreaterThan(1_000_000);
    const refused = await send('Mag niet blijven', huge);
    expect(refused.status).toBe(422);
    expect(refused.body).toMatchObject({ written: false });
    expect(refused.body.refused).toEqual([
      {
        record: `service_area ${areaId}`,
        name: 'Groot gebied',
        field: 'extent',
        message: 'is groter dan 1 MB (larger than 1 MB)',
        code: 'TOO_LARGE_FILE',
        params: { max: '1 MB' },
      },
    ]);
    expect(await footprint(target.db)).toBe(before);
  }, 120_000);
});
