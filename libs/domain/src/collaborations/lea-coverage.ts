import { appliesToSchoolType } from '../needs/applicability.js';
import { INTERVENTION_CODES, type InterventionCode } from '../taxonomy/intervention-type.js';
import type { SchoolType } from '../values/sector.js';
import {
  COVERING_STATUSES,
  GOAL_ATTAINMENTS,
  type CollaborationStatus,
  type GoalAttainment,
} from './collaboration-rules.js';

// The municipality's questions about its agreements (issue 15, parts 4 and 5): per agreed
// theme, which schools a collaboration covers and which it does not; and the monitoring
// figures rolled up per theme. Pure: the API feeds plain rows.

export interface CollaborationFacts {
  id: string;
  title: string;
  status: CollaborationStatus;
  startsOn: string;
  endsOn: string;
  vestigingscodes: readonly string[];
  interventionCodes: readonly string[];
}

export interface SchoolRef {
  vestigingscode: string;
  name: string;
}

/** A school as the agreement's coverage weighs it: its type decides which themes apply. */
export interface TypedSchoolRef extends SchoolRef {
  /** Unknown (null or absent): every theme applies, nothing is hidden on a guess. */
  schoolType?: SchoolType | null;
}

export interface ThemeCoverage<S extends SchoolRef = SchoolRef> {
  interventionCode: string;
  covered: { school: S; collaborationIds: string[] }[];
  uncovered: S[];
  /**
   * Schools the theme does not apply to (n.v.t., e.g. pre-school education at a secondary
   * school): neither covered nor a school "without a collaboration yet", as in the needs view.
   */
  notApplicable: S[];
}

/**
 * Per theme, the schools (in the given order) covered by at least one collaboration that
 * works on that theme, is not stopped or completed, and whose period overlaps the agreement's.
 * A school the theme does not apply to (its type, `needs/applicability.ts`) is set apart.
 */
export function themeCoverage<S extends TypedSchoolRef>(
  themes: readonly string[],
  period: { startsOn: string; endsOn: string },
  schools: readonly S[],
  collaborations: readonly CollaborationFacts[],
): ThemeCoverage<S>[] {
  const live = collaborations.filter(
    (c) =>
      COVERING_STATUSES.includes(c.status) &&
      c.startsOn <= period.endsOn &&
      c.endsOn >= period.startsOn,
  );
  return themes.map((theme) => {
    const byTheme = live.filter((c) => c.interventionCodes.includes(theme));
    const covered: ThemeCoverage<S>['covered'] = [];
    const uncovered: S[] = [];
    const notApplicable: S[] = [];
    for (const school of schools) {
      if (!appliesToSchoolType(theme as InterventionCode, school.schoolType ?? null)) {
        notApplicable.push(school);
        continue;
      }
      const ids = byTheme
        .filter((c) => c.vestigingscodes.includes(school.vestigingscode))
        .map((c) => c.id);
      if (ids.length > 0) covered.push({ school, collaborationIds: ids });
      else uncovered.push(school);
    }
    return { interventionCode: theme, covered, uncovered, notApplicable };
  });
}

export interface MonitoringFacts {
  collaborationId: string;
  schoolYear: string;
  pupilsReached: number | null;
  groupsReached: number | null;
  sessionsDelivered: number | null;
  hoursDelivered: number | null;
  goalAttainment: GoalAttainment | null;
}

export interface ThemeRollup {
  interventionCode: string;
  collaborations: number;
  entries: number;
  pupilsReached: number;
  groupsReached: number;
  sessionsDelivered: number;
  hoursDelivered: number;
  attainment: Record<GoalAttainment, number>;
  /** Entries that left attainment open. */
  attainmentOpen: number;
}

/** A theme's place in the taxonomy, as every list of themes shows them (an unknown code last). */
function taxonomyOrder(code: string): number {
  const i = INTERVENTION_CODES.indexOf(code as InterventionCode);
  return i < 0 ? INTERVENTION_CODES.length : i;
}

/**
 * Monitoring entries summed per theme, in taxonomy order (not by the codes' spelling): an entry
 * counts under every intervention type of its collaboration (a collaboration on two themes shows
 * its reach under both, so the themes' totals are not added up across themes). Open figures
 * count as nothing, never as zero reach made up.
 */
export function rollupByTheme(
  collaborations: readonly Pick<CollaborationFacts, 'id' | 'interventionCodes'>[],
  entries: readonly MonitoringFacts[],
): ThemeRollup[] {
  const codesOf = new Map(collaborations.map((c) => [c.id, c.interventionCodes]));
  const byTheme = new Map<string, ThemeRollup & { ids: Set<string> }>();
  for (const e of entries) {
    for (const code of codesOf.get(e.collaborationId) ?? []) {
      let r = byTheme.get(code);
      if (!r) {
        r = {
          interventionCode: code,
          collaborations: 0,
          entries: 0,
          pupilsReached: 0,
          groupsReached: 0,
          sessionsDelivered: 0,
          hoursDelivered: 0,
          attainment: Object.fromEntries(GOAL_ATTAINMENTS.map((g) => [g, 0])) as Record<
            GoalAttainment,
            number
          >,
          attainmentOpen: 0,
          ids: new Set(),
        };
        byTheme.set(code, r);
      }
      r.ids.add(e.collaborationId);
      r.entries += 1;
      r.pupilsReached += e.pupilsReached ?? 0;
      r.groupsReached += e.groupsReached ?? 0;
      r.sessionsDelivered += e.sessionsDelivered ?? 0;
      r.hoursDelivered = Math.round((r.hoursDelivered + (e.hoursDelivered ?? 0)) * 10) / 10;
      if (e.goalAttainment) r.attainment[e.goalAttainment] += 1;
      else r.attainmentOpen += 1;
    }
  }
  return [...byTheme.values()]
    .map(({ ids, ...r }) => ({ ...r, collaborations: ids.size }))
    .sort((a, b) => taxonomyOrder(a.interventionCode) - taxonomyOrder(b.interventionCode));
}
