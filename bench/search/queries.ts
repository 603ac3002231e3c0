// The fixed query mix: what school leaders type, with and without facet filters. Each query
// runs unscoped and scoped to a school (rotating over a fixed sample of schools).
import type { SearchFilters, SearchSort } from '@partnerwijzer/search';

export interface MixQuery {
  label: string;
  text: string;
  filters?: SearchFilters;
  sort?: SearchSort;
}

export const QUERY_MIX: MixQuery[] = [
  { label: 'bijles rekenen groep 8', text: 'bijles rekenen groep 8' },
  { label: 'jeugdzorg in de school', text: 'jeugdzorg in de school' },
  { label: 'JINC', text: 'JINC' },
  { label: 'huiswerkbegeleidng (typo)', text: 'huiswerkbegeleidng' },
  { label: 'lezen', text: 'lezen' },
  { label: '"" (browse)', text: '' },
  {
    label: 'bijles rekenen groep 8 + FREE, verified',
    text: 'bijles rekenen groep 8',
    filters: { costTypes: ['FREE', 'SUBSIDISED'], verifiedOnly: true },
  },
  {
    label: 'lezen + DURING_SCHOOL, PUPILS',
    text: 'lezen',
    filters: { deliveryModes: ['DURING_SCHOOL'], targetGroups: ['PUPILS'] },
  },
  {
    label: '"" + TAAL_LEZEN, PO',
    text: '',
    filters: { interventionTypes: ['TAAL_LEZEN'], sectors: ['PO'] },
  },
  {
    label: 'ouders + YOUTH_CARE/FOUNDATION',
    text: 'ouders',
    filters: { organisationTypes: ['YOUTH_CARE', 'FOUNDATION'] },
  },
  { label: 'cultuur sport techniek', text: 'cultuur sport techniek' },
  { label: '"" sorted UPDATED', text: '', sort: 'UPDATED' },
];

const QUERY = `query Search($input: SearchOfferingsInput!) {
  searchOfferings(input: $input) {
    total
    engine
    hits {
      offeringId
      distanceKm
      highlights { field segments { text match } }
      reasons { code text }
      offering { id title }
      organisation { id name }
    }
    facets { field values { value count } }
  }
}`;

export interface SearchResponse {
  searchOfferings: { total: number; engine: string; hits: { offeringId: string }[] };
}

export function requestBody(q: MixQuery, vestigingscode: string | undefined): string {
  return JSON.stringify({
    query: QUERY,
    variables: {
      input: {
        text: q.text,
        ...(q.filters ? { filters: q.filters } : {}),
        ...(q.sort ? { sort: q.sort } : {}),
        ...(vestigingscode ? { vestigingscode } : {}),
        limit: 20,
        offset: 0,
      },
    },
  });
}
