import { useQuery } from '@apollo/client/react';

import type { OrganisationsQuery } from '../../../generated/graphql';
import { ORGANISATIONS_QUERY } from '../graphql/organisations.query';

export type OrganisationNode = OrganisationsQuery['organisations']['nodes'][number];
export type OfferingNode = OrganisationNode['offerings'][number];
export type CoverageAreaNode = OfferingNode['coverage'][number];

const PAGE_SIZE = 200;

export function useOrganisations(search: string) {
  const term = search.trim();
  const { data, previousData, loading, error, refetch } = useQuery(ORGANISATIONS_QUERY, {
    variables: { first: PAGE_SIZE, search: term === '' ? undefined : term },
  });
  const result = (data ?? previousData)?.organisations;
  return {
    organisations: result?.nodes ?? [],
    totalCount: result?.totalCount ?? 0,
    hasResult: result !== undefined,
    loading,
    error,
    refetch: () => void refetch(),
  };
}
