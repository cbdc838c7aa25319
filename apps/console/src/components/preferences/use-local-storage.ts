'use client';

import { useCallback, useMemo, useSyncExternalStore } from 'react';

const listeners = new Set<() => void>();

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  // Another tab changed it.
  window.addEventListener('storage', listener);
  return () => {
    listeners.delete(listener);
    window.removeEventListener('storage', listener);
  };
}

function parse<T extends object>(stored: string | null, initial: T): T {
  if (stored === null) return initial;
  try {
    return { ...initial, ...(JSON.parse(stored) as Partial<T>) };
  } catch {
    return initial;
  }
}

/**
 * An object kept in localStorage under `key`, such as a table's preferences, so that it survives reloads. The server
 * render uses `initial` (pass a module constant), so hydration matches; a stored value that no longer parses is ignored.
 */
export function useLocalStorage<T extends object>(key: string, initial: T): [T, (value: T) => void] {
  const stored = useSyncExternalStore(
    subscribe,
    () => window.localStorage.getItem(key),
    () => null,
  );
  const value = useMemo(() => parse(stored, initial), [stored, initial]);
  const save = useCallback(
    (next: T) => {
      window.localStorage.setItem(key, JSON.stringify(next));
      listeners.forEach((listener) => listener());
    },
    [key],
  );
  return [value, save];
}
