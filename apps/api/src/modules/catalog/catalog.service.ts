import { getResourceType, getService, listActions, listConditionKeys, listResourceTypes, listServices, type CatalogAction as EvaluatorAction } from '@gatehouse/evaluator/catalog';
import { IamError } from '../../errors/iam-error';
import type { CatalogAction, CatalogConditionKey, CatalogResourceType, CatalogService } from './catalog.type';

// The catalog is static reference data compiled into the evaluator: no database, no account scoping.

export function catalogServices(): CatalogService[] {
  return listServices().sort((a, b) => a.prefix.localeCompare(b.prefix));
}

export function catalogService(prefix: string): CatalogService {
  const service = getService(prefix);
  if (!service) throw new IamError('NoSuchEntity', `The service with prefix ${prefix} cannot be found in the action catalog.`);
  return service;
}

function withArnFormats(action: EvaluatorAction): CatalogAction {
  return {
    ...action,
    resourceTypes: action.resourceTypes.map((resourceType) => ({
      ...resourceType,
      arnFormat: getResourceType(action.service, resourceType.name)?.arnFormat ?? null,
    })),
  };
}

/** A service's actions in catalog order, optionally of one access level (the visual editor groups them by level). */
export function catalogActions(prefix: string, accessLevel: string | undefined): CatalogAction[] {
  return listActions(prefix)
    .filter((action) => accessLevel === undefined || action.accessLevel === accessLevel)
    .map(withArnFormats);
}

export function catalogResourceTypes(prefix: string): CatalogResourceType[] {
  return listResourceTypes(prefix);
}

/** A service's condition keys, or with no service the global `aws:` keys. */
export function catalogConditionKeys(prefix: string | undefined): CatalogConditionKey[] {
  return listConditionKeys(prefix);
}
