'use client';

import { awsCatalog, catalogWithServices, parseServiceReference, type Catalog, type CatalogServiceData } from '@gatehouse/evaluator/catalog';
import { createContext, useContext, useMemo, type ReactNode } from 'react';
import { useQuery } from 'urql';
import { CustomServicesQuery } from './catalog.documents';

const CatalogContext = createContext<Catalog>(awsCatalog);

/**
 * The catalog the console's editors, validation and simulator read: AWS's, compiled in, plus the services the operator
 * imported, read once from the API and parsed by the same evaluator code the API uses. Until they arrive (or without
 * them, if the read fails), AWS's alone.
 */
export function CatalogProvider({ children }: { children: ReactNode }) {
  const [{ data }] = useQuery({ query: CustomServicesQuery });
  const catalog = useMemo(() => {
    const services = (data?.customServices ?? []).flatMap((definition): CatalogServiceData[] => {
      const parsed = parseServiceReference(definition.serviceReference);
      return parsed.ok ? [parsed.service] : [];
    });
    return catalogWithServices(services);
  }, [data]);
  return <CatalogContext.Provider value={catalog}>{children}</CatalogContext.Provider>;
}

/** The services the console knows: AWS's and the operator's. */
export function useCatalog(): Catalog {
  return useContext(CatalogContext);
}
