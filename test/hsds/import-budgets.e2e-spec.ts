import request from 'supertest';
import { type DataSource } from 'typeorm';
import {
  INTERVENTION_CODES,
  MAX_AREAS_PER_ORGANISATION,
  MAX_CORNERS_PER_ORGANISATION,
  MAX_OFFERINGS_PER_ORGANISATION,
} from '@partnerwijzer/domain';
import { OPERATOR_ACTOR } from '../../apps/api/src/modules/accounts/session.middleware.js';
import {
  applyImport,
  planImport,
  type ImportPlan,
  type Refusal,
} from '../../apps/api/src/modules/hsds/datapackage/package-import.js';
import { readJsonPackage } from '../../apps/api/src/modules/hsds/datapackage/package-reader.js';
import {
  insertOffering,
  lockOrganisation,
} from '../../apps/api/src/modules/organisations/repository.js';
import { OPERATOR_TOKEN, post } from '../accounts/accounts-support.js';
import { newOffering, newOrganisation, testOfferingRow } from '../support/factories.js';
import { describeOnPostgres } from '../support/test-database.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

// The HSDS import (admin) keeps the per-organisation budgets of partner-limits.ts, as the portal
// does: 100 offerings, 2,000 areas, 50,000 drawn corners. A package that would take an
// organisation past one is refused as a whole, the refusal naming the organisation and the
// limit, and nothing of it is written. The package is checked before the write transaction and
// counted again inside it, under the organisation's lock that the portal's writes take too, so
// a portal write landing in between cannot take an organisation past a budget with the import.

const BEARER = { authorization: `Bearer ${OPERATOR_TOKEN}` };
const NATIONAL = 'urn:iso:std:iso:3166:-1:NL';

type Report = {
  written: boolean;
  refused: Refusal[];
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
        // No catalogue sentence says "would have after the import": the web shows the message.
        code: 'INVALID',
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
   * with one refusal on the organisation whose message contains `message` and whose code and
   * params are `problem`, and nothing written.
   */
  async function refusedForNewOrganisation(
    org: { id: string; name: string; kvk: string },
    shape: ServiceShape,
    count: number,
    first: number,
    message: string,
    problem: { code: string; params: Record<string, number> },
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
        ...problem,
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
      {
        code: 'TOO_MANY_AREAS',
        params: { found: count * perService, max: MAX_AREAS_PER_ORGANISATION },
      },
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
      {
        code: 'TOO_MANY_CORNERS',
        params: { found: count * corners, max: MAX_CORNERS_PER_ORGANISATION },
      },
    );
  }, 120_000);

  const CREATE_OFFERING = `mutation ($i: CreateOfferingInput!) { createOffering(input: $i) { id } }`;

  async function offeringsOf(organisationId: string): Promise<number> {
    const [row] = (await t.db.query(
      `SELECT count(*)::int AS n FROM offering WHERE organisation_id = $1`,
      [organisationId],
    )) as { n: number }[];
    return row!.n;
  }

  /**
   * An organisation with 99 offerings (imported), and the plan of a package with one more: 100,
   * within the budget when it is checked.
   */
  async function oneBelowTheBudget(
    name: string,
    kvk: string,
    first: number,
  ): Promise<{ org: { id: string; name: string; kvk: string }; plan: ImportPlan }> {
    const org = { id: await newOrganisation(t.db, { name, kvkNumber: kvk }), name, kvk };
    const services = Array.from({ length: MAX_OFFERINGS_PER_ORGANISATION - 1 }, () => ({}));
    expect((await upload(organisation(org, services, first))).body).toMatchObject({
      written: true,
      refused: [],
    });
    const plan = await planImport(
      t.db,
      OPERATOR_ACTOR,
      readJsonPackage(organisation(org, [...services, {}], first)),
    );
    expect(plan.problems).toEqual([]);
    return { org, plan };
  }

  const over = (org: { id: string; name: string }) => ({
    record: `organization ${org.id}`,
    name: org.name,
    field: 'services',
    message:
      `“${org.name}” zou na de import 101 aanbiedingen hebben, hoogstens 100 per organisatie ` +
      `(“${org.name}” would have 101 services after the import, at most 100 per organisation)`,
    code: 'INVALID',
  });

  it('counts again when it writes: a portal offering added after the check refuses the package', async () => {
    const { org, plan } = await oneBelowTheBudget('Stichting Krap Aan', '36363636', 600);
    // Between the check and the write, the partner adds the 100th offering in the portal.
    const created = await post(
      t,
      CREATE_OFFERING,
      {
        i: { organisationId: org.id, title: 'Nieuw aanbod', interventionCodes: ['EXTRA_LEERTIJD'] },
      },
      BEARER,
    );
    expect(created.errors).toBeUndefined();
    const before = await footprint(t.db);
    const written = await applyImport(t.db, OPERATOR_ACTOR, plan);
    expect(written).toEqual({ organisations: [], services: [], refused: [over(org)] });
    expect(await footprint(t.db)).toBe(before);
    expect(await offeringsOf(org.id)).toBe(MAX_OFFERINGS_PER_ORGANISATION);
  }, 120_000);

  // Two writers at once need two connections: PGlite is one.
  describeOnPostgres(
    {
      suite: 'import-budgets (concurrent portal write)',
      title: 'with a portal write of the organisation in progress',
      skipped: 'with a portal write of the organisation in progress',
    },
    () => {
      it('waits for the portal write’s lock on the organisation and then refuses, writing nothing', async () => {
        const { org, plan } = await oneBelowTheBudget('Stichting Op Het Randje', '37373737', 800);
        // The portal's createOffering, caught in its transaction: the organisation locked (as it
        // does before it counts), its 100th offering inserted, not yet committed.
        const portal = t.db.createQueryRunner();
        await portal.connect();
        try {
          await portal.startTransaction();
          await lockOrganisation(portal.manager, org.id);
          await insertOffering(portal.manager, testOfferingRow(org.id, 9000));
          const [{ pid }] = (await portal.query(`SELECT pg_backend_pid() AS pid`)) as {
            pid: number;
          }[];
          let settled = false;
          const applying = applyImport(t.db, OPERATOR_ACTOR, plan).finally(() => {
            settled = true;
          });
          // Until the import waits for the portal's transaction (or is done without waiting).
          while (!settled && !(await blockedBy(pid))) await new Promise(setImmediate);
          await portal.commitTransaction();
          const written = await applying;
          expect(written).toEqual({ organisations: [], services: [], refused: [over(org)] });
          expect(await offeringsOf(org.id)).toBe(MAX_OFFERINGS_PER_ORGANISATION);
        } finally {
          if (portal.isTransactionActive) await portal.rollbackTransaction();
          await portal.release();
        }
      }, 120_000);

      /** Whether a connection of this database waits for a lock the backend `pid` holds. */
      async function blockedBy(pid: number): Promise<boolean> {
        const rows = (await t.db.query(
          `SELECT 1 FROM pg_stat_activity
            WHERE datname = current_database() AND $1 = ANY (pg_blocking_pids(pid))`,
          [pid],
        )) as unknown[];
        return rows.length > 0;
      }
    },
  );
});
