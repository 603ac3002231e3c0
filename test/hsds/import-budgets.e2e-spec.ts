import request from 'supertest';
import { type DataSource } from 'typeorm';
import {
  INTERVENTION_CODES,
  MAX_AREAS_PER_ORGANISATION,
  MAX_CORNERS_PER_ORGANISATION,
  MAX_OFFERINGS_PER_ORGANISATION,
} from '@partnerwijzer/domain';
import { OPERATOR_TOKEN } from '../accounts/accounts-support.js';
import { newOffering, newOrganisation } from '../support/factories.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

// The HSDS import (admin) keeps the per-organisation budgets of partner-limits.ts, as the portal
// does: 100 offerings, 2,000 areas, 50,000 drawn corners. A package that would take an
// organisation past one is refused as a whole, the refusal naming the organisation and the
// limit, and nothing of it is written.

const BEARER = { authorization: `Bearer ${OPERATOR_TOKEN}` };
const NATIONAL = 'urn:iso:std:iso:3166:-1:NL';

type Report = {
  written: boolean;
  refused: { record: string; name?: string; field: string; message: string }[];
};

/** A UUID made from a number and a kind letter, stable across runs. */
function uuid(kind: number, n: number): string {
  const hex = n.toString(16).padStart(12, '0');
  return `${kind.toString(16).padStart(8, '0')}-0000-4000-8000-${hex}`;
}

/** A closed ring of `corners` corners around a point in Rotterdam. */
function ring(corners: number, radius = 0.02): number[][] {
  const points = Array.from({ length: corners }, (_, i) => {
    const angle = (2 * Math.PI * i) / corners;
    return [4.47 + radius * Math.cos(angle), 51.92 + radius * Math.sin(angle)];
  });
  return [...points, points[0]!];
}

interface ServiceShape {
  areas?: number;
  corners?: number;
}

/** An HSDS organization with `services` services, as the import reads JSON. */
function organisation(
  org: { id: string; name: string; kvk: string },
  services: ServiceShape[],
  first = 0,
): Record<string, unknown> {
  return {
    id: org.id,
    name: org.name,
    description: '',
    organization_identifiers: [
      { id: uuid(9, first), identifier_scheme: 'NL-KVK', identifier: org.kvk },
    ],
    services: services.map((s, i) => {
      const n = first + i;
      const areas = Array.from({ length: s.areas ?? 1 }, (_, j) =>
        s.corners
          ? {
              id: uuid(3, n * 1000 + j),
              extent_type: 'geojson',
              extent: JSON.stringify({ type: 'Polygon', coordinates: [ring(s.corners)] }),
            }
          : { id: uuid(3, n * 1000 + j), uri: NATIONAL },
      );
      return {
        id: uuid(2, n),
        name: `Aanbod ${n}`,
        status: 'active',
        attributes: [{ id: uuid(4, n), taxonomy_term: { code: INTERVENTION_CODES[0] } }],
        service_areas: areas,
      };
    }),
  };
}

async function footprint(db: DataSource): Promise<string> {
  const [row] = (await db.query(`SELECT
      (SELECT count(*) FROM organisation) AS o, (SELECT count(*) FROM offering) AS f,
      (SELECT count(*) FROM coverage_area) AS c, (SELECT count(*) FROM change_event) AS e`)) as Record<
    string,
    unknown
  >[];
  return JSON.stringify(row);
}

describe('HSDS import keeps the per-organisation budgets', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await startTestApp({ ADMIN_API_TOKEN: OPERATOR_TOKEN, SEED_DEMO_DATA: 'false' });
  }, 120_000);

  afterAll(async () => {
    await t?.close();
  }, 60_000);

  async function upload(body: unknown): Promise<{ status: number; body: Report }> {
    const res = await request(t.app.getHttpServer())
      .post('/hsds/import')
      .set({ 'content-type': 'application/json', ...BEARER })
      .send(JSON.stringify(body));
    return { status: res.status, body: res.body as Report };
  }

  it('refuses more than 100 offerings for one organisation, counting those it has, and writes nothing', async () => {
    const id = await newOrganisation(t.db, { name: 'Stichting Vol Aanbod', kvkNumber: '31313131' });
    await newOffering(t.db, { organisationId: id });
    const before = await footprint(t.db);
    const services = Array.from({ length: MAX_OFFERINGS_PER_ORGANISATION }, () => ({}));
    const res = await upload(
      organisation({ id, name: 'Stichting Vol Aanbod', kvk: '31313131' }, services),
    );
    expect(res.status).toBe(422);
    expect(res.body.written).toBe(false);
    expect(res.body.refused).toEqual([
      {
        record: `organization ${id}`,
        name: 'Stichting Vol Aanbod',
        field: 'services',
        message:
          '“Stichting Vol Aanbod” zou na de import 101 aanbiedingen hebben, hoogstens 100 per organisatie (“Stichting Vol Aanbod” would have 101 services after the import, at most 100 per organisation)',
      },
    ]);
    expect(await footprint(t.db)).toBe(before);

    // 100 in all fits: the package without one service is written.
    const fits = await upload(
      organisation({ id, name: 'Stichting Vol Aanbod', kvk: '31313131' }, services.slice(1)),
    );
    expect(fits.body).toMatchObject({ written: true, refused: [] });
  }, 120_000);

  /**
   * Imports `count` services of one shape for a new organisation, expects the package refused
   * with one refusal on the organisation whose message contains `message`, and nothing written.
   */
  async function refusedForNewOrganisation(
    org: { id: string; name: string; kvk: string },
    shape: ServiceShape,
    count: number,
    first: number,
    message: string,
  ): Promise<void> {
    const before = await footprint(t.db);
    const res = await upload(
      organisation(
        org,
        Array.from({ length: count }, () => shape),
        first,
      ),
    );
    expect(res.status).toBe(422);
    expect(res.body.refused).toEqual([
      expect.objectContaining({
        record: `organization ${org.id}`,
        name: org.name,
        field: 'service_areas',
        message: expect.stringContaining(message) as unknown,
      }),
    ]);
    expect(await footprint(t.db)).toBe(before);
  }

  it('refuses more than 2,000 areas over an organisation’s offerings, and a new organisation is not created', async () => {
    const perService = 190;
    const count = Math.ceil((MAX_AREAS_PER_ORGANISATION + 1) / perService);
    await refusedForNewOrganisation(
      { id: uuid(1, 2), name: 'Stichting Overal', kvk: '32323232' },
      { areas: perService },
      count,
      200,
      `“Stichting Overal” zou na de import ${count * perService} werkgebieden hebben, hoogstens 2000 per organisatie (“Stichting Overal” would have`,
    );
  }, 120_000);

  it('refuses more than 50,000 drawn corners over an organisation’s offerings', async () => {
    const corners = 4_000;
    const count = Math.ceil((MAX_CORNERS_PER_ORGANISATION + 1) / corners);
    await refusedForNewOrganisation(
      { id: uuid(1, 3), name: 'Stichting Fijne Lijnen', kvk: '33333333' },
      { corners },
      count,
      400,
      `“Stichting Fijne Lijnen” zou na de import ${count * corners} hoekpunten in getekende gebieden hebben, hoogstens 50000 per organisatie`,
    );
  }, 120_000);
});
