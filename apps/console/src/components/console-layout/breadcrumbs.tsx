'use client';

import type { BreadcrumbGroupProps } from '@cloudscape-design/components/breadcrumb-group';
import { createContext, useContext, useEffect, useState, type ReactNode } from 'react';

type Breadcrumb = BreadcrumbGroupProps.Item;

const BreadcrumbsContext = createContext<{
  items: readonly Breadcrumb[];
  setItems: (items: readonly Breadcrumb[]) => void;
} | null>(null);

/** Holds the current page's breadcrumbs for the console layout, which renders them above the content. */
export function BreadcrumbsProvider({ children }: { children: ReactNode }) {
  const [items, setItems] = useState<readonly Breadcrumb[]>([]);
  return <BreadcrumbsContext.Provider value={{ items, setItems }}>{children}</BreadcrumbsContext.Provider>;
}

function useBreadcrumbsContext() {
  const context = useContext(BreadcrumbsContext);
  if (!context) throw new Error('breadcrumbs are only available inside the console layout');
  return context;
}

/** The breadcrumbs of the page on screen, for the layout. */
export function useBreadcrumbs(): readonly Breadcrumb[] {
  return useBreadcrumbsContext().items;
}

/** Declares the page's breadcrumbs, e.g. IAM › Policies › Create policy. Pass a stable array (a module constant or memo). */
export function usePageBreadcrumbs(items: readonly Breadcrumb[]): void {
  const { setItems } = useBreadcrumbsContext();
  useEffect(() => setItems(items), [items, setItems]);
}
