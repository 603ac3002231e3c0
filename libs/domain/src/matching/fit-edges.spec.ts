import {
  checkFit,
  checkLanguage,
  codesOfMask,
  compileOffering,
  needMaskOf,
  prepareQuery,
} from './fit.js';
import { offering, SCHIEDAM } from './__fixtures__/scenario.js';
import type { MatchableOffering, MatchQuery } from './match-types.js';
import { fitsSchoolType, offeringAgeRange, sectorMask } from './sector-fit.js';

// The compiled forms one field at a time: fit.spec.ts checks them through checkFit's verdicts,
// where a wrong mask or bound often still gives the right answer for its examples.
const compiled = (o: Partial<MatchableOffering> = {}) =>
  compileOffering(offering({ id: 'x', ...o }));
const q = (extra: Partial<MatchQuery> = {}) => prepareQuery({ ...SCHIEDAM, needs: [], ...extra });

describe('masks of value lists', () => {
  it('sets one bit per known code, in taxonomy order, and none for an unknown one', () => {
    // TAAL_LEZEN is index 4, MENTORING index 7.
    expect(needMaskOf(['TAAL_LEZEN', 'MENTORING'])).toBe(144);
    expect(needMaskOf(['NOPE' as never])).toBe(0);
    expect(needMaskOf(['EXTRA_LEERTIJD', 'NOPE' as never])).toBe(1);
  });

  it('reads codes back from a mask, ignoring bits past the taxonomy', () => {
    expect(codesOfMask(0)).toEqual([]);
    expect(codesOfMask(144)).toEqual(['TAAL_LEZEN', 'MENTORING']);
    expect(codesOfMask(1 << 10)).toEqual(['ARMOEDE_BASIS']);
    expect(codesOfMask((1 << 11) | 1)).toEqual(['EXTRA_LEERTIJD']);
  });

  it('gives sectors a bit each from VVE (bit 0) on, and unknown sectors none', () => {
    expect(sectorMask(['VVE'])).toBe(1);
    expect(sectorMask(['PO', 'VO'])).toBe(34);
    expect(sectorMask(['NOPE' as never])).toBe(0);
  });
});

describe('compileOffering, field by field', () => {
  it('marks only a VERIFIED organisation as verified', () => {
    expect(compiled({ organisationStatus: 'VERIFIED' })).toMatchObject({ verified: true });
    expect(compiled({ organisationStatus: 'PENDING' })).toMatchObject({
      verified: false,
      organisationActive: true,
    });
  });

  it('turns the cost type into its own bit', () => {
    expect(compiled({ costType: 'FREE' }).costBit).toBe(1);
    expect(compiled({ costType: 'SUBSIDISED' }).costBit).toBe(2);
    expect(compiled({ costType: 'PAID', costAmountEur: 5 }).costBit).toBe(4);
  });

  it('keeps a groep range with one open end as a groep range', () => {
    expect(compiled({ groepMin: 3, groepMax: null })).toMatchObject({
      hasGroep: true,
      groepLo: 3,
      groepHi: Infinity,
    });
    expect(compiled({ groepMin: null, groepMax: 5 })).toMatchObject({
      hasGroep: true,
      groepLo: -Infinity,
      groepHi: 5,
    });
    expect(compiled({ groepMin: null, groepMax: null })).toMatchObject({
      hasGroep: false,
      groepLo: -Infinity,
      groepHi: Infinity,
    });
  });

  it('has no ages and an open range when the offering names neither ages nor groepen', () => {
    expect(compiled()).toMatchObject({ hasAges: false, ageLo: -Infinity, ageHi: Infinity });
    expect(compiled({ ageMin: 6, ageMax: null })).toMatchObject({
      hasAges: true,
      ageLo: 6,
      ageHi: Infinity,
    });
  });

  it.each([
    [null, false],
    [1, false],
    [0, true],
    [-2, true],
  ])('with remaining capacity %p counts as full: %p', (remainingCapacity, full) => {
    expect(compiled({ remainingCapacity }).full).toBe(full);
  });

  it.each([
    ['NOT_ASSESSED', 0],
    ['THEORETICALLY_SOUND', 0.25],
    ['INDICATIONS_OF_EFFECT', 0.5],
    ['PROVEN_EFFECTIVE', 0.75],
    ['STRONG_EVIDENCE', 1],
    ['UNKNOWN_LEVEL', 0],
  ])('puts evidence level %s at %p on a 0–1 scale', (evidenceLevel, evidence) => {
    expect(compiled({ evidenceLevel: evidenceLevel as never }).evidence).toBe(evidence);
  });
});

