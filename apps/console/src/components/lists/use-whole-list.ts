'use client';

import type { CombinedError, TypedDocumentNode } from '@urql/core';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useClient, useQuery } from 'urql';

/** The part of a Relay connection a whole list needs. */
export interface ListConnection<Node> {
  totalCount: number;
  edges: ReadonlyArray<{ node: Node }>;
  pageInfo: { hasNextPage: boolean; endCursor?: string | null };
}

export interface WholeList<Node> {
  /** Every item received so far: the first page, then each later page as it arrives. */
  items: Node[];
  /** How many the whole list holds, from the first page. */
  totalCount?: number;
  /** The first page is on its way (nothing to show yet, or a refresh). */
  fetching: boolean;
  /** The first page is shown and later pages are still coming. */
  loadingMore: boolean;
  error?: CombinedError;
  /** Loads the whole list again from the API, not from the cache. */
  refresh: () => void;
}

interface LaterPages<Node> {
  /** The first page these follow: a new first page (refresh, invalidation) starts them again. */
  after: unknown;
  items: Node[];
  done: boolean;
  error?: CombinedError;
}

/**
 * A list as the AWS console loads it: every item, not just the first page. The first page comes from `useQuery` (so
 * the document cache and its invalidation apply), then the hook follows the connection's cursors one page at a time,
 * growing `items` as each page arrives, so the table shows the first page at once and the rest as it comes.
 * `variables` are the first page's: `first` is the page size; later pages add `after`.
 */
export function useWholeList<Data, Variables extends { first?: number; after?: string | null }, Node>(
  query: TypedDocumentNode<Data, Variables>,
  variables: Variables,
  connectionOf: (data: Data) => ListConnection<Node>,
): WholeList<Node> {
  const client = useClient();
  const [firstPage, reexecute] = useQuery<Data, Variables>({ query, variables } as Parameters<typeof useQuery<Data, Variables>>[0]);
  const [later, setLater] = useState<LaterPages<Node> | null>(null);
  // After an explicit refresh the later pages must not come from the cache either.
  const networkOnly = useRef(false);
  const connectionOfRef = useRef(connectionOf);
  connectionOfRef.current = connectionOf;
  const variablesKey = JSON.stringify(variables);

  const firstData = firstPage.data;
  useEffect(() => {
    if (!firstData) return;
    const first = connectionOfRef.current(firstData);
    if (!first.pageInfo.hasNextPage || !first.pageInfo.endCursor) {
      setLater({ after: firstData, items: [], done: true });
      return;
    }
    let cancelled = false;
    const requestPolicy = networkOnly.current ? 'network-only' : 'cache-first';
    setLater({ after: firstData, items: [], done: false });
    void (async () => {
      const items: Node[] = [];
      let cursor: string | null | undefined = first.pageInfo.endCursor;
      while (cursor) {
        const result = await client.query(query, { ...(JSON.parse(variablesKey) as Variables), after: cursor }, { requestPolicy }).toPromise();
        if (cancelled) return;
        if (!result.data) {
          setLater({ after: firstData, items: [...items], done: true, error: result.error });
          return;
        }
        const page = connectionOfRef.current(result.data);
        items.push(...page.edges.map((edge) => edge.node));
        cursor = page.pageInfo.hasNextPage ? page.pageInfo.endCursor : null;
        setLater({ after: firstData, items: [...items], done: !cursor });
      }
    })();
    return () => {
      cancelled = true;
    };
  }, [client, query, variablesKey, firstData]);

  const laterOfThisPage = later?.after === firstData ? later : null;
  const items = useMemo(() => {
    if (!firstData) return [];
    const first = connectionOfRef.current(firstData).edges.map((edge) => edge.node);
    return laterOfThisPage && laterOfThisPage.items.length > 0 ? [...first, ...laterOfThisPage.items] : first;
  }, [firstData, laterOfThisPage]);

  const refresh = useCallback(() => {
    networkOnly.current = true;
    reexecute({ requestPolicy: 'network-only' });
  }, [reexecute]);

  const firstConnection = firstData ? connectionOfRef.current(firstData) : undefined;
  const error = firstPage.error ?? laterOfThisPage?.error;
  return {
    items,
    ...(firstConnection ? { totalCount: firstConnection.totalCount } : {}),
    fetching: firstPage.fetching,
    loadingMore: Boolean(firstConnection?.pageInfo.hasNextPage) && !laterOfThisPage?.done,
    ...(error ? { error } : {}),
    refresh,
  };
}
