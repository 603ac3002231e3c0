import type { DataSource } from 'typeorm';
import type { MatchableOffering } from '@partnerwijzer/domain';
import {
  toMatchableOffering,
  type CoverageAreaRow,
  type OfferingWithOrganisationRow,
} from '../offering-rows.js';

export type OfferingScope =
  { all: true } | { offeringIds: string[] } | { organisationIds: string[] };

/** Offerings read per statement when loading all of them (keeps each under the timeout). */
const PAGE = 10_000;

/**
 * Reads offerings (not archived) with their organisation and coverage, shaped for matching.
 * All of them are read in pages by id: at ten times national scale one statement for
 * everything outran the statement timeout on a busy machine. Callers that need the pages to
 * agree with later changes take a change-feed watermark first (the matching index does).
 */
export async function loadMatchableOfferings(
  db: DataSource,
  scope: OfferingScope,
  pageSize = PAGE,
): Promise<MatchableOffering[]> {
  if (!('all' in scope)) {
    const [where, params] = scopeFilter(scope);
    return loadPage(db, where, params);
  }
  const out: MatchableOffering[] = [];
  let after = '00000000-0000-0000-0000-000000000000';
  for (;;) {
    const page = await loadPage(db, `AND f.id > $1::uuid ORDER BY f.id LIMIT $2`, [
      after,
      pageSize,
    ]);
    out.push(...page);
    if (page.length < pageSize) return out;
    after = page[page.length - 1]!.id;
  }
}

async function loadPage(
  db: DataSource,
  where: string,
  params: unknown[],
): Promise<MatchableOffering[]> {
  const rows = (await db.query(
    `SELECT f.id, f.organisation_id, o.name AS organisation_name, o.status AS organisation_status, o.lat, o.lng,
            f.title, f.status, f.intervention_types, f.sectors, f.target_groups, f.groep_min, f.groep_max,
            f.age_min, f.age_max, f.delivery_modes, f.funding_route_codes, f.languages, f.cost_type, f.cost_amount_eur, f.evidence_register,
            f.evidence_level, f.capacity_per_year, f.last_confirmed_at
       FROM offering f JOIN organisation o ON o.id = f.organisation_id
      WHERE f.status <> 'ARCHIVED' ${where}`,
    params,
  )) as OfferingWithOrganisationRow[];
  if (rows.length === 0) return [];
  const coverage = (await db.query(
    `SELECT id, offering_id, kind, province_code, municipality_code, center_lat, center_lng, radius_km, center_label, geometry
       FROM coverage_area WHERE offering_id = ANY($1::uuid[]) ORDER BY offering_id, position, id`,
    [rows.map((r) => r.id)],
  )) as CoverageAreaRow[];
  const byOffering = new Map<string, CoverageAreaRow[]>();
  for (const c of coverage) {
    const list = byOffering.get(c.offering_id);
    if (list) list.push(c);
    else byOffering.set(c.offering_id, [c]);
  }
  return rows.map((r) => toMatchableOffering(r, byOffering.get(r.id) ?? []));
}

function scopeFilter(scope: OfferingScope): [string, unknown[]] {
  if ('offeringIds' in scope) return ['AND f.id = ANY($1::uuid[])', [scope.offeringIds]];
  if ('organisationIds' in scope)
    return ['AND f.organisation_id = ANY($1::uuid[])', [scope.organisationIds]];
  return ['', []];
}
