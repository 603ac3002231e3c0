import { validateAreaGeometry, type AreaGeometry, type BBox } from '@partnerwijzer/domain';
import type { Problem } from './import-types.js';
import { problems } from './problems.js';
import { repairDegenerateRings } from './ring-repair.js';

// Official boundaries are far more detailed than the areas people draw; the coverage limit
// of 5,000 vertices does not apply to them. The cap still keeps a runaway file out.
export const IMPORT_MAX_VERTICES = 250_000;

export type CheckedGeometry =
  | { ok: true; geometry: AreaGeometry; bbox: BBox; repaired: boolean }
  | { ok: false; problem: Problem };

/** Repairs zero-area defects, then validates with the same rules as drawn coverage areas. */
export function checkBoundary(raw: unknown): CheckedGeometry {
  if (raw === null || raw === undefined) return { ok: false, problem: problems.missingGeometry() };
  const { geometry, repaired } = repairDegenerateRings(raw);
  const result = validateAreaGeometry(geometry, { maxVertices: IMPORT_MAX_VERTICES });
  if (result.ok) return { ok: true, geometry: result.geometry, bbox: result.bbox, repaired };
  const detail = result.errors
    .slice(0, 3)
    .map((e) => (e.path ? `${e.path}: ${e.message}` : e.message))
    .join('; ');
  // The validator words a crossing as "snijdt zichzelf"; that gets its own reason.
  const crossing = result.errors.some((e) => /snijdt zichzelf/.test(e.message));
  return {
    ok: false,
    problem: crossing ? problems.selfIntersecting(detail) : problems.invalidGeometry(detail),
  };
}
