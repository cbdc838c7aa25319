'use client';

import { useCallback, useState } from 'react';

/**
 * Page numbers over a Relay connection, which only moves forward from a cursor: page N can be shown once page N-1
 * has told us its end cursor. Any filter change starts again from page 1.
 */
export function useCursorPages() {
  const [cursors, setCursors] = useState<Array<string | null>>([null]);
  const [pageIndex, setPageIndex] = useState(0);

  const reset = useCallback(() => {
    setCursors([null]);
    setPageIndex(0);
  }, []);

  /** Records the end cursor of the page on screen, which opens the next page. */
  const recordEndCursor = useCallback(
    (endCursor: string | null | undefined, hasNextPage: boolean) => {
      if (!hasNextPage || !endCursor) return;
      setCursors((current) => (current[pageIndex + 1] === endCursor ? current : [...current.slice(0, pageIndex + 1), endCursor]));
    },
    [pageIndex],
  );

  return { after: cursors[pageIndex] ?? null, pageIndex, knownPages: cursors.length, setPageIndex, reset, recordEndCursor };
}
