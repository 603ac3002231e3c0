import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

// Tests that pick "a" demo row must pick it by what they need, never by its id: the demo seed
// (database/seeds/demo-seed.ts) leaves organisations, offerings and coverage areas their random
// UUID column defaults, and the test template is seeded once per run, so "the first by id" is a
// different row each run (once a pending partner's offering, which the HSDS feed hides: 404).
// Flagged in test/ and in the specs under apps/: SQL on those tables that takes rows by
// `ORDER BY id` with a LIMIT, or takes a LIMIT without any ORDER BY (the heap's order).
// Order by a named column (title, name) and filter on the property the test relies on.

const ROOT = join(fileURLToPath(new URL('.', import.meta.url)), '../../../..');
const SCANNED = ['test', 'apps'];
const RANDOM_ID_TABLES = ['organisation', 'offering', 'coverage_area'];
const SPEC = /\.(?:spec|e2e-spec|service-spec)\.tsx?$/;

const onRandomIdTable = new RegExp(
  `\\b(?:FROM|JOIN)\\s+"?(?:${RANDOM_ID_TABLES.join('|')})"?(?![\\w.(])`,
  'i',
);
const limitById = /\bORDER\s+BY\s+(?:\w+\.)?"?id"?(?:\s+(?:ASC|DESC))?\s+LIMIT\b/i;
const limit = /\bLIMIT\s+(?:\d+|\$\d+)/i;
const orderBy = /\bORDER\s+BY\b/i;

function scannedFiles(dir: string): string[] {
  return readdirSync(join(ROOT, dir), { withFileTypes: true }).flatMap((d) => {
    const path = `${dir}/${d.name}`;
    if (d.isDirectory()) {
      return d.name === 'node_modules' || d.name === 'dist' || d.name === 'generated'
        ? []
        : scannedFiles(path);
    }
    // Everything under test/ (suites and their support); under apps/ only the specs.
    const isTest = dir === 'test' || dir.startsWith('test/') ? /\.tsx?$/ : SPEC;
    return isTest.test(d.name) ? [path] : [];
  });
}

/** Every `file:line: query` that picks a demo row of a random-id table by its order alone. */
export function randomPicks(files: Map<string, string>): string[] {
  const found: string[] = [];
  for (const [file, text] of files) {
    for (const m of text.matchAll(/`([^`]*)`/g)) {
      const sql = m[1]!;
      if (!onRandomIdTable.test(sql)) continue;
      if (limitById.test(sql) || (limit.test(sql) && !orderBy.test(sql))) {
        const line = text.slice(0, m.index).split('\n').length;
        found.push(`${file}:${line}: ${sql.replace(/\s+/g, ' ').trim()}`);
      }
    }
  }
  return found;
}

function readAll(): Map<string, string> {
  const files = new Map<string, string>();
  for (const dir of SCANNED) {
    for (const file of scannedFiles(dir)) files.set(file, readFileSync(join(ROOT, file), 'utf8'));
  }
  return files;
}

describe('demo row picks in tests', () => {
  it('scans the suites, their support and the specs', () => {
    const files = [...readAll().keys()];
    expect(files).toEqual(
      expect.arrayContaining([
        'test/portal/coverage-area-label.e2e-spec.ts',
        'test/support/two-partners.ts',
        'test/service/offerings.service-spec.ts',
        'apps/api/src/database/sql-ownership.spec.ts',
      ]),
    );
    expect(files.filter((f) => f.startsWith('apps/') && !SPEC.test(f))).toEqual([]);
  });

  it('finds no test that picks an organisation, offering or coverage area by its random id', () => {
    expect(randomPicks(readAll())).toEqual([]);
  });

  it('flags a pick by id or by no order at all, and lets a pick by a named column pass', () => {
    const files = new Map([
      ['a.ts', 'q(`SELECT f.id FROM offering f WHERE f.status = $1 ORDER BY f.id LIMIT 1`)'],
      ['b.ts', 'q(`SELECT id FROM organisation\n  ORDER BY id DESC LIMIT 1`)'],
      ['c.ts', "q(`SELECT o.id FROM x JOIN organisation o ON true WHERE o.status = 'V' LIMIT 1`)"],
      ['d.ts', 'q(`SELECT id FROM offering ORDER BY title LIMIT 1`)'],
      ['e.ts', 'q(`SELECT id FROM offering ORDER BY id`)'],
      ['f.ts', 'q(`SELECT vestigingscode FROM school LIMIT 1`)'],
      ['g.ts', 'q(`SELECT body FROM mail_outbox WHERE recipient = $1 ORDER BY id DESC LIMIT 1`)'],
      ['h.ts', 'q(`SELECT * FROM offering_view ORDER BY id LIMIT 1`)'],
    ]);
    expect(randomPicks(files).map((v) => v.split(':')[0])).toEqual(['a.ts', 'b.ts', 'c.ts']);
  });
});
