import { meiliKeyDefinitions } from './meili-keys.js';

describe('Meilisearch keys for the app', () => {
  it('scopes both keys to the one index, and lets the search key only search', () => {
    const { admin, search } = meiliKeyDefinitions('pw_offerings');
    expect(admin.indexes).toEqual(['pw_offerings']);
    expect(search.indexes).toEqual(['pw_offerings']);
    expect(search.actions).toEqual(['search']);
    expect(admin.actions).not.toContain('*');
    expect(admin.actions.some((a) => a.startsWith('keys.'))).toBe(false);
    expect(admin.actions).toEqual(
      expect.arrayContaining(['documents.add', 'documents.delete', 'settings.update', 'tasks.get']),
    );
  });

  it('gives stable, distinct uuid v4 uids per index and role, so creating them is repeatable', () => {
    const a = meiliKeyDefinitions('offerings');
    const again = meiliKeyDefinitions('offerings');
    const other = meiliKeyDefinitions('other');
    const v4 = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;
    expect(a.admin.uid).toMatch(v4);
    expect(a.search.uid).toMatch(v4);
    expect(again.admin.uid).toBe(a.admin.uid);
    expect(a.search.uid).not.toBe(a.admin.uid);
    expect(other.admin.uid).not.toBe(a.admin.uid);
  });
});
