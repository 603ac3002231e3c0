import { readdirSync, readFileSync } from 'node:fs';
import { join, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

// One owner per table (docs/decisions/0007-api-boundaries.md): SQL that names a table
// (FROM/JOIN/INTO/UPDATE/DELETE FROM/TRUNCATE) and TypeORM access through its entity class
// appear only in the owner's folder or files. Scanned: the API (cli, seeds, modules, …),
// bench/ and libs/search; migrations, specs and test/ are exempt (tests set up and inspect rows).

const ROOT = join(fileURLToPath(new URL('.', import.meta.url)), '../../../..');
const SCANNED = ['apps/api/src', 'bench', 'libs/search/src'];
const MIGRATIONS = 'apps/api/src/database/migrations';

/** Tables without an entity class that one folder alone may run SQL on. */
function ownedBy(owner: string, tables: string[]): Record<string, { owners: string[] }> {
  return Object.fromEntries(tables.map((table) => [table, { owners: [owner] }]));
}

/** Table → the folders or files that may run SQL on it; the entity class, if it has one. */
const OWNERS: Record<string, { owners: string[]; entity?: string }> = {
  organisation: { owners: ['apps/api/src/modules/organisations/'], entity: 'OrganisationEntity' },
  offering: { owners: ['apps/api/src/modules/organisations/'], entity: 'OfferingEntity' },
  coverage_area: { owners: ['apps/api/src/modules/organisations/'], entity: 'CoverageAreaEntity' },
  // The bulk importer is the schools' and regions' second writer, by design (batched upserts).
  school: {
    owners: ['apps/api/src/modules/schools/', 'apps/api/src/modules/imports/'],
    entity: 'SchoolEntity',
  },
  municipality: {
    owners: ['apps/api/src/modules/regions/', 'apps/api/src/modules/imports/'],
    entity: 'MunicipalityEntity',
  },
  province: {
    owners: ['apps/api/src/modules/regions/', 'apps/api/src/modules/imports/'],
    entity: 'ProvinceEntity',
  },
  intervention_type: {
    owners: ['apps/api/src/modules/taxonomy/'],
    entity: 'InterventionTypeEntity',
  },
  // The indicator importers (imports/) write through the repository exported here.
  school_indicator: { owners: ['apps/api/src/modules/indicators/'] },
  ...ownedBy('apps/api/src/modules/accounts/', [
    'user_account',
    'session',
    'password_reset_token',
    'pending_registration',
    'login_backoff',
  ]),
  contact_request: {
    owners: ['apps/api/src/modules/contact-requests/'],
    entity: 'ContactRequestEntity',
  },
  ...ownedBy('apps/api/src/modules/contact-requests/', [
    'contact_request_link',
    'contact_request_reference_year',
  ]),
  ...ownedBy('apps/api/src/modules/collaborations/', [
    'collaboration',
    'collaboration_school',
    'collaboration_partner',
    'collaboration_intervention',
    'collaboration_funding',
    'collaboration_status_change',
    'collaboration_monitoring',
    'lea_agreement',
    'lea_agreement_theme',
  ]),
  ...ownedBy('apps/api/src/modules/saved-searches/', [
    'saved_search',
    'saved_search_hit',
    'saved_search_link',
    'alert_cursor',
  ]),
  ...ownedBy('apps/api/src/modules/school-needs/', ['school_needs_profile', 'school_needs_item']),
  municipality_scenario: { owners: ['apps/api/src/modules/municipality-view/'] },
  change_event: { owners: ['apps/api/src/modules/change-feed/'] },
  mail_outbox: { owners: ['apps/api/src/modules/mail/'] },
  audit_log: { owners: ['apps/api/src/common/audit/'] },
  rate_limit_state: { owners: ['apps/api/src/common/rate-limit/'] },
  ...ownedBy('libs/search/src/embedded/', ['search_document', 'search_word']),
  table_version: { owners: ['apps/api/src/database/table-version.ts'] },
  app_meta: {
    owners: ['apps/api/src/modules/search/search-sync.state.ts', 'apps/api/src/database/seeds/'],
  },
};

/**
 * Known cross-module SQL still to be moved behind the owner's service (issue 19). The list
 * only shrinks: an entry that no longer matches anything fails the test too.
 */
const NOT_YET_MOVED: readonly string[] = [];

/** Files where the entity classes are only registered, not queried. */
const ENTITY_REGISTRY = ['apps/api/src/database/entities.ts'];

function sourceFiles(dir: string): string[] {
  return readdirSync(join(ROOT, dir), { withFileTypes: true }).flatMap((d) => {
    const path = `${dir}/${d.name}`;
    if (d.isDirectory()) {
      return d.name === 'node_modules' || d.name === 'dist' || path === MIGRATIONS
        ? []
        : sourceFiles(path);
    }
    return d.name.endsWith('.ts') && !d.name.endsWith('.spec.ts') ? [path] : [];
  });
}

function sqlNames(table: string): RegExp {
  return new RegExp(
    `\\b(?:FROM|JOIN|INTO|UPDATE|TRUNCATE(?: TABLE)?)\\s+"?${table}"?(?![\\w.(])` +
      // The bulk writer of database/json-rows.ts takes the table by name.
      `|\\binsertJsonRows\\(\\s*\\w+,\\s*'${table}'`,
  );
}

/** Every `file: table` where a table is reached outside its owners. */
function violations(files: Map<string, string>, owners = OWNERS): string[] {
  const found: string[] = [];
  for (const [file, text] of files) {
    for (const [table, { owners: allowed, entity }] of Object.entries(owners)) {
      if (allowed.some((o) => (o.endsWith('/') ? file.startsWith(o) : file === o))) continue;
      const bySql = sqlNames(table).test(text);
      const byEntity =
        entity !== undefined &&
        !ENTITY_REGISTRY.includes(file) &&
        new RegExp(`\\b${entity}\\b`).test(text);
      if (bySql || byEntity) found.push(`${file}: ${table}`);
    }
  }
  return found.sort();
}

function readAll(): Map<string, string> {
  const files = new Map<string, string>();
  for (const dir of SCANNED) {
    for (const file of sourceFiles(dir)) {
      files.set(file.split(sep).join('/'), readFileSync(join(ROOT, file), 'utf8'));
    }
  }
  return files;
}

describe('SQL ownership', () => {
  const files = readAll();

  it('scans the sources it claims to', () => {
    expect(files.size).toBeGreaterThan(100);
    expect(files.has('apps/api/src/modules/organisations/offerings.service.ts')).toBe(true);
    expect([...files.keys()].some((f) => f.startsWith(MIGRATIONS))).toBe(false);
  });

  it('knows an owner for every table the migrations create', () => {
    const created = new Set<string>();
    for (const name of readdirSync(join(ROOT, MIGRATIONS))) {
      const text = readFileSync(join(ROOT, MIGRATIONS, name), 'utf8');
      for (const m of text.matchAll(/CREATE TABLE (?:IF NOT EXISTS )?"?(\w+)"?/g)) {
        created.add(m[1]!);
      }
    }
    expect([...created].filter((t) => !(t in OWNERS))).toEqual([]);
  });

  it('finds SQL for a table only in its owner (apart from the listed, shrinking rest)', () => {
    expect(violations(files)).toEqual([...NOT_YET_MOVED].sort());
  });

  it('catches a query on another module’s table, by SQL and by entity', () => {
    const planted = new Map([
      ['apps/api/src/modules/matching/x.ts', 'db.query(`SELECT name FROM school WHERE x`)'],
      ['apps/api/src/modules/search/y.ts', 'tx.query(`UPDATE "offering" SET title = $1`)'],
      ['apps/api/src/modules/search/z.ts', 'db.getRepository(SchoolEntity).find()'],
      ['apps/api/src/modules/schools/ok.ts', 'db.query(`SELECT * FROM school`)'],
      ['apps/api/src/modules/matching/w.ts', 'LEFT JOIN coverage_area c ON c.offering_id = f.id'],
      ['bench/match/u.ts', "await insertJsonRows(ds, 'school', columns, rows)"],
      // A column or a longer name is not the table.
      ['apps/api/src/modules/matching/v.ts', 'SELECT school_codes FROM user_account_view'],
    ]);
    expect(violations(planted)).toEqual([
      'apps/api/src/modules/matching/w.ts: coverage_area',
      'apps/api/src/modules/matching/x.ts: school',
      'apps/api/src/modules/search/y.ts: offering',
      'apps/api/src/modules/search/z.ts: school',
      'bench/match/u.ts: school',
    ]);
  });
});
