// A catalog of services: AWS's (catalog-data.json), plus any the operator defined (service-reference.ts), given as
// data so that the evaluator stays pure. Lookups are case-insensitive, as IAM's are; indexes are built on first use.
import { compileWildcard } from '../compile/wildcard';
import { ACCESS_LEVELS, type CatalogData } from './catalog-data';

export type AccessLevel = (typeof ACCESS_LEVELS)[number];

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
  /** True for a service the operator defined rather than one of AWS's. */
  custom: boolean;
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

/** One service's entry: `catalog-data.json`'s shape, with its prefix. */
export type CatalogServiceData = CatalogData['services'][string] & { prefix: string; custom?: boolean };

export class Catalog {
  private readonly servicesIndex = new Map<string, CatalogService>();
  private readonly data = new Map<string, CatalogServiceData>();
  private readonly actionsIndex = new Map<string, Map<string, CatalogAction>>();
  private readonly resourceTypesIndex = new Map<string, Map<string, CatalogResourceType>>();
  private readonly matchCache = new Map<string, CatalogAction[]>();
  private conditionKeysIndex: { exact: Map<string, CatalogConditionKey>; prefixes: Array<[string, CatalogConditionKey]> } | undefined;

  constructor(
    services: readonly CatalogServiceData[],
    private readonly globalConditionKeys: Record<string, string>,
  ) {
    for (const service of services) {
      this.servicesIndex.set(service.prefix.toLowerCase(), { prefix: service.prefix, name: service.name, custom: service.custom === true });
      this.data.set(service.prefix, service);
    }
  }

  /** This catalog with the operator's services added (a prefix already present is kept as it is). */
  withServices(custom: readonly CatalogServiceData[]): Catalog {
    const added = custom.filter((service) => !this.servicesIndex.has(service.prefix.toLowerCase())).map((service) => ({ ...service, custom: true }));
    return new Catalog([...this.data.values(), ...added], this.globalConditionKeys);
  }

  listServices(): CatalogService[] {
    return [...this.servicesIndex.values()];
  }

  /** The service for an action prefix (`IAM` finds `iam`). */
  getService(prefix: string): CatalogService | undefined {
    return this.servicesIndex.get(prefix.toLowerCase());
  }

  listActions(prefix: string): CatalogAction[] {
    return [...(this.serviceActions(prefix)?.values() ?? [])];
  }

  /** `getAction('s3:getobject')` → the catalog entry for `s3:GetObject`. */
  getAction(action: string): CatalogAction | undefined {
    const colon = action.indexOf(':');
    if (colon < 0) return undefined;
    return this.serviceActions(action.slice(0, colon))?.get(action.slice(colon + 1).toLowerCase());
  }

  /** The visual editor's grouping: a service's actions under each access level, in catalog order. */
  actionsByAccessLevel(prefix: string): Record<AccessLevel, CatalogAction[]> {
    const groups = Object.fromEntries(ACCESS_LEVELS.map((l) => [l, [] as CatalogAction[]])) as Record<AccessLevel, CatalogAction[]>;
    for (const a of this.listActions(prefix)) groups[a.accessLevel].push(a);
    return groups;
  }

  /** Every catalog action an Action pattern covers (`s3:Get*`, `*:Describe*`, `*`), case-insensitively. */
  matchActions(pattern: string): CatalogAction[] {
    const key = pattern.toLowerCase();
    let found = this.matchCache.get(key);
    if (!found) {
      found = this.findActions(key);
      // A catalog never changes, so results stay valid; the bound only caps memory for odd inputs.
      if (this.matchCache.size >= 2048) this.matchCache.clear();
      this.matchCache.set(key, found);
    }
    return found;
  }

  listResourceTypes(prefix: string): CatalogResourceType[] {
    return [...(this.serviceResourceTypes(prefix)?.values() ?? [])];
  }

  getResourceType(prefix: string, name: string): CatalogResourceType | undefined {
    return this.serviceResourceTypes(prefix)?.get(name);
  }

