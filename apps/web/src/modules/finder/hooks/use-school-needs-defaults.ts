import { useQuery } from '../../../app/graphql/use-query';
import { useMemo } from 'react';

import { SCHOOL_NEEDS_DEFAULTS_QUERY } from '../../../shared/needs-profile/graphql/school-needs-defaults.query';

/**
 * The needs the finder starts from for a school: its own profile when the viewer may read it
 * (its staff, its municipality, admins), otherwise a profile the school made visible; null
 * when there is none. `ready` once the answer for this school is in.
 */
export function useSchoolNeedsDefaults(vestigingscode: string | null) {
  const { data, loading, error } = useQuery(SCHOOL_NEEDS_DEFAULTS_QUERY, {
    variables: { vestigingscode: vestigingscode ?? '' },
    skip: vestigingscode === null,
    fetchPolicy: 'cache-and-network',
  });
  const defaults = vestigingscode === null ? null : (data?.schoolNeedsDefaults ?? null);
  const weights = useMemo(
    () => new Map((defaults?.items ?? []).map((i) => [i.interventionCode as string, i.weight])),
    [defaults],
  );
  return {
    defaults,
    weights,
    // An error counts as "no profile": the finder works without one.
    ready: vestigingscode !== null && ((!loading && data !== undefined) || error !== undefined),
  };
}
