import { bundleFewestOfferings } from './bundle-fewest-offerings.js';
import { filtersAndTargetGroups } from './filters-and-target-groups.js';
import { fullOfferingRankedLast } from './full-offering-ranked-last.js';
import { groepQueryAgeOnlyOfferings } from './groep-query-age-only-offerings.js';
import { localAboveNational } from './local-above-national.js';
import { maxDistance } from './max-distance.js';
import { pausedAndSuspended } from './paused-and-suspended.js';
import { polygonWithHole } from './polygon-with-hole.js';
import { radiusReasonNamesCentre } from './radius-reason-names-centre.js';
import type { MatchScenario } from './scenario.js';
import { schiedamExtraLeertijd } from './schiedam-extra-leertijd.js';
import { sortAndLanguages } from './sort-and-languages.js';
import { verifiedOnly } from './verified-only.js';
import { voSchoolNoGroep12 } from './vo-school-no-groep-1-2.js';
import { weightedNeeds } from './weighted-needs.js';

export const SCENARIOS: readonly MatchScenario[] = [
  schiedamExtraLeertijd,
  voSchoolNoGroep12,
  fullOfferingRankedLast,
  localAboveNational,
  verifiedOnly,
  maxDistance,
  bundleFewestOfferings,
  weightedNeeds,
  pausedAndSuspended,
  polygonWithHole,
  filtersAndTargetGroups,
  groepQueryAgeOnlyOfferings,
  radiusReasonNamesCentre,
  sortAndLanguages,
];
