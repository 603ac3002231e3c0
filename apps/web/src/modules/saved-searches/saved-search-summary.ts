import type { Messages } from '../../app/i18n/nl';
import type { FinderState } from '../../shared/finder-state/finder-state';
import { languageName } from '../../shared/format/language-name';

/**
 * A saved school search's conditions in the reader's words (groepen, target groups, filters), so
 * two searches for the same school and needs can be told apart; [] when it has none.
 */
export function savedSearchConditions(state: FinderState, t: Messages, lang: string): string[] {
  const c = t.savedSearches.condition;
  const groep = t.partners.groep(state.groepMin, state.groepMax);
  return [
    ...(groep ? [groep] : []),
    ...state.targetGroups.map((g) => t.targetGroup[g]),
    ...state.moments.map((m) => t.deliveryMode[m]),
    ...(state.delivery === 'online' ? [t.finder.delivery_online] : []),
    ...(state.delivery === 'ter-plaatse' ? [t.finder.delivery_terPlaatse] : []),
    ...(state.freeOnly ? [c.freeOnly] : []),
    ...(state.verifiedOnly ? [c.verifiedOnly] : []),
    ...(state.maxDistanceKm !== null ? [c.maxDistanceKm(state.maxDistanceKm)] : []),
    ...(state.maxCostEur !== null ? [c.maxCostEur(state.maxCostEur)] : []),
    ...(state.language !== null ? [c.language(languageName(state.language, lang))] : []),
    ...(state.funding.length > 0 ? [c.funding(state.funding.length)] : []),
  ];
}
