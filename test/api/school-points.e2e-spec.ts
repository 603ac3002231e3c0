import { suiteTestApp } from '../support/test-app.js';

interface SchoolPoints {
  count: number;
  vestigingscodes: string[];
  names: string[];
  sectors: string[];
  coordinates: number[];
}

// schoolPoints: every active school in one answer, as parallel lists, for the overview map.
describe('schoolPoints', () => {
  const t = suiteTestApp();

  it('returns every active school once, sorted, with its position, and no inactive ones', async () => {
    await t.db.query(`UPDATE school SET active = false WHERE vestigingscode = 'ZZ0101'`);
    const res = await t.gql<{ schoolPoints: SchoolPoints; schools: { totalCount: number } }>(
      `{ schoolPoints { count vestigingscodes names sectors coordinates }
         schools(first: 1) { totalCount } }`,
    );
    expect(res.errors).toBeUndefined();
    const points = res.data!.schoolPoints;
    expect(points.count).toBe(res.data!.schools.totalCount);
    expect(points.vestigingscodes).toHaveLength(points.count);
    expect(points.names).toHaveLength(points.count);
    expect(points.sectors).toHaveLength(points.count);
    expect(points.coordinates).toHaveLength(2 * points.count);
    expect(points.vestigingscodes).toEqual([...points.vestigingscodes].sort());
    expect(new Set(points.vestigingscodes).size).toBe(points.count);
    expect(points.vestigingscodes).not.toContain('ZZ0101');

    const i = points.vestigingscodes.indexOf('ZZ0100');
    expect(points.names[i]).toBe('Voorbeeldschool De Regenboog');
    expect(points.sectors[i]).toBe('PO');
    expect(points.coordinates[2 * i]).toBeCloseTo(51.925, 3);
    expect(points.coordinates[2 * i + 1]).toBeCloseTo(4.388, 3);
    for (const c of points.coordinates) {
      expect(Math.abs(c * 1e5 - Math.round(c * 1e5))).toBeLessThan(1e-6);
    }
  });
});
