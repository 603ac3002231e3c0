import { anActor } from '../../common/auth/actor.fixture.js';
import { canSeeCollaboration, isParty } from './collaboration-access.js';

const c = {
  vestigingscodes: ['AA0001'],
  organisationIds: ['org-a'],
  municipalityCode: null,
  schoolMunicipalities: ['GM0606'],
};

describe('collaboration access', () => {
  it('lets parties edit and read, and no one else edit', () => {
    expect(isParty(anActor({ schoolCodes: ['AA0001'] }), c)).toBe(true);
    expect(isParty(anActor({ schoolCodes: ['BB0001'] }), c)).toBe(false);
    expect(isParty(anActor({ role: 'PARTNER_EDITOR', organisationId: 'org-a' }), c)).toBe(true);
    expect(isParty(anActor({ role: 'PARTNER_EDITOR', organisationId: 'org-b' }), c)).toBe(false);
    expect(isParty(anActor({ role: 'PARTNER_EDITOR', organisationId: null }), c)).toBe(false);
    expect(isParty(anActor({ role: 'ADMIN' }), c)).toBe(true);
  });

  it('lets an officer of a school’s municipality read, but edit only when the municipality takes part', () => {
    const officer = anActor({ role: 'MUNICIPALITY_OFFICER', municipalityCodes: ['GM0606'] });
    const other = anActor({ role: 'MUNICIPALITY_OFFICER', municipalityCodes: ['GM0622'] });
    expect(canSeeCollaboration(officer, c)).toBe(true);
    expect(isParty(officer, c)).toBe(false);
    expect(isParty(officer, { ...c, municipalityCode: 'GM0606' })).toBe(true);
    expect(canSeeCollaboration(other, c)).toBe(false);
    expect(isParty(other, { ...c, municipalityCode: 'GM0606' })).toBe(false);
  });
});
