import { checkDistance, checkFit, compileOffering, prepareQuery } from './fit.js';
import { offering, SCHIEDAM } from './__fixtures__/scenario.js';
import type { MatchQuery } from './match-types.js';
import { fitsSchoolType, offeringAgeRange } from './sector-fit.js';

const q = (extra: Partial<MatchQuery> = {}) => prepareQuery({ ...SCHIEDAM, needs: [], ...extra });

describe('sector and age fit', () => {
  const groep12 = { sectors: [], groepMin: 1, groepMax: 2, ageMin: null, ageMax: null };

  it('maps school types to sectors', () => {
    const po = {
      sectors: ['PO' as const],
      groepMin: null,
      groepMax: null,
      ageMin: null,
      ageMax: null,
    };
    const sbo = { ...po, sectors: ['SBO' as const] };
    expect(fitsSchoolType(po, 'BAO')).toBe(true);
    expect(fitsSchoolType(po, 'SBO')).toBe(true);
    expect(fitsSchoolType(sbo, 'BAO')).toBe(false);
    expect(fitsSchoolType(po, 'SO')).toBe(false);
    expect(fitsSchoolType({ ...po, sectors: ['VSO'] }, 'SO/VSO')).toBe(true);
    expect(fitsSchoolType({ ...po, sectors: [] }, 'VO')).toBe(true);
  });

  it('treats a groep range as primary-school ages', () => {
    expect(offeringAgeRange(groep12)).toEqual([4, 11]);
    expect(fitsSchoolType(groep12, 'VO')).toBe(false);
    expect(fitsSchoolType(groep12, 'VSO')).toBe(false);
    expect(fitsSchoolType(groep12, 'SO/VSO')).toBe(true);
    expect(fitsSchoolType(groep12, 'BAO')).toBe(true);
  });

  it('lets an explicit age range decide, with open ends', () => {
    const from12 = { ...groep12, ageMin: 12, ageMax: null };
    expect(offeringAgeRange(from12)).toEqual([12, Infinity]);
    expect(fitsSchoolType(from12, 'VO')).toBe(true);
    expect(fitsSchoolType({ ...groep12, ageMin: 13, ageMax: 16 }, 'BAO')).toBe(false);
  });
});

describe('checkFit', () => {
  it('reports the first rule that fails, cheapest first', () => {
    const c = compileOffering(
      offering({ id: 'x', status: 'PAUSED', organisationStatus: 'SUSPENDED' }),
    );
    expect(checkFit(c, q())).toBe('OFFERING_NOT_ACTIVE');
    const d = compileOffering(offering({ id: 'x', organisationStatus: 'DRAFT' }));
    expect(checkFit(d, q())).toBe('ORGANISATION_NOT_ACTIVE');
  });

  it.each([
    [
      { organisationStatus: 'PENDING' as const },
      { filters: { verifiedOnly: true } },
      'NOT_VERIFIED',
    ],
    [
      { interventionCodes: ['MENTORING' as const] },
      { needs: [{ code: 'TAAL_LEZEN' as const }] },
      'NO_NEED_MET',
    ],
    [{ sectors: ['VO' as const] }, { schoolType: 'BAO' as const }, 'SECTOR'],
    [
      { targetGroups: ['TEACHERS' as const] },
      { targetGroups: ['PARENTS' as const] },
      'TARGET_GROUP',
    ],
    [{ deliveryModes: [] }, { filters: { deliveryModes: ['ONLINE' as const] } }, 'DELIVERY_MODE'],
    [
      { costType: 'PAID' as const, costAmountEur: 10 },
      { filters: { costTypes: ['FREE' as const] } },
      'COST_TYPE',
    ],
    [
      { costType: 'PAID' as const, costAmountEur: 300 },
      { filters: { maxCostEur: 299 } },
      'COST_AMOUNT',
    ],
    [
      { costType: 'PAID' as const, costAmountEur: null },
      { filters: { maxCostEur: 1000 } },
      'COST_AMOUNT',
    ],
    [
      { fundingRouteCodes: ['NPO' as const] },
      { filters: { fundingRoutes: ['FONDS' as const, 'OAB_GEMEENTE' as const] } },
      'FUNDING_ROUTE',
    ],
    [{}, { filters: { fundingRoutes: ['FONDS' as const] } }, 'FUNDING_ROUTE'],
    [{ ageMin: 14, ageMax: 18 }, { schoolType: 'SBO' as const }, 'AGE'],
    [{ groepMin: 1, groepMax: 2 }, { groepMin: 3 }, 'GROEP'],
    [{ remainingCapacity: 0 }, { filters: { hideFull: true } }, 'FULL'],
  ])('%o with %o → %s', (o, extra, reason) => {
    expect(checkFit(compileOffering(offering({ id: 'x', ...o })), q(extra))).toBe(reason);
  });

  it('lets an offering naming one of the asked funding routes pass', () => {
    expect(
      checkFit(
        compileOffering(offering({ id: 'x', fundingRouteCodes: ['NPO', 'FONDS'] })),
        q({ filters: { fundingRoutes: ['FONDS'] } }),
      ),
    ).toBeNull();
    expect(
      checkFit(compileOffering(offering({ id: 'x' })), q({ filters: { fundingRoutes: [] } })),
    ).toBeNull();
  });

  it('lets FREE pass any budget and a known price at the budget pass', () => {
    expect(
      checkFit(
        compileOffering(offering({ id: 'x', costType: 'FREE', costAmountEur: 999 })),
        q({ filters: { maxCostEur: 0 } }),
      ),
    ).toBeNull();
    expect(
      checkFit(
        compileOffering(offering({ id: 'x', costType: 'PAID', costAmountEur: 200 })),
        q({ filters: { maxCostEur: 200 } }),
      ),
    ).toBeNull();
  });

  it('ignores GraphQL nulls for absent fields', () => {
    const nulls = {
      ...SCHIEDAM,
      needs: [{ code: 'TAAL_LEZEN', weight: null }],
      groepMin: null,
      limit: null,
      filters: { maxDistanceKm: null },
    };
    const prepared = prepareQuery(nulls as unknown as MatchQuery);
    expect(prepared).toMatchObject({
      limit: 20,
      hasGroep: false,
      maxDistanceKm: Infinity,
      totalWeight: 1,
    });
  });

  it('checks distance only when asked, and drops offerings without location then', () => {
    expect(checkDistance(null, q())).toBeNull();
    expect(checkDistance(null, q({ filters: { maxDistanceKm: 5 } }))).toBe('NO_PARTNER_LOCATION');
    expect(checkDistance(5, q({ filters: { maxDistanceKm: 5 } }))).toBeNull();
    expect(checkDistance(5.01, q({ filters: { maxDistanceKm: 5 } }))).toBe('TOO_FAR');
  });

  it('rejects bad needs and limits', () => {
    expect(() => q({ needs: [{ code: 'TAAL_LEZEN', weight: 0 }] })).toThrow(RangeError);
    expect(() => q({ needs: [{ code: 'NOPE' as never }] })).toThrow(RangeError);
    expect(() => q({ limit: -1 })).toThrow(RangeError);
    expect(() => q({ limit: 1.5 })).toThrow(RangeError);
  });
});
