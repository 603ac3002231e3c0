import { useQuery } from '../../../app/graphql/use-query';
import { useMemo } from 'react';

import type { SchoolPointsQuery, SchoolSector } from '../../../generated/graphql';
import { SCHOOL_POINTS_QUERY } from '../graphql/school-points.query';

export interface SchoolPoint {
  vestigingscode: string;
  name: string;
  sector: SchoolSector;
  lat: number;
  lng: number;
}

/** The API's parallel lists (compact for 8,622 schools) as one object per school. */
export function toSchoolPoints(lists: SchoolPointsQuery['schoolPoints']): SchoolPoint[] {
  return lists.vestigingscodes.map((vestigingscode, i) => ({
    vestigingscode,
    name: lists.names[i] ?? vestigingscode,
    sector: lists.sectors[i]!,
    lat: lists.coordinates[2 * i]!,
    lng: lists.coordinates[2 * i + 1]!,
  }));
}

/** Every active school as a point for the overview map (all 8,622 real ones in one answer). */
export function useSchoolPoints(skip = false) {
  const { data, error } = useQuery(SCHOOL_POINTS_QUERY, { skip });
  const lists = data?.schoolPoints;
  const points = useMemo(() => (lists ? toSchoolPoints(lists) : undefined), [lists]);
  return { points, error };
}
