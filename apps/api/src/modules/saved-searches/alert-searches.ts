import {
  AlertIndex,
  isSchoolType,
  type AlertSearch,
  type MatchFilters,
  type MatchQuery,
  type TargetGroup,
} from '@partnerwijzer/domain';
import type { SchoolModel } from '../schools/index.js';
import type { SavedSearchRow } from './repository.js';

// A saved search as the finder's query, for AlertIndex and for the baseline taken when it is
// saved. A school search is one query (its school, needs, filters). A municipality
// subscription is one query per active school of the municipality, without needs or filters:
// an offering is new there when it starts to reach and fit one of its schools, as the
// municipality view's matrix counts it. Entries are named `<search id>|<vestigingscode>`.

/** Enough to hold every offering a search can match (the finder's own limit is 100). */
const ALL = 100_000;

/** Who in the school a search is for (groep range, target groups), as the finder asks. */
export interface SearchScope {
  groepMin: number | null;
  groepMax: number | null;
  targetGroups: readonly TargetGroup[];
}

const WHOLE_SCHOOL: SearchScope = { groepMin: null, groepMax: null, targetGroups: [] };

export function schoolMatchQuery(
  school: SchoolModel,
  needs: readonly string[],
  filters: MatchFilters | undefined,
  scope: SearchScope = WHOLE_SCHOOL,
): MatchQuery {
  return {
    ...(scope.groepMin !== null ? { groepMin: scope.groepMin } : {}),
    ...(scope.groepMax !== null ? { groepMax: scope.groepMax } : {}),
    ...(scope.targetGroups.length > 0 ? { targetGroups: [...scope.targetGroups] } : {}),
    point: { lat: school.location.lat, lng: school.location.lng },
    municipalityCode: school.municipalityCode,
    provinceCode: school.provinceCode,
    schoolType: isSchoolType(school.schoolType) ? school.schoolType : undefined,
    needs: needs.map((code) => ({ code: code as MatchQuery['needs'][number]['code'] })),
    filters,
    limit: ALL,
  };
}

export interface SchoolLookup {
  school(vestigingscode: string): SchoolModel | undefined;
  activeSchools(): Iterable<SchoolModel>;
}

/** The index entries of these searches (a school no longer active gives none). */
export function alertSearchesOf(
  rows: readonly SavedSearchRow[],
  schools: SchoolLookup,
): AlertSearch[] {
  const out: AlertSearch[] = [];
  const byMunicipality = new Map<string, SavedSearchRow[]>();
  for (const row of rows) {
    if (row.kind === 'SCHOOL') {
      const school = schools.school(row.vestigingscode!);
      if (school) {
        out.push({
          id: `${row.id}|${school.vestigingscode}`,
          query: schoolMatchQuery(school, row.needs, row.filters as MatchFilters, row),
        });
      }
    } else {
      const list = byMunicipality.get(row.municipalityCode!) ?? [];
      list.push(row);
      byMunicipality.set(row.municipalityCode!, list);
    }
  }
  if (byMunicipality.size > 0) {
    for (const school of schools.activeSchools()) {
      for (const row of byMunicipality.get(school.municipalityCode) ?? []) {
        out.push({
          id: `${row.id}|${school.vestigingscode}`,
          query: schoolMatchQuery(school, [], {}),
        });
      }
    }
  }
  return out;
}

/** The saved searches (ids) an offering matches, from the index's entry ids. */
export function searchIdsMatching(
  index: AlertIndex,
  offering: Parameters<AlertIndex['matching']>[0],
): Set<string> {
  return new Set(index.matching(offering).map((entry) => entry.slice(0, entry.indexOf('|'))));
}
