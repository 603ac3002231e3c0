// The reference for the cross-check: the matrix of one municipality counted from the full
// engine.match answer per school (every need, no limit), as the service computed it before
// MatchEngine.coverageCounts existed.
import {
  appliesToSchoolType,
  INTERVENTION_CODES,
  isSchoolType,
  type MatchEngine,
  type SchoolType,
} from '@partnerwijzer/domain';
// By path: the slow oracle is kept out of the domain's public index (production code must not
// reach for it); this bench and the engine's spec are its only users.
import {
  coverageCellsByMatch,
  type CoverageCellCounts,
} from '../../libs/domain/src/matching/coverage-counts-reference.js';

export interface ReferenceSchool {
  vestigingscode: string;
  schoolType: string;
  municipalityCode: string;
  provinceCode: string;
  location: { lat: number; lng: number };
}

export function referenceRow(engine: MatchEngine, s: ReferenceSchool): CoverageCellCounts[] {
  return coverageCellsByMatch(engine, {
    point: s.location,
    municipalityCode: s.municipalityCode,
    provinceCode: s.provinceCode,
    schoolType: isSchoolType(s.schoolType) ? (s.schoolType as SchoolType) : undefined,
  });
}

const ALL_NEEDS = INTERVENTION_CODES.map((code) => ({ code }));

/**
 * The national summary as the service computed it before coverageCounts: per school the
 * offerings reaching it through a local area (coveringAreas), then their match results.
 * Returns per municipality the schools with a local offering per intervention type.
 */
export function referenceSummary(
  engine: MatchEngine,
  schools: readonly ReferenceSchool[],
): Map<string, { schools: number; local: number[] }> {
  const out = new Map<string, { schools: number; local: number[] }>();
  for (const s of schools) {
    let acc = out.get(s.municipalityCode);
    if (!acc) out.set(s.municipalityCode, (acc = { schools: 0, local: INTERVENTION_CODES.map(() => 0) }));
    acc.schools++;
    const place = { point: s.location, municipalityCode: s.municipalityCode, provinceCode: s.provinceCode };
    const ids = [...engine.coveringAreas(place).keys()];
    if (ids.length === 0) continue;
    const met = new Set<string>();
    const query = {
      ...place,
      schoolType: isSchoolType(s.schoolType) ? (s.schoolType as SchoolType) : undefined,
      needs: ALL_NEEDS,
    };
    for (const r of engine.resultsFor(ids, query).values()) for (const code of r.needsMet) met.add(code);
    // Types that do not apply to the school's sector are never counted (n.v.t.).
    const type = isSchoolType(s.schoolType) ? (s.schoolType as SchoolType) : null;
    INTERVENTION_CODES.forEach((code, i) => {
      if (met.has(code) && appliesToSchoolType(code, type)) acc.local[i]++;
    });
  }
  return out;
}
