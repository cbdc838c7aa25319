'use client';

import { awsCatalog, catalogWithServices, parseServiceReference, type Catalog, type CatalogServiceData } from '@gatehouse/evaluator/catalog';
import { createContext, useContext, useMemo, type ReactNode } from 'react';
import { useQuery } from 'urql';
import { CustomServicesQuery } from './catalog.documents';

const NO_SERVICES: readonly CatalogServiceData[] = [];
const CatalogContext = createContext<{ catalog: Catalog; services: readonly CatalogServiceData[] }>({ catalog: awsCatalog, services: NO_SERVICES });

/**
 * The catalog the console's editors, validation and simulator read: AWS's, compiled in, plus the services the operator
 * imported, read once from the API and parsed by the same evaluator code the API uses. Until they arrive (or without
 * them, if the read fails), AWS's alone.
 */
export function CatalogProvider({ children }: { children: ReactNode }) {
  const [{ data }] = useQuery({ query: CustomServicesQuery });
  const value = useMemo(() => {
    const services = (data?.customServices ?? []).flatMap((definition): CatalogServiceData[] => {
      const parsed = parseServiceReference(definition.serviceReference);
      return parsed.ok ? [parsed.service] : [];
    });
    return { catalog: catalogWithServices(services), services: services.length === 0 ? NO_SERVICES : services };
  }, [data]);
  return <CatalogContext.Provider value={value}>{children}</CatalogContext.Provider>;
}

/** The services the console knows: AWS's and the operator's. */
export function useCatalog(): Catalog {
  return useContext(CatalogContext).catalog;
}

/** The operator's imported services alone, as plain data: what a Web Worker needs to build the same catalog. */
export function useCustomServices(): readonly CatalogServiceData[] {
  return useContext(CatalogContext).services;
}
