// Resource ARNs seen through the catalog's ARN formats: which types the chosen actions need, and ARNs built from fields.
import { awsCatalog, type Catalog, type CatalogResourceType } from '@gatehouse/evaluator/catalog';
import { coveringAction } from './access-levels';
import { actionService } from './services';

const VARIABLE = /\$\{([^}]+)\}/g;

/** The resource types that the statement's actions of one service act on, in the catalog's order. */
export function resourceTypesFor(actions: readonly string[], service: string, catalog: Catalog = awsCatalog): CatalogResourceType[] {
  const own = actions.filter((a) => actionService(a) === service);
  const names = new Set<string>();
  for (const action of catalog.listActions(service)) {
    if (coveringAction(own, action) === undefined) continue;
    for (const type of action.resourceTypes) names.add(type.name);
  }
  return catalog.listResourceTypes(service).filter((type) => names.has(type.name));
}

/** The fields a person fills in to build an ARN of this type, e.g. `BucketName`, `ObjectName`; Partition is implied. */
export function arnFields(arnFormat: string): string[] {
  return [...arnFormat.matchAll(VARIABLE)].map((m) => m[1]!).filter((name) => name !== 'Partition');
}

/** Fills an ARN format; a field left empty means any value, `*`, as AWS's "Any" checkbox does. */
export function buildArn(arnFormat: string, values: Readonly<Record<string, string>>, partition = 'aws'): string {
  return arnFormat.replace(VARIABLE, (_, name: string) => {
    if (name === 'Partition') return partition;
    const value = values[name]?.trim() ?? '';
    return value === '' ? '*' : value;
  });
}

/**
 * The resource type an ARN is written for, among `types`. Several formats can match one ARN (`arn:aws:s3:::b/*`
 * fits both bucket and object); the one whose fields needed the fewest `/` wins, as a person would read it.
 */
export function resourceTypeOfArn(arn: string, types: readonly CatalogResourceType[]): CatalogResourceType | undefined {
  let best: { type: CatalogResourceType; slashes: number } | undefined;
  for (const type of types) {
    const captured = formatRegExp(type.arnFormat).exec(arn);
    if (!captured) continue;
    const slashes = captured.slice(1).reduce((n, part) => n + (part?.split('/').length ?? 1) - 1, 0);
    if (!best || slashes < best.slashes) best = { type, slashes };
  }
  return best?.type;
}

const formatCache = new Map<string, RegExp>();

function formatRegExp(arnFormat: string): RegExp {
  let regExp = formatCache.get(arnFormat);
  if (!regExp) {
    const literal = arnFormat.split(VARIABLE).map((part, i) => (i % 2 === 1 ? '([^:]*)' : part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')));
    regExp = new RegExp(`^${literal.join('')}$`);
    formatCache.set(arnFormat, regExp);
  }
  return regExp;
}
