'use client';

import { useSyncExternalStore } from 'react';

const subscribeToNothing = () => () => {};

/** The console's origin (`http://127.0.0.1:3000`); undefined in the server render, which has no window. */
export function useOrigin(): string | undefined {
  return useSyncExternalStore(
    subscribeToNothing,
    () => window.location.origin,
    () => undefined,
  );
}