describe('prepareQuery, field by field', () => {
  it('names the need, weight, limit or sort it refuses', () => {
    expect(() => q({ needs: [{ code: 'NOPE' as never }] })).toThrow(
      'MatchQuery: unknown need NOPE',
    );
    expect(() => q({ needs: [{ code: 'TAAL_LEZEN', weight: -1 }] })).toThrow(
      'MatchQuery: weight of TAAL_LEZEN must be a positive number',
    );
    expect(() => q({ needs: [{ code: 'TAAL_LEZEN', weight: Number.NaN }] })).toThrow(
      'MatchQuery: weight of TAAL_LEZEN must be a positive number',
    );
    expect(() => q({ limit: -1 })).toThrow('MatchQuery: limit must be a whole number ≥ 0');
    expect(() => q({ sort: 'NAME' as never })).toThrow('MatchQuery: unknown sort NAME');
    expect(q({ sort: 'DISTANCE' }).sort).toBe('DISTANCE');
    expect(q().sort).toBe('RELEVANCE');
  });

  it('lists a need asked twice once, with the sum of its weights', () => {
    const prepared = q({
      needs: [
        { code: 'TAAL_LEZEN', weight: 1 },
        { code: 'MENTORING' },
        { code: 'TAAL_LEZEN', weight: 2 },
      ],
    });
    expect(prepared.needs).toEqual(['TAAL_LEZEN', 'MENTORING']);
    expect(prepared.needMask).toBe(144);
    expect(prepared.totalWeight).toBe(4);
    expect(prepared.weights[4]).toBe(3);
    expect(prepared.weights[7]).toBe(1);
    expect(prepared.weights[0]).toBe(0);
  });

  it('treats an empty language list as no language filter, and lower-cases the others', () => {
    expect(q({ filters: { languages: [] } }).languages).toBeNull();
    expect(q().languages).toBeNull();
    expect([...(q({ filters: { languages: ['NL', 'en'] } }).languages ?? [])]).toEqual([
      'nl',
      'en',
    ]);
  });

  it('gives a school type its ages, and no school type an open range', () => {
    expect(q({ schoolType: 'VO' })).toMatchObject({
      hasSchoolAges: true,
      schoolAgeLo: 12,
      schoolAgeHi: 18,
    });
    expect(q()).toMatchObject({
      hasSchoolAges: false,
      schoolAgeLo: -Infinity,
      schoolAgeHi: Infinity,
    });
  });

  it('turns groepen into ages for primary schools only, each open end staying open', () => {
    expect(q({ schoolType: 'BAO', groepMin: 3, groepMax: 5 })).toMatchObject({
      groepAgeLo: 6,
      groepAgeHi: 9,
    });
    expect(q({ groepMin: 3 })).toMatchObject({
      hasGroep: true,
      groepLo: 3,
      groepHi: Infinity,
      groepAgeLo: 6,
      groepAgeHi: Infinity,
    });
    expect(q({ groepMax: 5 })).toMatchObject({
      hasGroep: true,
      groepLo: -Infinity,
      groepHi: 5,
      groepAgeLo: -Infinity,
      groepAgeHi: 9,
    });
    for (const schoolType of ['VO', 'VSO'] as const) {
      expect(q({ schoolType, groepMin: 3, groepMax: 5 })).toMatchObject({
        groepAgeLo: -Infinity,
        groepAgeHi: Infinity,
      });
    }
  });
});

describe('checkFit at the edges of its rules', () => {
  it('does not judge sectors when the query names no school type', () => {
    expect(checkFit(compiled({ sectors: ['VO'] }), q())).toBeNull();
    expect(checkFit(compiled({ sectors: ['PO', 'VO'] }), q({ schoolType: 'BAO' }))).toBeNull();
  });

  it('judges an offering with an age range against the ages of the asked groepen', () => {
    // Groep 1–2 stands for ages 4–6; an offering for 12–16 year olds does not reach them.
    expect(checkFit(compiled({ ageMin: 12, ageMax: 16 }), q({ groepMin: 1, groepMax: 2 }))).toBe(
      'GROEP',
    );
    expect(
      checkFit(compiled({ ageMin: 5, ageMax: 16 }), q({ groepMin: 1, groepMax: 2 })),
    ).toBeNull();
  });

  it('lets an offering that gives groepen be judged by its groepen, not its ages', () => {
    const both = compiled({ groepMin: 1, groepMax: 8, ageMin: 14, ageMax: 16 });
    expect(checkFit(both, q({ groepMin: 1, groepMax: 2 }))).toBeNull();
  });

  it('lets a subsidised offering without a price pass a budget', () => {
    const subsidised = compiled({ costType: 'SUBSIDISED', costAmountEur: null });
    expect(checkFit(subsidised, q({ filters: { maxCostEur: 10 } }))).toBeNull();
  });

  it('drops an offering in none of the asked languages', () => {
    const dutch = compiled({ languages: ['nl'] });
    expect(checkLanguage(dutch, q({ filters: { languages: ['en'] } }))).toBe('LANGUAGE');
    expect(checkLanguage(dutch, q({ filters: { languages: ['EN', 'NL'] } }))).toBeNull();
    expect(checkLanguage(dutch, q())).toBeNull();
  });
});

describe('sector-fit readable rules', () => {
  const none = { sectors: [], groepMin: null, groepMax: null, ageMin: null, ageMax: null };

  it('keeps an age range with only a top, open at the bottom', () => {
    expect(offeringAgeRange({ ...none, ageMax: 10 })).toEqual([-Infinity, 10]);
    expect(offeringAgeRange(none)).toBeNull();
  });

  it('reads a groep range with one open end as primary-school ages', () => {
    expect(offeringAgeRange({ ...none, groepMax: 4 })).toEqual([4, 11]);
    expect(offeringAgeRange({ ...none, groepMin: 3 })).toEqual([4, 11]);
  });

  it('lets an offering for several sectors fit a school of any one of them', () => {
    expect(fitsSchoolType({ ...none, sectors: ['PO', 'VO'] }, 'BAO')).toBe(true);
    expect(fitsSchoolType({ ...none, sectors: ['SO', 'VO'] }, 'BAO')).toBe(false);
  });
});
