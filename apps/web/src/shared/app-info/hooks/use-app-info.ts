import { useQuery } from '../../../app/graphql/use-query';

import type { AppInfoQuery } from '../../../generated/graphql';
import { APP_INFO_QUERY } from '../graphql/app-info.query';

export type AppInfo = AppInfoQuery['appInfo'];

export function useAppInfo() {
  const { data, loading, error, refetch } = useQuery(APP_INFO_QUERY);
  return { appInfo: data?.appInfo, loading, error, refetch };
}
