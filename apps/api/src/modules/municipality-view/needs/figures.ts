import { INTERVENTION_CODES } from '@partnerwijzer/domain';

// How the need views count and round, the same for the gap and its scenarios.

/** Intervention types, in taxonomy order: the length of every per-type array. */
export const N = INTERVENTION_CODES.length;

/** Pupils to one decimal. */
export const round1 = (x: number): number => Math.round(x * 10) / 10;

/** The met part of a need as a share to three decimals; null without need. */
export const share3 = (met: number, need: number): number | null =>
  need > 0 ? Math.round((met / need) * 1000) / 1000 : null;
