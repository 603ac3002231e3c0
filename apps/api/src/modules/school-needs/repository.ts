import { INTERVENTION_CODES } from '@partnerwijzer/domain';
import type { Queryable } from '../../database/queryable.js';
import type { NeedItem } from './needs-profile.rules.js';

// The school-needs module's data surface (docs/decisions/0013-repositories.md): plain functions
// over a DataSource or a transaction, free of Nest, for the service, other modules, the seed and
// the benches. No access checks here: callers decide what their users may see.

/** A school's needs profile for one school year, as stored (notes included). */
export interface SchoolNeedsProfile {
  vestigingscode: string;
  schoolYear: string;
  visibleToPartners: boolean;
  /** In taxonomy order. */
  items: NeedItem[];
  updatedAt: Date;
}

interface ProfileRow {
  vestigingscode: string;
  school_year: string;
  visible_to_partners: boolean;
  updated_at: Date;
  intervention_code: string | null;
  priority: string | null;
  groups: number[] | null;
  note: string | null;
}

const SELECT = `
  SELECT p.vestigingscode, p.school_year, p.visible_to_partners, p.updated_at,
         i.intervention_code, i.priority, i.groups, i.note
    FROM school_needs_profile p
    LEFT JOIN school_needs_item i
      ON i.vestigingscode = p.vestigingscode AND i.school_year = p.school_year`;

/**
 * The stored profiles of these schools (every school when null) for one school year, by
 * vestigingscode; schools without a profile are absent. `visibleOnly` keeps only the profiles
 * whose school opted in to showing them to partners.
 */
export async function needsProfilesFor(
  db: Queryable,
  schoolCodes: readonly string[] | null,
  schoolYear: string,
  options: { visibleOnly?: boolean } = {},
): Promise<Map<string, SchoolNeedsProfile>> {
  const where = ['p.school_year = $1'];
  const params: unknown[] = [schoolYear];
  if (schoolCodes !== null) {
    params.push([...schoolCodes]);
    where.push(`p.vestigingscode = ANY($${params.length}::text[])`);
  }
  if (options.visibleOnly) where.push('p.visible_to_partners');
  const rows = (await db.query(
    `${SELECT} WHERE ${where.join(' AND ')} ORDER BY p.vestigingscode`,
    params,
  )) as ProfileRow[];
  return toProfiles(rows);
}

/** Writes a school's whole profile for one year (items replaced); run inside a transaction. */
export async function replaceNeedsProfile(
  tx: Queryable,
  vestigingscode: string,
  schoolYear: string,
  visibleToPartners: boolean,
  items: readonly NeedItem[],
): Promise<void> {
  await tx.query(
    `INSERT INTO school_needs_profile (vestigingscode, school_year, visible_to_partners)
     VALUES ($1, $2, $3)
     ON CONFLICT (vestigingscode, school_year)
     DO UPDATE SET visible_to_partners = EXCLUDED.visible_to_partners, updated_at = now()`,
    [vestigingscode, schoolYear, visibleToPartners],
  );
  await tx.query(`DELETE FROM school_needs_item WHERE vestigingscode = $1 AND school_year = $2`, [
    vestigingscode,
    schoolYear,
  ]);
  for (const item of items) {
    await tx.query(
      `INSERT INTO school_needs_item (vestigingscode, school_year, intervention_code, priority, groups, note)
       VALUES ($1, $2, $3, $4, $5::smallint[], $6)`,
      [vestigingscode, schoolYear, item.interventionCode, item.priority, item.groups, item.note],
    );
  }
}

function toProfiles(rows: readonly ProfileRow[]): Map<string, SchoolNeedsProfile> {
  const out = new Map<string, SchoolNeedsProfile>();
  for (const r of rows) {
    let p = out.get(r.vestigingscode);
    if (!p) {
      p = {
        vestigingscode: r.vestigingscode,
        schoolYear: r.school_year,
        visibleToPartners: r.visible_to_partners,
        items: [],
        updatedAt: new Date(r.updated_at),
      };
      out.set(r.vestigingscode, p);
    }
    if (r.intervention_code !== null) {
      p.items.push({
        interventionCode: r.intervention_code as NeedItem['interventionCode'],
        priority: r.priority as NeedItem['priority'],
        groups: (r.groups ?? []).map(Number),
        note: r.note,
      });
    }
  }
  for (const p of out.values()) p.items.sort(byTaxonomy);
  return out;
}

/** The stored order of a profile's items. */
export function byTaxonomy(a: NeedItem, b: NeedItem): number {
  return (
    INTERVENTION_CODES.indexOf(a.interventionCode) - INTERVENTION_CODES.indexOf(b.interventionCode)
  );
}
