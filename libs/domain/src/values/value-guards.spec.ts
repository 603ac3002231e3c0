import { COST_TYPES, DELIVERY_MODES, isCostType, isDeliveryMode } from './offering-values.js';
import {
  isOrganisationStatus,
  isOrganisationType,
  ORGANISATION_STATUSES,
  ORGANISATION_TYPES,
} from './organisation-values.js';
import { parseSchoolYear } from './school-needs.js';
import {
  isSchoolSector,
  isSchoolType,
  isSector,
  isTargetGroup,
  SCHOOL_SECTORS,
  SCHOOL_TYPES,
  SECTORS,
  TARGET_GROUPS,
} from './sector.js';

// The type guards the API uses on untrusted input: every listed value passes, and nothing
// else does (not another list's value, not a different case, not an empty string).
const guards: [string, (v: string) => boolean, readonly string[]][] = [
  ['isDeliveryMode', isDeliveryMode, DELIVERY_MODES],
  ['isCostType', isCostType, COST_TYPES],
  ['isOrganisationType', isOrganisationType, ORGANISATION_TYPES],
  ['isOrganisationStatus', isOrganisationStatus, ORGANISATION_STATUSES],
  ['isSector', isSector, SECTORS],
  ['isSchoolSector', isSchoolSector, SCHOOL_SECTORS],
  ['isSchoolType', isSchoolType, SCHOOL_TYPES],
  ['isTargetGroup', isTargetGroup, TARGET_GROUPS],
];

describe.each(guards)('%s', (_name, guard, values) => {
  it('takes each of its values', () => {
    for (const v of values) expect([v, guard(v)]).toEqual([v, true]);
  });

  it('refuses anything else', () => {
    const others = ['', 'x', 'ONLINE ', 'pupils', 'vo', 'ARCHIVED', 'FONDS', '__proto__'].filter(
      (v) => !values.includes(v),
    );
    for (const v of others) expect([v, guard(v)]).toEqual([v, false]);
    for (const v of values) expect(guard(v.toLowerCase()) && v !== v.toLowerCase()).toBe(false);
  });
});

describe('parseSchoolYear at its limits', () => {
  it('takes school years starting from 2000 to 2100', () => {
    expect(parseSchoolYear('2000-2001')).toBe('2000-2001');
    expect(parseSchoolYear('2100-2101')).toBe('2100-2101');
    expect(parseSchoolYear('1999-2000')).toBeNull();
    expect(parseSchoolYear('2101-2102')).toBeNull();
  });
});
