import type { Catalog, CatalogAction as EvaluatorAction } from '@gatehouse/evaluator/catalog';
import type { RequestContext } from '../../context';
import { IamError } from '../../errors/iam-error';
import type { CatalogAction, CatalogConditionKey, CatalogResourceType, CatalogService, CustomServiceDefinition } from './catalog.type';

// The catalog is reference data: AWS's, compiled into the evaluator, and the operator's imported services
// (ctx.serviceCatalog); no account scoping.

export function catalogServices(catalog: Catalog): CatalogService[] {
  return catalog.listServices().sort((a, b) => a.prefix.localeCompare(b.prefix));
}

export function catalogService(catalog: Catalog, prefix: string): CatalogService {
  const service = catalog.getService(prefix);
  if (!service) throw new IamError('NoSuchEntity', `The service with prefix ${prefix} cannot be found in the action catalog.`);
  return service;
}

function withArnFormats(catalog: Catalog, action: EvaluatorAction): CatalogAction {
  return {
    ...action,
    resourceTypes: action.resourceTypes.map((resourceType) => ({
      ...resourceType,
      arnFormat: catalog.getResourceType(action.service, resourceType.name)?.arnFormat ?? null,
    })),
  };
}

/** A service's actions in catalog order, optionally of one access level (the visual editor groups them by level). */
export function catalogActions(catalog: Catalog, prefix: string, accessLevel: string | undefined): CatalogAction[] {
  return catalog
    .listActions(prefix)
    .filter((action) => accessLevel === undefined || action.accessLevel === accessLevel)
    .map((action) => withArnFormats(catalog, action));
}

export function catalogResourceTypes(catalog: Catalog, prefix: string): CatalogResourceType[] {
  return catalog.listResourceTypes(prefix);
}

/** A service's condition keys, or with no service the global `aws:` keys. */
export function catalogConditionKeys(catalog: Catalog, prefix: string | undefined): CatalogConditionKey[] {
  return catalog.listConditionKeys(prefix);
}

/** The imported services' documents, in prefix order. */
export async function customServiceDefinitions(ctx: RequestContext): Promise<CustomServiceDefinition[]> {
  const rows = await ctx.prisma.customService.findMany({ orderBy: { prefix: 'asc' }, select: { prefix: true, serviceReference: true } });
  return rows.map((row) => ({ prefix: row.prefix, serviceReference: JSON.stringify(row.serviceReference) }));
}
