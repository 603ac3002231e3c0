import { useQuery } from '../../app/graphql/use-query';
import { useCallback, useMemo } from 'react';

import { useLanguage } from '../../app/i18n/use-t';
import type { FinderInterventionTypesQuery } from '../../generated/graphql';
import { INTERVENTION_TYPES_QUERY } from './intervention-types.query';

export type InterventionTypeNode = FinderInterventionTypesQuery['interventionTypes'][number];

/** The taxonomy, plus a label lookup in the current language (the code while loading). */
export function useInterventionTypes() {
  const { lang } = useLanguage();
  const { data, loading, error, refetch } = useQuery(INTERVENTION_TYPES_QUERY);
  const types = useMemo(() => data?.interventionTypes ?? [], [data]);
  const byCode = useMemo(() => new Map(types.map((type) => [type.code as string, type])), [types]);
  const needLabel = useCallback(
    (code: string) => {
      const type = byCode.get(code);
      if (!type) return code;
      return lang === 'en' ? type.labelEn : type.labelNl;
    },
    [byCode, lang],
  );
  return { types, needLabel, loading, error, refetch: () => void refetch() };
}
