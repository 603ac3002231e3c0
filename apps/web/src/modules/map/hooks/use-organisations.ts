import type { OrganisationsQuery } from '../../../generated/graphql';
import { useSearchedPage } from '../../../shared/lists/use-searched-page';
import { ORGANISATIONS_QUERY } from '../graphql/organisations.query';

export type OrganisationNode = OrganisationsQuery['organisations']['nodes'][number];
export type OfferingNode = OrganisationNode['offerings'][number];
export type CoverageAreaNode = OfferingNode['coverage'][number];

export function useOrganisations(search: string) {
  return useSearchedPage(ORGANISATIONS_QUERY, (data) => data.organisations, search);
}
