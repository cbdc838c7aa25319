// Actions seen the way IAM's console shows them: grouped by access level, and summarised per service.
import {
  ACCESS_LEVELS,
  actionsByAccessLevel,
  getService,
  listActions,
  type AccessLevel,
  type CatalogAction,
} from '@gatehouse/evaluator/catalog';
import { wildcardMatches } from '@gatehouse/evaluator';
import { actionService, servicesOf } from './services';

export interface AccessLevelGroup {
  level: AccessLevel;
  actions: CatalogAction[];
}

/** A service's actions under List, Read, Write, Permissions management and Tagging, narrowed by a search text. */
export function actionGroups(service: string, search = ''): AccessLevelGroup[] {
  const needle = search.trim().toLowerCase();
  const groups = actionsByAccessLevel(service);
  return ACCESS_LEVELS.map((level) => ({
    level,
    actions: groups[level]
      .filter((a) => needle === '' || a.name.toLowerCase().includes(needle))
      .sort((a, b) => a.name.localeCompare(b.name)),
  })).filter((group) => group.actions.length > 0);
}

/** The statement's action or pattern that covers a catalog action (`s3:Get*` covers `s3:GetObject`), if any. */
export function coveringAction(actions: readonly string[], action: CatalogAction): string | undefined {
  const target = action.action.toLowerCase();
  return actions.find((pattern) => wildcardMatches(pattern.toLowerCase(), target));
}

/** How much of a service a statement grants: `Full access`, or `Limited` with the access levels it touches. */
export interface ServiceAccess {
  service: string;
  serviceName: string;
  full: boolean;
  accessLevels: AccessLevel[];
  /** Actions named that the catalog does not know (typos, new actions), shown as they are. */
  unknownActions: string[];
}

/** The "Permissions defined in this policy" summary of the review step, per service of the given actions. */
export function serviceAccess(actions: readonly string[]): ServiceAccess[] {
  return servicesOf(actions).map((service) => {
    const own = actions.filter((a) => actionService(a) === service);
    if (service === '*') return { service, serviceName: 'All services', full: true, accessLevels: [...ACCESS_LEVELS], unknownActions: [] };
    const catalogActions = listActions(service);
    const covered = catalogActions.filter((a) => coveringAction(own, a) !== undefined);
    const unknownActions = own.filter((pattern) => !catalogActions.some((a) => wildcardMatches(pattern.toLowerCase(), a.action.toLowerCase())));
    const accessLevels = ACCESS_LEVELS.filter((level) => covered.some((a) => a.accessLevel === level));
    return {
      service,
      serviceName: getService(service)?.name ?? service,
      full: catalogActions.length > 0 && covered.length === catalogActions.length,
      accessLevels,
      unknownActions,
    };
  });
}

/** `Full access`, `Limited: List, Read`, or `None` as IAM's policy summary words it. */
export function describeServiceAccess(access: ServiceAccess): string {
  if (access.full) return 'Full access';
  if (access.accessLevels.length === 0) return 'None';
  return `Limited: ${access.accessLevels.join(', ')}`;
}
