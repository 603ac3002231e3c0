import type { TypedDocumentNode } from '@apollo/client';
import { useQuery } from '@apollo/client/react';

import { useRouter } from '../../app/routing/use-router';

/**
 * A page opened from a mailed link (`?token=…`): the token and what the API answers for it,
 * always asked afresh (the link's state changes outside this browser). Empty token: not asked.
 */
export function useMailLinkQuery<R>(query: TypedDocumentNode<R, { token: string }>) {
  const { search } = useRouter();
  const token = new URLSearchParams(search).get('token')?.trim() ?? '';
  const result = useQuery(query, {
    variables: { token },
    skip: !token,
    fetchPolicy: 'network-only',
  });
  return { token, ...result };
}
