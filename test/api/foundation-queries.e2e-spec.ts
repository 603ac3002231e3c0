import { suiteTestApp } from '../support/test-app.js';

// The foundation API over HTTP, on a real database with the demo data loaded.
describe('GraphQL foundation queries (demo data)', () => {
  const t = suiteTestApp();

  it('reports the database as up on /health', async () => {
    const { default: request } = await import('supertest');
    const res = await request(t.app.getHttpServer()).get('/health');
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ status: 'ok', database: { status: 'up' } });
  });

  it('lists demo schools with their municipality, page by page', async () => {
    const first = await t.gql<{ schools: SchoolPage }>(SCHOOLS, { first: 5 });
    expect(first.errors).toBeUndefined();
    const page1 = first.data!.schools;
    expect(page1.nodes).toHaveLength(5);
    expect(page1.totalCount).toBeGreaterThanOrEqual(20);
    expect(page1.pageInfo.hasNextPage).toBe(true);
    for (const s of page1.nodes) {
      expect(s.isDemo).toBe(true);
      expect(s.name).toMatch(/^Voorbeeld(school|college)/);
      expect(s.municipality.code).toBe(s.municipalityCode);
    }

    const second = await t.gql<{ schools: SchoolPage }>(SCHOOLS, {
      first: 5,
      after: page1.pageInfo.endCursor,
    });
    const page2 = second.data!.schools;
    expect(page2.nodes).toHaveLength(5);
    expect(page2.nodes[0]!.vestigingscode > page1.nodes[4]!.vestigingscode).toBe(true);

    // Walking every page visits every school exactly once.
    const seen = new Set<string>();
    let after: string | null = null;
    do {
      const res: { data?: { schools: SchoolPage } } = await t.gql<{ schools: SchoolPage }>(
        SCHOOLS,
        { first: 7, after },
      );
      res.data!.schools.nodes.forEach((s) => seen.add(s.vestigingscode));
      after = res.data!.schools.pageInfo.hasNextPage ? res.data!.schools.pageInfo.endCursor : null;
    } while (after);
    expect(seen.size).toBe(page1.totalCount);
  });

  it('filters schools by municipality, sector and name or postcode', async () => {
    const schiedam = await t.gql<{ schools: SchoolPage }>(SCHOOLS, {
      first: 50,
      municipalityCode: 'GM0606',
    });
    expect(schiedam.data!.schools.nodes.length).toBeGreaterThanOrEqual(2);
    expect(schiedam.data!.schools.nodes.every((s) => s.municipalityCode === 'GM0606')).toBe(true);

    const vo = await t.gql<{ schools: SchoolPage }>(SCHOOLS, { first: 50, sector: 'VO' });
    expect(vo.data!.schools.nodes.length).toBeGreaterThan(0);
    expect(vo.data!.schools.nodes.every((s) => s.sector === 'VO')).toBe(true);

    const any = schiedam.data!.schools.nodes[0]!;
    const byPostcode = await t.gql<{ schools: SchoolPage }>(SCHOOLS, {
      first: 50,
      search: any.postcode.slice(0, 4),
    });
    expect(byPostcode.data!.schools.nodes.map((s) => s.vestigingscode)).toContain(
      any.vestigingscode,
    );
    expect(
      byPostcode.data!.schools.nodes.every((s) => s.postcode.startsWith(any.postcode.slice(0, 4))),
    ).toBe(true);

    const word = any.name.split(' ').slice(1).join(' ').toLowerCase();
    const byName = await t.gql<{ schools: SchoolPage }>(SCHOOLS, { first: 50, search: word });
    expect(byName.data!.schools.nodes.map((s) => s.vestigingscode)).toContain(any.vestigingscode);
  });

  it('gets one school by vestigingscode', async () => {
    const list = await t.gql<{ schools: SchoolPage }>(SCHOOLS, { first: 1 });
    const code = list.data!.schools.nodes[0]!.vestigingscode;
    const res = await t.gql<{ school: { vestigingscode: string; location: { lat: number } } }>(
      `query ($c: String!) { school(vestigingscode: $c) { vestigingscode location { lat lng } } }`,
      { c: code.toLowerCase() },
    );
    expect(res.errors).toBeUndefined();
    expect(res.data!.school.vestigingscode).toBe(code);
  });

  it('lists provinces and municipalities with their province', async () => {
    const res = await t.gql<{
      provinces: { code: string; name: string }[];
      municipalities: {
        totalCount: number;
        nodes: { code: string; name: string; province: { code: string } }[];
      };
      municipality: { name: string; provinceCode: string };
    }>(`{
      provinces { code name }
      municipalities(first: 100) { totalCount nodes { code name province { code } } }
      municipality(code: "GM0606") { name provinceCode }
    }`);
    expect(res.errors).toBeUndefined();
    expect(res.data!.provinces).toHaveLength(12);
    expect(res.data!.provinces.find((p) => p.code === 'PV21')?.name).toBe('Fryslân');
    expect(res.data!.municipality).toEqual({ name: 'Schiedam', provinceCode: 'PV28' });
    const codes = res.data!.municipalities.nodes.map((m) => m.code);
    for (const code of ['GM0556', 'GM0606', 'GM0622', 'GM0402', 'GM0344', 'GM0363'])
      expect(codes).toContain(code);
    const sorted = [...codes].sort();
    expect(codes).toEqual(sorted);

    const zh = await t.gql<{
      municipalities: { nodes: { code: string; province: { code: string } }[] };
    }>(`{ municipalities(first: 100, provinceCode: "PV28") { nodes { code province { code } } } }`);
    expect(zh.data!.municipalities.nodes.length).toBeGreaterThanOrEqual(3);
    expect(zh.data!.municipalities.nodes.every((m) => m.province.code === 'PV28')).toBe(true);
  });

  it('returns the taxonomy', async () => {
    const res = await t.gql<{
      interventionTypes: { code: string; labelNl: string; evidenceNoteNl: string }[];
    }>(`{ interventionTypes { code labelNl labelEn evidenceNoteNl } }`);
    // Written out, not the domain's INTERVENTION_CODES: a code dropped from (or moved in) the
    // one list the API serves must fail here, so the change is made on purpose.
    expect(res.data!.interventionTypes.map((i) => i.code)).toEqual([
      'EXTRA_LEERTIJD',
      'ZORG_IN_SCHOOL',
      'BELEVINGSWERELD',
      'OUDERBETROKKENHEID',
      'TAAL_LEZEN',
      'VVE_KANSRIJKE_START',
      'OVERGANGEN',
      'MENTORING',
      'SOCIAAL_EMOTIONEEL',
      'PROFESSIONALISERING',
      'ARMOEDE_BASIS',
    ]);
    expect(res.data!.interventionTypes[0]!.labelNl).toMatch(/leertijd/i);
  });

  it('returns organisations with offerings and coverage without N+1 queries', async () => {
    const logger = t.db.logger as unknown as { logQuery: (...args: unknown[]) => void };
    const original = logger.logQuery.bind(logger);
    let queries = 0;
    logger.logQuery = (...args: unknown[]) => {
      queries += 1;
      original(...args);
    };
    try {
      // 25 organisations with their offerings and areas (no polygons): within the cost limit,
      // which counts up to 100 offerings and 2,000 areas per organisation.
      const res = await t.gql<{ organisations: { totalCount: number; nodes: Org[] } }>(
        ORGANISATIONS,
        { first: 25 },
      );
      expect(res.errors).toBeUndefined();
      const orgs = res.data!.organisations.nodes;
      expect(orgs.length).toBeGreaterThanOrEqual(15);
      const offerings = orgs.flatMap((o) => o.offerings);
      expect(offerings.length).toBeGreaterThanOrEqual(30);
      expect(offerings.every((o) => o.coverage.length > 0)).toBe(true);
      expect(offerings.every((o) => o.organisation.id !== undefined)).toBe(true);
      const kinds = new Set(offerings.flatMap((o) => o.coverage.map((c) => c.kind)));
      expect([...kinds].sort()).toEqual([
        'MUNICIPALITY',
        'NATIONAL',
        'POLYGON',
        'PROVINCE',
        'RADIUS',
      ]);
      // count + page + offerings + coverage + organisations: a handful, however many rows.
      expect(queries).toBeLessThanOrEqual(8);
    } finally {
      logger.logQuery = original;
    }
  });

  it('filters organisations by intervention type and name', async () => {
    const res = await t.gql<{ organisations: { nodes: Org[] } }>(
      `query { organisations(first: 100, interventionType: OUDERBETROKKENHEID) { nodes { id name offerings { interventionCodes status } } } }`,
    );
    const nodes = res.data!.organisations.nodes;
    expect(nodes.length).toBeGreaterThan(0);
    for (const o of nodes) {
      expect(o.offerings.some((f) => f.interventionCodes.includes('OUDERBETROKKENHEID'))).toBe(
        true,
      );
    }
    const jinc = await t.gql<{ organisations: { nodes: { name: string }[] } }>(
      `{ organisations(search: "jinc") { nodes { name } } }`,
    );
    expect(jinc.data!.organisations.nodes.map((o) => o.name)).toContain('JINC');
  });

  it('gets one organisation and one offering by id', async () => {
    const list = await t.gql<{ organisations: { nodes: Org[] } }>(ORGANISATIONS, { first: 1 });
    const org = list.data!.organisations.nodes[0]!;
    const res = await t.gql<{
      organisation: { id: string; name: string };
      offering: { title: string };
    }>(
      `query ($id: ID!, $oid: ID!) { organisation(id: $id) { id name } offering(id: $oid) { title } }`,
      { id: org.id, oid: org.offerings[0]!.id },
    );
    expect(res.errors).toBeUndefined();
    expect(res.data!.organisation).toEqual({ id: org.id, name: org.name });
  });

  it('serves app info with the data credits', async () => {
    const res = await t.gql<{ appInfo: { demoData: boolean; sources: { name: string }[] } }>(
      `{ appInfo { demoData version map { tileUrl attribution } sources { name licence } } }`,
    );
    expect(res.data!.appInfo.demoData).toBe(true);
    expect(res.data!.appInfo.sources.map((s) => s.name).join(' ')).toMatch(/DUO/);
  });
});

