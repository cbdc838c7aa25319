'use client';

import { usePathname, useRouter, useSearchParams } from 'next/navigation';
import { useCallback } from 'react';

/**
 * The detail page's tab in use, kept in `?tab=` so that a link or a reload opens the same tab. Changing it replaces
 * the history entry, as switching tabs is not a navigation.
 */
export function useTabInUrl<Tab extends string>(tabs: readonly Tab[], defaultTab: Tab): [Tab, (tab: Tab) => void] {
  const router = useRouter();
  const pathname = usePathname();
  const searchParams = useSearchParams();
  const requested = searchParams.get('tab');
  const active = tabs.find((tab) => tab === requested) ?? defaultTab;
  const setTab = useCallback(
    (tab: Tab) => {
      const next = new URLSearchParams(searchParams.toString());
      next.set('tab', tab);
      router.replace(`${pathname}?${next.toString()}`, { scroll: false });
    },
    [router, pathname, searchParams],
  );
  return [active, setTab];
}
