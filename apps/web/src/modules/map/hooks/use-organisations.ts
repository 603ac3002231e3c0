import { useQuery } from '@apollo/client/react';

import type { MapPartnerQuery, OrganisationsQuery } from '../../../generated/graphql';
import { useSearchedPage } from '../../../shared/lists/use-searched-page';
import { MAP_PARTNER_QUERY, ORGANISATIONS_QUERY } from '../graphql/organisations.query';

export type OrganisationNode = OrganisationsQuery['organisations']['nodes'][number];
export type OfferingNode = MapPartnerQuery['organisation']['offerings'][number];
export type CoverageAreaNode = OfferingNode['coverage'][number];

export function useOrganisations(search: string) {
  return useSearchedPage(ORGANISATIONS_QUERY, (data) => data.organisations, search);
}

/** The offerings and coverage of one partner, fetched when it is opened (null: none open). */
export function usePartnerOfferings(id: string | null) {
  const { data, loading, error } = useQuery(MAP_PARTNER_QUERY, {
    variables: { id: id ?? '' },
    skip: id === null,
  });
  const offerings = data?.organisation.id === id ? data?.organisation.offerings : undefined;
  return { offerings, loading, error };
}
