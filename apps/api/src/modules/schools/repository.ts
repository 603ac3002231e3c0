import type { EntityManager } from 'typeorm';
import type { SchoolSector } from '@partnerwijzer/domain';
import { insertJsonRows } from '../../database/json-rows.js';
import { countOf, firstRow, type Queryable } from '../../database/queryable.js';
import { rowsForKeys } from '../../database/rows-for-keys.js';
import { SchoolEntity } from './entities/school.entity.js';

// The schools module's data surface for other rooms (docs/decisions/0013-repositories.md):
// plain functions over a DataSource or a transaction, free of Nest, so the seed, the benches
// and other modules' services reach the school table only through here. (The bulk importer is
// the table's second writer, by design; see sql-ownership.spec.ts.)

/** The school columns the municipality view and contact requests read. */
export interface SchoolPlace {
  vestigingscode: string;
  name: string;
  sector: SchoolSector;
  schoolType: string;
  municipalityCode: string;
  provinceCode: string;
  lat: number;
  lng: number;
  active: boolean;
}

const PLACE_COLUMNS = `vestigingscode, name, sector, school_type AS "schoolType",
  municipality_code AS "municipalityCode", province_code AS "provinceCode", lat, lng, active`;

/** A new school row, as the seed and test factories write it. */
export type NewSchool = Omit<SchoolEntity, 'createdAt' | 'updatedAt'>;

export async function insertSchools(tx: EntityManager, schools: NewSchool[]): Promise<void> {
  if (schools.length > 0) await tx.getRepository(SchoolEntity).insert(schools);
}

export async function hasAnySchool(db: Queryable): Promise<boolean> {
  const [row] = (await db.query(`SELECT EXISTS (SELECT 1 FROM school) AS found`)) as {
    found: boolean;
  }[];
  return row?.found === true;
}

/** One school, active or not; undefined when the code is unknown. */
export function schoolPlace(
  db: Queryable,
  vestigingscode: string,
): Promise<SchoolPlace | undefined> {
  return firstRow(db, `SELECT ${PLACE_COLUMNS} FROM school WHERE vestigingscode = $1`, [
    vestigingscode,
  ]);
}

/** The places of these schools (those that exist), by name then code. */
export async function schoolPlaces(
  db: Queryable,
  codes: readonly string[],
): Promise<SchoolPlace[]> {
  return rowsForKeys<SchoolPlace>(
    db,
    `SELECT ${PLACE_COLUMNS} FROM school WHERE vestigingscode = ANY($1::text[])
      ORDER BY name, vestigingscode`,
    [...new Set(codes)],
  );
}

/** The active schools of a municipality (optionally of one sector), by name then code. */
export async function activeSchoolsIn(
  db: Queryable,
  municipalityCode: string,
  sector: SchoolSector | null = null,
): Promise<SchoolPlace[]> {
  return (await db.query(
    `SELECT ${PLACE_COLUMNS} FROM school
      WHERE active AND municipality_code = $1 ${sector ? 'AND sector = $2' : ''}
      ORDER BY name, vestigingscode`,
    sector ? [municipalityCode, sector] : [municipalityCode],
  )) as SchoolPlace[];
}

/** The schools of a municipality, active or not, by name then code. */
export async function schoolsIn(db: Queryable, municipalityCode: string): Promise<SchoolPlace[]> {
  return (await db.query(
    `SELECT ${PLACE_COLUMNS} FROM school WHERE municipality_code = $1 ORDER BY name, vestigingscode`,
    [municipalityCode],
  )) as SchoolPlace[];
}

/** Name per vestigingscode, for the codes that exist. */
export async function schoolNames(
  db: Queryable,
  codes: readonly string[],
): Promise<Map<string, string>> {
  const rows = await rowsForKeys<{ vestigingscode: string; name: string }>(
    db,
    `SELECT vestigingscode, name FROM school WHERE vestigingscode = ANY($1::text[])`,
    [...new Set(codes)],
  );
  return new Map(rows.map((r) => [r.vestigingscode, r.name]));
}

/** The first `limit` vestigingscodes in code order, optionally only active ones of a sector
 * and municipality (benchmark samples). */
export async function firstSchoolCodes(
  db: Queryable,
  limit: number,
  where: { active?: boolean; sector?: SchoolSector; municipalityCode?: string } = {},
): Promise<string[]> {
  const conditions: string[] = [];
  const params: unknown[] = [limit];
  if (where.active) conditions.push('active');
  if (where.sector) conditions.push(`sector = $${params.push(where.sector)}`);
  if (where.municipalityCode) {
    conditions.push(`municipality_code = $${params.push(where.municipalityCode)}`);
  }
  const rows = (await db.query(
    `SELECT vestigingscode FROM school
      ${conditions.length > 0 ? `WHERE ${conditions.join(' AND ')}` : ''}
      ORDER BY vestigingscode LIMIT $1`,
    params,
  )) as { vestigingscode: string }[];
  return rows.map((r) => r.vestigingscode);
}

export async function countActiveSchools(db: Queryable): Promise<number> {
  return countOf(db, `SELECT count(*)::int AS n FROM school WHERE active`);
}

/** Takes the demo schools out of use (a benchmark that runs on the real schools only). */
export async function deactivateDemoSchools(db: Queryable): Promise<void> {
  await db.query(`UPDATE school SET active = false WHERE is_demo`);
}

/** A school as the benchmarks generate them (active, not demo). */
export interface BulkSchool {
  vestigingscode: string;
  instellingscode: string;
  name: string;
  sector: string;
  schoolType: string;
  address: string;
  postcode: string;
  city: string;
  municipalityCode: string;
  provinceCode: string;
  point: { lat: number; lng: number };
  pupils: number | null;
}

/** Writes many schools at once, in JSON batches. */
export async function bulkInsertSchools(db: Queryable, schools: readonly BulkSchool[]) {
  await insertJsonRows(
    db,
    'school',
    {
      vestigingscode: 'text',
      instellingscode: 'text',
      name: 'text',
      sector: 'text',
      school_type: 'text',
      address: 'text',
      postcode: 'text',
      city: 'text',
      municipality_code: 'text',
      province_code: 'text',
      lat: 'float8',
      lng: 'float8',
      pupils: 'int',
    },
    schools.map((s) => ({
      vestigingscode: s.vestigingscode,
      instellingscode: s.instellingscode,
      name: s.name,
      sector: s.sector,
      school_type: s.schoolType,
      address: s.address,
      postcode: s.postcode,
      city: s.city,
      municipality_code: s.municipalityCode,
      province_code: s.provinceCode,
      lat: s.point.lat,
      lng: s.point.lng,
      pupils: s.pupils,
    })),
  );
}
