'use client';

import { useRouter } from 'next/navigation';
import { useCallback } from 'react';

/** The detail every Cloudscape `onFollow` event carries (links, side navigation, breadcrumbs, menus). */
interface FollowDetail {
  href?: string;
  external?: boolean;
}

/**
 * Turns a Cloudscape `onFollow` into a client-side navigation, so that moving between pages never reloads the
 * document. Cloudscape only fires `onFollow` for plain clicks; modified clicks (new tab) keep the browser's default.
 */
export function useFollow(): (event: CustomEvent<FollowDetail>) => void {
  const router = useRouter();
  return useCallback(
    (event: CustomEvent<FollowDetail>) => {
      const { href, external } = event.detail;
      if (!href || external) return;
      event.preventDefault();
      router.push(href);
    },
    [router],
  );
}