interface SchoolNode {
  vestigingscode: string;
  name: string;
  sector: string;
  postcode: string;
  municipalityCode: string;
  isDemo: boolean;
  municipality: { code: string; name: string };
}

interface SchoolPage {
  totalCount: number;
  nodes: SchoolNode[];
  pageInfo: { endCursor: string | null; hasNextPage: boolean };
}

interface Org {
  id: string;
  name: string;
  offerings: {
    id: string;
    interventionCodes: string[];
    status: string;
    organisation: { id: string };
    coverage: { kind: string }[];
  }[];
}

const SCHOOLS = `
  query Schools($first: Int, $after: String, $municipalityCode: String, $sector: SchoolSector, $search: String) {
    schools(first: $first, after: $after, municipalityCode: $municipalityCode, sector: $sector, search: $search) {
      totalCount
      pageInfo { endCursor hasNextPage }
      nodes { vestigingscode name sector postcode municipalityCode isDemo municipality { code name } }
    }
  }`;

const ORGANISATIONS = `
  query Orgs($first: Int) {
    organisations(first: $first) {
      totalCount
      nodes {
        id name type status
        offerings {
          id title interventionCodes status
          interventionTypes { code labelNl }
          organisation { id name }
          coverage { id kind }
        }
      }
    }
  }`;
