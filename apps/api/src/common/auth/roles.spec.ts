import {
  canEditOrganisation,
  canSeeMunicipality,
  canSeeSchool,
  requireRole,
  type Actor,
} from './roles.js';
import { anActor } from './actor.fixture.js';

const base = anActor();

describe('access rules', () => {
  it('lets a partner editor edit only their own organisation', () => {
    const editor: Actor = { ...base, role: 'PARTNER_EDITOR', organisationId: 'org-a' };
    expect(canEditOrganisation(editor, 'org-a')).toBe(true);
    expect(canEditOrganisation(editor, 'org-b')).toBe(false);
    expect(canEditOrganisation({ ...base, role: 'ADMIN' }, 'org-b')).toBe(true);
    expect(canEditOrganisation({ ...base, organisationId: 'org-a' }, 'org-a')).toBe(false);
  });

  it('lets school staff see only their schools and officers only their municipalities', () => {
    const staff: Actor = { ...base, schoolCodes: ['ZZ0100'] };
    expect(canSeeSchool(staff, 'ZZ0100')).toBe(true);
    expect(canSeeSchool(staff, 'ZZ0200')).toBe(false);
    const officer: Actor = { ...base, role: 'MUNICIPALITY_OFFICER', municipalityCodes: ['GM0606'] };
    expect(canSeeMunicipality(officer, 'GM0606')).toBe(true);
    expect(canSeeMunicipality(officer, 'GM0363')).toBe(false);
    expect(canSeeSchool(officer, 'ZZ0100')).toBe(false);
  });

  it('refuses anonymous callers as UNAUTHENTICATED and wrong roles as FORBIDDEN', () => {
    expect(() => requireRole(null, 'ADMIN')).toThrow(/Inloggen vereist/);
    expect(() => requireRole(base, 'ADMIN')).toThrow(/Geen toegang/);
    expect(requireRole({ ...base, role: 'ADMIN' }, 'ADMIN').role).toBe('ADMIN');
  });
});
