import { INTERVENTION_CODES } from '../taxonomy/intervention-type.js';
import { SCHOOL_TYPES, SECTORS } from '../values/sector.js';
import {
  applicabilityForSchoolType,
  applicabilityForSector,
  applicabilityMask,
  applicabilityTable,
  applicableTypes,
  appliesToSchoolType,
} from './applicability.js';

describe('applicability', () => {
  it('keeps pre-school education out of secondary schools and in primary groep 1–2', () => {
    expect(appliesToSchoolType('VVE_KANSRIJKE_START', 'VO')).toBe(false);
    expect(appliesToSchoolType('VVE_KANSRIJKE_START', 'VSO')).toBe(false);
    expect(applicabilityForSchoolType('VVE_KANSRIJKE_START', 'BAO')).toMatchObject({
      applies: true,
      groepen: [1, 2],
      share: 0.25,
    });
    // SO/VSO has young pupils in its SO part.
    expect(appliesToSchoolType('VVE_KANSRIJKE_START', 'SO/VSO')).toBe(true);
  });

  it('puts transitions at PO groep 7–8 and the first year of VO', () => {
    expect(applicabilityForSector('OVERGANGEN', 'PO')).toMatchObject({
      groepen: [7, 8],
      share: 0.25,
    });
    expect(applicabilityForSchoolType('OVERGANGEN', 'SBO').groepen).toEqual([7, 8]);
    expect(applicabilityForSchoolType('OVERGANGEN', 'VO')).toMatchObject({
      applies: true,
      share: 0.2,
    });
  });

  it('leaves tutoring, horizons and mentoring out of pre-school only', () => {
    for (const code of ['EXTRA_LEERTIJD', 'BELEVINGSWERELD', 'MENTORING'] as const) {
      expect(applicabilityForSector(code, 'VVE').applies).toBe(false);
      for (const t of SCHOOL_TYPES) expect(appliesToSchoolType(code, t)).toBe(true);
    }
  });

  it('has a complete table with a reason for every exception', () => {
    const table = applicabilityTable();
    expect(table.map((r) => r.sector)).toEqual([...SECTORS]);
    for (const row of table) {
      expect(row.cells.map((c) => c.code)).toEqual([...INTERVENTION_CODES]);
      for (const c of row.cells) {
        expect(c.share).toBeGreaterThanOrEqual(0);
        expect(c.share).toBeLessThanOrEqual(1);
        if (!c.applies) expect(c.share).toBe(0);
        if (!c.applies || c.share < 1) expect(c.noteNl.length).toBeGreaterThan(0);
      }
    }
  });

  it('agrees between the list, the mask and the single answer; unknown type = everything', () => {
    for (const t of [...SCHOOL_TYPES, null]) {
      const list = applicableTypes(t);
      const mask = applicabilityMask(t);
      INTERVENTION_CODES.forEach((code, i) => {
        expect(((mask >> i) & 1) === 1).toBe(list.includes(code));
        expect(appliesToSchoolType(code, t)).toBe(list.includes(code));
      });
    }
    expect(applicableTypes(null)).toHaveLength(11);
    expect(applicableTypes('VO')).toHaveLength(10);
    expect(applicableTypes('BAO')).toHaveLength(11);
  });
});