  /** The key's entry (`aws:PrincipalTag/Department` finds the `aws:PrincipalTag/…` pattern), case-insensitively. */
  getConditionKey(name: string): CatalogConditionKey | undefined {
    const index = this.conditionKeys();
    const lower = name.toLowerCase();
    const found = index.exact.get(lower);
    if (found) return found;
    for (const [prefix, entry] of index.prefixes) if (lower.startsWith(prefix) && lower.length > prefix.length) return entry;
    return undefined;
  }

  /** Condition keys of one service (its own and the `aws:` keys its actions name), or the global keys without a prefix. */
  listConditionKeys(prefix?: string): CatalogConditionKey[] {
    if (prefix === undefined) {
      return Object.entries(this.globalConditionKeys).map(([name, type]) => ({ name, type: type as ConditionKeyType, global: true }));
    }
    const service = this.getService(prefix);
    if (!service) return [];
    return Object.entries(this.data.get(service.prefix)!.conditionKeys).map(([name, type]) => ({
      name,
      type: type as ConditionKeyType,
      global: name.toLowerCase().startsWith('aws:'),
    }));
  }

  /** The actions of a service keyed by lower-cased name. */
  private serviceActions(prefix: string): Map<string, CatalogAction> | undefined {
    const service = this.getService(prefix);
    if (!service) return undefined;
    let index = this.actionsIndex.get(service.prefix);
    if (!index) {
      index = new Map();
      for (const [name, [level, resourceTypes, conditionKeys]] of Object.entries(this.data.get(service.prefix)!.actions)) {
        index.set(name.toLowerCase(), {
          service: service.prefix,
          name,
          action: `${service.prefix}:${name}`,
          accessLevel: ACCESS_LEVELS[level] ?? 'Write',
          resourceTypes: resourceTypes.map((r) => (r.endsWith('*') ? { name: r.slice(0, -1), required: true } : { name: r, required: false })),
          conditionKeys,
        });
      }
      this.actionsIndex.set(service.prefix, index);
    }
    return index;
  }

  private findActions(pattern: string): CatalogAction[] {
    if (pattern === '*') return this.listServices().flatMap((s) => this.listActions(s.prefix));
    const colon = pattern.indexOf(':');
    if (colon < 0) return [];
    const servicePart = pattern.slice(0, colon);
    // The pattern is lower-cased (the cache key); names are folded to compare, as AWS compares actions.
    const actionPattern = compileWildcard(pattern.slice(colon + 1), 'plain');
    const servicePattern = compileWildcard(servicePart, 'plain');
    const services = /[*?]/.test(servicePart)
      ? this.listServices().filter((s) => servicePattern(s.prefix.toLowerCase()))
      : [this.getService(servicePart)].filter((s) => s !== undefined);
    const out: CatalogAction[] = [];
    for (const s of services) for (const a of this.listActions(s.prefix)) if (actionPattern(a.name.toLowerCase())) out.push(a);
    return out;
  }

  private serviceResourceTypes(prefix: string): Map<string, CatalogResourceType> | undefined {
    const service = this.getService(prefix);
    if (!service) return undefined;
    let index = this.resourceTypesIndex.get(service.prefix);
    if (!index) {
      index = new Map();
      for (const [name, arnFormat] of Object.entries(this.data.get(service.prefix)!.resourceTypes)) index.set(name, { service: service.prefix, name, arnFormat });
      this.resourceTypesIndex.set(service.prefix, index);
    }
    return index;
  }

  private conditionKeys(): NonNullable<Catalog['conditionKeysIndex']> {
    if (this.conditionKeysIndex) return this.conditionKeysIndex;
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
    for (const [name, type] of Object.entries(this.globalConditionKeys)) add(name, type, true);
    for (const s of this.data.values()) {
      for (const [name, type] of Object.entries(s.conditionKeys)) add(name, type, name.toLowerCase().startsWith('aws:'));
    }
    this.conditionKeysIndex = { exact, prefixes };
    return this.conditionKeysIndex;
  }
}
