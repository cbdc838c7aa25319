'use client';

import type { CombinedError, TypedDocumentNode } from '@urql/core';
import { useCallback, useEffect, useState } from 'react';
import { useClient } from 'urql';

/** A page of getAccountAuthorizationDetails: the lists the query asks for, and where the next page starts. */
interface DetailsPage {
  userDetailList?: readonly unknown[];
  groupDetailList?: readonly unknown[];
  roleDetailList?: readonly unknown[];
  policies?: readonly unknown[];
  pageInfo: { hasNextPage: boolean; endCursor?: string | null };
}

const listNames = ['userDetailList', 'groupDetailList', 'roleDetailList', 'policies'] as const;

/** The API's largest page: few round trips for a large account. */
const pageSize = 1000;

export interface WholeAuthorizationDetails<Details> {
  /** Every page's lists appended; undefined until the first page arrives. */
  details?: Details;
  fetching: boolean;
  error?: CombinedError;
  /** Reads the whole account again from the API. */
  refresh: () => void;
}

/**
 * GetAccountAuthorizationDetails read whole. The API pages it by entities across its lists (AWS's MaxItems and
 * Marker), so this follows the cursor and appends each page's lists, for the views that need the whole account at
 * once: a user's policies through its groups, the simulator's principals.
 */
export function useWholeAuthorizationDetails<Details extends DetailsPage>(
  query: TypedDocumentNode<{ getAccountAuthorizationDetails: Details }, { first: number; after?: string | null }>,
): WholeAuthorizationDetails<Details> {
  const client = useClient();
  const [state, setState] = useState<{ details?: Details; error?: CombinedError; fetching: boolean }>({ fetching: true });
  const [reads, setReads] = useState(0);

  useEffect(() => {
    let cancelled = false;
    setState((previous) => ({ ...previous, fetching: true }));
    void (async () => {
      let details: Details | undefined;
      let after: string | null | undefined;
      do {
        const result = await client.query(query, { first: pageSize, after }, { requestPolicy: 'network-only' }).toPromise();
        if (cancelled) return;
        const page = result.data?.getAccountAuthorizationDetails;
        if (!page) {
          setState({ ...(details ? { details } : {}), ...(result.error ? { error: result.error } : {}), fetching: false });
          return;
        }
        details = details ? appendPage(details, page) : page;
        after = page.pageInfo.hasNextPage ? page.pageInfo.endCursor : null;
      } while (after);
      setState({ details, fetching: false });
    })();
    return () => {
      cancelled = true;
    };
  }, [client, query, reads]);

  const refresh = useCallback(() => setReads((count) => count + 1), []);
  return { ...state, refresh };
}

function appendPage<Details extends DetailsPage>(details: Details, page: Details): Details {
  const appended: DetailsPage = { ...details, pageInfo: page.pageInfo };
  for (const name of listNames) {
    const earlier = details[name];
    const later = page[name];
    if (earlier && later) appended[name] = [...earlier, ...later];
  }
  return appended as Details;
}
