import type { TypedDocumentNode } from '@apollo/client';
import { useQuery } from '@apollo/client/react';

// The API's maximum page; a list says when there are more and asks to refine the search.
const PAGE_SIZE = 200;

interface PageVariables {
  first: number;
  search?: string | null;
}

/**
 * The first page of a searched list (schools, partners) as a list shows it: its items, the total
 * and the query's state. `page` picks the connection out of the answer.
 */
export function useSearchedPage<R, T>(
  query: TypedDocumentNode<R, PageVariables>,
  page: (data: R) => { nodes: T[]; totalCount: number },
  search: string,
) {
  const term = search.trim();
  const { data, previousData, loading, error, refetch } = useQuery(query, {
    variables: { first: PAGE_SIZE, search: term === '' ? undefined : term },
  });
  // Keep showing the last results while a new search runs, so the list does not flash empty.
  const answer = data ?? previousData;
  const result = answer === undefined ? undefined : page(answer);
  return {
    items: result?.nodes ?? [],
    totalCount: result?.totalCount ?? 0,
    hasResult: result !== undefined,
    loading,
    error,
    refetch: () => void refetch(),
  };
}
