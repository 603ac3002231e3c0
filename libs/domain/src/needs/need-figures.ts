import { NEED_PARAMETERS, type NeedParameters } from './need-weight.js';

// Met-ness and the one rule for need figures (README.md, "Rounding and sums"). A cell (school ×
// type) is rounded once: its need to 0.1 pupil (explainNeed), its unmet part to 0.1 with a half
// upwards (a gap is never shown smaller than it is), and its met part is need − unmet. Every
// total is a sum of those cells, kept in whole tenths so that no float drift and no second
// rounding can make a total differ from the parts shown beside it.

/** How a school × type is met, as the coverage matrix says (plus not applicable). */
export const MET_STATUSES = ['LOCAL', 'ONLY_NATIONAL', 'NONE', 'NOT_APPLICABLE'] as const;
export type MetStatus = (typeof MET_STATUSES)[number];

/** LOCAL when a local offering reaches and fits, ONLY_NATIONAL when only national ones, else NONE. */
export function metStatus(applies: boolean, offerings: number, local: number): MetStatus {
  if (!applies) return 'NOT_APPLICABLE';
  if (local > 0) return 'LOCAL';
  return offerings > 0 ? 'ONLY_NATIONAL' : 'NONE';
}

/** The part of a need a status meets: local 1, national only `nationalCredit`, none 0. */
export function metCredit(status: MetStatus, p: NeedParameters = NEED_PARAMETERS): number {
  return status === 'LOCAL' ? 1 : status === 'ONLY_NATIONAL' ? p.nationalCredit : 0;
}

/** Pupils → whole tenths of a pupil (need weights are already multiples of 0.1). */
export const toTenths = (pupils: number): number => Math.round(pupils * 10);

/** Whole tenths → pupils, for showing: the nearest double to the figure, no further rounding. */
export const fromTenths = (tenths: number): number => tenths / 10;

/**
 * The unmet part of one cell in whole tenths: need × (1 − credit), a half rounded up (a
 * national-only 1,3 leaves 0,7 unmet and 0,6 met). 0 for a cell that does not apply.
 */
export function cellUnmetTenths(
  needTenths: number,
  status: MetStatus,
  p: NeedParameters = NEED_PARAMETERS,
): number {
  if (status === 'NOT_APPLICABLE' || needTenths <= 0) return 0;
  const credit = metCredit(status, p);
  if (credit <= 0) return needTenths;
  if (credit >= 1) return 0;
  // The ε keeps an exact half a half when (1 − credit) is not exact in binary.
  return Math.min(needTenths, Math.round(needTenths * (1 - credit) + 1e-9));
}

/** The met part of one cell in whole tenths: its need less its unmet part. */
export function cellMetTenths(
  needTenths: number,
  status: MetStatus,
  p: NeedParameters = NEED_PARAMETERS,
): number {
  return status === 'NOT_APPLICABLE' ? 0 : needTenths - cellUnmetTenths(needTenths, status, p);
}

/** Need not met by a cell, as shown: to 0.1 by the rule above. */
export function unmetNeed(
  weight: number,
  status: MetStatus,
  p: NeedParameters = NEED_PARAMETERS,
): number {
  return fromTenths(cellUnmetTenths(toTenths(weight), status, p));
}

/** A covered share to three decimals from summed tenths; null without need. */
export const coveredShare = (metTenths: number, needTenths: number): number | null =>
  needTenths > 0 ? Math.round((metTenths / needTenths) * 1000) / 1000 : null;

export interface NeedTotals {
  /** Σ need over applicable cells. */
  need: number;
  /** Σ of the cells' met parts. */
  met: number;
  /** need − met: Σ of the cells' unmet parts. */
  unmet: number;
  /** met ÷ need, 0–1; null without need. */
  share: number | null;
}

/** Totals of (weight, status) cells by the rule above; not-applicable cells are left out. */
export function needTotals(
  cells: Iterable<{ weight: number; status: MetStatus }>,
  p: NeedParameters = NEED_PARAMETERS,
): NeedTotals {
  let need = 0;
  let met = 0;
  for (const c of cells) {
    if (c.status === 'NOT_APPLICABLE') continue;
    const n = toTenths(c.weight);
    need += n;
    met += cellMetTenths(n, c.status, p);
  }
  return {
    need: fromTenths(need),
    met: fromTenths(met),
    unmet: fromTenths(need - met),
    share: need > 0 ? met / need : null,
  };
}
