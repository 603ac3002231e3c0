import { INTERVENTION_CODES } from '@partnerwijzer/domain';

// The need views count in whole tenths of a pupil by the domain's rule (libs/domain/src/needs/
// need-figures.ts: cellUnmetTenths, fromTenths, coveredShare), the same for the gap, its exports
// and its scenarios.

/** Intervention types, in taxonomy order: the length of every per-type array. */
export const N = INTERVENTION_CODES.length;
