import { emptyFacets } from '../search-query.js';
import { readFacetGroups } from './embedded-search-engine.js';
import { addBitCounts, BIT_FACETS, encodeFacetBits } from './facet-bits.js';

describe('facet bits', () => {
  it('encodes each value as the bit of its position in the domain list, ignoring unknown ones', () => {
    const bits = encodeFacetBits({
      interventionTypes: ['EXTRA_LEERTIJD', 'TAAL_LEZEN', 'NOT_A_CODE'],
      sectors: ['VO'],
      targetGroups: [],
      deliveryModes: ['DURING_SCHOOL', 'ONLINE'],
    });
    expect(bits).toEqual({
      interventionTypes: (1 << 0) | (1 << BIT_FACETS.interventionTypes.indexOf('TAAL_LEZEN')),
      sectors: 1 << BIT_FACETS.sectors.indexOf('VO'),
      targetGroups: 0,
      deliveryModes: 1 | (1 << 3),
    });
  });

  it('counts every set bit back to its value', () => {
    const facets = emptyFacets();
    addBitCounts(facets, 'deliveryModes', 0b1001, 5);
    addBitCounts(facets, 'deliveryModes', 0b0001, 2);
    expect(facets.deliveryModes).toEqual({ DURING_SCHOOL: 7, ONLINE: 5 });
  });

  it('reads grouping-set rows: one column per set, the empty set is the total', () => {
    // [GROUPING(7 columns), intervention, sector, targetGroup, delivery, cost, org, verified, n]
    const rows: [number, ...unknown[]][] = [
      [0b0111111, 0b11, null, null, null, null, null, null, '4'],
      [0b1011111, null, 0b100000, null, null, null, null, null, 6],
      [0b1111011, null, null, null, null, 'FREE', null, null, 6],
      [0b1111110, null, null, null, null, null, null, true, 6],
      [0b1111110, null, null, null, null, null, null, false, 0],
      [0b1111111, null, null, null, null, null, null, null, 6],
    ];
    const { total, facets } = readFacetGroups(rows);
    expect(total).toBe(6);
    expect(facets.interventionTypes).toEqual({ EXTRA_LEERTIJD: 4, ZORG_IN_SCHOOL: 4 });
    expect(facets.sectors).toEqual({ VO: 6 });
    expect(facets.costType).toEqual({ FREE: 6 });
    expect(facets.verified).toEqual({ true: 6, false: 0 });
  });
});
