import { DELIVERY_MODES, INTERVENTION_CODES, SECTORS, TARGET_GROUPS } from '@partnerwijzer/domain';
import type { FacetDistribution } from '../search-query.js';

// The multi-valued facets are kept per document as one integer each (bit i = the i-th code of
// the domain's list), so counting them is a GROUP BY on plain integers rather than an unnest of
// text arrays — five times cheaper on 17,000 hits. The lists only grow at their end; should one
// be reordered, the reindex that every start runs rewrites all bits.
export const BIT_FACETS = {
  interventionTypes: INTERVENTION_CODES,
  sectors: SECTORS,
  targetGroups: TARGET_GROUPS,
  deliveryModes: DELIVERY_MODES,
} as const;
export type BitFacet = keyof typeof BIT_FACETS;
export const BIT_FACET_FIELDS = Object.keys(BIT_FACETS) as BitFacet[];

for (const [field, codes] of Object.entries(BIT_FACETS)) {
  // 31: the column is a signed 32-bit integer.
  if (codes.length > 31) throw new Error(`facet ${field} has more than 31 values`);
}

export type FacetBits = Record<BitFacet, number>;

/** The bits of one document's values; values outside the list are not counted as facets. */
export function encodeFacetBits(values: Record<BitFacet, readonly string[]>): FacetBits {
  const out = {} as FacetBits;
  for (const field of BIT_FACET_FIELDS) {
    const codes: readonly string[] = BIT_FACETS[field];
    let bits = 0;
    for (const v of values[field]) {
      const i = codes.indexOf(v);
      if (i >= 0) bits |= 1 << i;
    }
    out[field] = bits;
  }
  return out;
}

/** Adds `count` documents holding `bits` to the field's value counts. */
export function addBitCounts(
  facets: FacetDistribution,
  field: BitFacet,
  bits: number,
  count: number,
): void {
  const codes = BIT_FACETS[field];
  const target = facets[field];
  for (let i = 0; i < codes.length; i++) {
    if ((bits & (1 << i)) !== 0) target[codes[i]] = (target[codes[i]] ?? 0) + count;
  }
}
