import { useQuery } from '../../../app/graphql/use-query';

import { MUNICIPALITY_NAME_QUERY } from '../graphql/municipality-name.query';
import { PROVINCES_QUERY } from '../graphql/provinces.query';

/** The province's name, or its code while loading or when unknown. */
export function useProvinceName(code: string): string {
  const { data } = useQuery(PROVINCES_QUERY);
  return data?.provinces.find((p) => p.code === code)?.name ?? code;
}

/** The municipality's name, or its code while loading or when unknown. */
export function useMunicipalityName(code: string): string {
  const { data } = useQuery(MUNICIPALITY_NAME_QUERY, { variables: { code } });
  return data?.municipality.name ?? code;
}
