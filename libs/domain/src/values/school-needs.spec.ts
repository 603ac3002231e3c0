import {
  parseSchoolYear,
  schoolYearOf,
  SCHOOL_GROUP_RANGE,
  countsInGroepen,
} from './school-needs.js';

describe('school needs values', () => {
  it('puts a date in its school year, which starts on 1 August', () => {
    expect(schoolYearOf(new Date('2026-12-04T12:00:00Z'))).toBe('2026-2027');
    expect(schoolYearOf(new Date('2027-07-31T12:00:00Z'))).toBe('2026-2027');
    expect(schoolYearOf(new Date('2027-08-01T00:00:00Z'))).toBe('2027-2028');
  });

  it('accepts only consecutive years written YYYY-YYYY', () => {
    expect(parseSchoolYear(' 2026-2027 ')).toBe('2026-2027');
    expect(parseSchoolYear('2026-2028')).toBeNull();
    expect(parseSchoolYear('2026/2027')).toBeNull();
    expect(parseSchoolYear('1999-2000')).toBeNull();
    expect(parseSchoolYear('')).toBeNull();
  });

  it('counts groepen in primary and leerjaren in secondary schools', () => {
    expect(SCHOOL_GROUP_RANGE.BAO).toEqual([1, 8]);
    expect(SCHOOL_GROUP_RANGE.VO).toEqual([1, 6]);
    expect(countsInGroepen('SBO')).toBe(true);
    expect(countsInGroepen('VSO')).toBe(false);
  });
});
