// A service defined by its operator, in AWS's own service reference format (the JSON documents AWS publishes for its
// Service Authorization Reference: https://servicereference.us-east-1.amazonaws.com/), turned into a catalog entry.
import type { CatalogServiceData } from './catalog';
import { ACCESS_LEVELS, catalogData } from './catalog-data';
import { gatehouseService } from './gatehouse-service';

export type ServiceReferenceResult = { ok: true; service: CatalogServiceData } | { ok: false; errors: string[] };

const CONDITION_KEY_TYPES = new Set([
  'String',
  'ArrayOfString',
  'ARN',
  'ArrayOfARN',
  'Numeric',
  'ArrayOfNumeric',
  'Date',
  'ArrayOfDate',
  'Bool',
  'ArrayOfBool',
  'IPAddress',
  'ArrayOfIPAddress',
  'Binary',
  'ArrayOfBinary',
]);

// AWS's own prefixes are lower-case letters, digits and hyphens; action names are PascalCase words.
const PREFIX = /^[a-z][a-z0-9-]{0,62}$/;
const ACTION_NAME = /^[A-Za-z][A-Za-z0-9]{0,127}$/;
const RESOURCE_NAME = /^[A-Za-z][A-Za-z0-9_-]{0,127}$/;
const KEY_NAME = /^[A-Za-z0-9_.:-]+(\/\$\{[A-Za-z0-9]+\}|\/[A-Za-z0-9_-]+)?$/;
const VARIABLE = /\$\{[A-Za-z][A-Za-z0-9]*\}/g;

interface RawAction {
  Name?: unknown;
  Resources?: unknown;
  ActionConditionKeys?: unknown;
  Annotations?: { Properties?: Record<string, unknown> };
}

/**
 * Parses and checks a service reference document: `Name` (the action prefix, not one of AWS's), `Actions[]` (`Name`,
 * `Resources[].Name`, `ActionConditionKeys`, access level from `Annotations.Properties`), `Resources[]` (`Name`,
 * `ARNFormats`), `ConditionKeys[]` (`Name`, `Types`). Every problem is reported, each with where it is; nothing throws.
 */
export function parseServiceReference(input: string | unknown): ServiceReferenceResult {
  let document: unknown = input;
  if (typeof input === 'string') {
    try {
      document = JSON.parse(input);
    } catch (error) {
      return { ok: false, errors: [`the document is not JSON: ${(error as Error).message}`] };
    }
  }
  if (typeof document !== 'object' || document === null || Array.isArray(document)) return { ok: false, errors: ['the document must be a JSON object'] };
  const errors: string[] = [];
  const raw = document as Record<string, unknown>;
  const prefix = typeof raw.Name === 'string' ? raw.Name : '';
  if (!PREFIX.test(prefix)) errors.push('`Name` must be the service prefix: 1 to 63 lower-case letters, digits and hyphens, starting with a letter');
  else if (Object.keys(catalogData.services).some((aws) => aws.toLowerCase() === prefix)) errors.push(`\`${prefix}\` is an AWS service's prefix`);
  else if (prefix === gatehouseService.prefix) errors.push(`\`${prefix}\` is Gatehouse's own prefix`);

  const conditionKeys: Record<string, string> = {};
  for (const [i, key] of list(raw.ConditionKeys, 'ConditionKeys', errors).entries()) {
    const name = typeof key?.Name === 'string' ? key.Name : '';
    const types = Array.isArray(key?.Types) ? key.Types : [];
    if (!name.toLowerCase().startsWith(`${prefix}:`) || !KEY_NAME.test(name)) errors.push(`ConditionKeys[${i}].Name \`${name}\` must be \`${prefix}:KeyName\``);
    else if (conditionKeys[name] !== undefined) errors.push(`ConditionKeys[${i}].Name \`${name}\` is declared twice`);
    if (types.length !== 1 || !CONDITION_KEY_TYPES.has(types[0])) errors.push(`ConditionKeys[${i}].Types must be one of ${[...CONDITION_KEY_TYPES].join(', ')}`);
    else conditionKeys[name] = types[0];
  }
  const knownKey = (name: unknown) =>
    typeof name === 'string' && (conditionKeys[name] !== undefined || Object.keys(catalogData.globalConditionKeys).some((global) => sameKey(global, name)));

  const resourceTypes: Record<string, string> = {};
  for (const [i, resource] of list(raw.Resources, 'Resources', errors).entries()) {
    const name = typeof resource?.Name === 'string' ? resource.Name : '';
    const formats = Array.isArray(resource?.ARNFormats) ? resource.ARNFormats : [];
    if (!RESOURCE_NAME.test(name)) errors.push(`Resources[${i}].Name \`${name}\` must be letters, digits, hyphens and underscores`);
    else if (resourceTypes[name] !== undefined) errors.push(`Resources[${i}].Name \`${name}\` is declared twice`);
    if (formats.length === 0) errors.push(`Resources[${i}].ARNFormats must list the resource's ARN format`);
    for (const [j, format] of formats.entries()) {
      const problem = arnFormatProblem(format, prefix);
      if (problem) errors.push(`Resources[${i}].ARNFormats[${j}] ${problem}`);
    }
    if (RESOURCE_NAME.test(name) && typeof formats[0] === 'string') resourceTypes[name] = formats[0];
  }

  const actions: CatalogServiceData['actions'] = {};
  for (const [i, action] of (list(raw.Actions, 'Actions', errors) as RawAction[]).entries()) {
    const name = typeof action?.Name === 'string' ? action.Name : '';
    if (!ACTION_NAME.test(name)) {
      errors.push(`Actions[${i}].Name \`${name}\` must be letters and digits, starting with a letter`);
      continue;
    }
    if (Object.keys(actions).some((other) => other.toLowerCase() === name.toLowerCase())) errors.push(`Actions[${i}].Name \`${name}\` is declared twice`);
    const resources = (Array.isArray(action.Resources) ? action.Resources : []).map((resource: { Name?: unknown }) => resource?.Name);
    for (const resource of resources) if (typeof resource !== 'string' || resourceTypes[resource] === undefined) errors.push(`Actions[${i}] (${name}) names an undeclared resource \`${String(resource)}\``);
    const keys = Array.isArray(action.ActionConditionKeys) ? action.ActionConditionKeys : [];
    for (const key of keys) if (!knownKey(key)) errors.push(`Actions[${i}] (${name}) names an undeclared condition key \`${String(key)}\``);
    // The reference format does not mark required resources; a single one is what the action acts on.
    const resourceNames = resources.filter((resource): resource is string => typeof resource === 'string');
    actions[name] = [accessLevel(action.Annotations?.Properties), resourceNames.length === 1 ? [`${resourceNames[0]}*`] : resourceNames, keys.filter((key): key is string => typeof key === 'string')];
  }
  if (Object.keys(actions).length === 0 && errors.length === 0) errors.push('`Actions` must declare at least one action');
  if (errors.length > 0) return { ok: false, errors };
  return { ok: true, service: { prefix, name: prefix, actions, resourceTypes, conditionKeys, custom: true } };
}

function list(value: unknown, field: string, errors: string[]): any[] {
  if (value === undefined) return [];
  if (!Array.isArray(value)) {
    errors.push(`\`${field}\` must be an array`);
    return [];
  }
  return value;
}

/** AWS's annotations, in the precedence its Service Authorization Reference shows a single access level with. */
function accessLevel(properties: Record<string, unknown> | undefined): number {
  const level = properties?.IsPermissionManagement
    ? 'Permissions management'
    : properties?.IsTaggingOnly
      ? 'Tagging'
      : properties?.IsWrite
        ? 'Write'
        : properties?.IsList
          ? 'List'
          : 'Read';
  return ACCESS_LEVELS.indexOf(level);
}

function sameKey(pattern: string, name: string): boolean {
  const slash = pattern.indexOf('/');
  return slash < 0 ? pattern.toLowerCase() === name.toLowerCase() : name.toLowerCase().startsWith(pattern.slice(0, slash + 1).toLowerCase());
}

/** `arn:${Partition}:PREFIX:REGION:ACCOUNT:RESOURCE`, where each part may hold `${Variables}`. */
function arnFormatProblem(format: unknown, prefix: string): string | undefined {
  if (typeof format !== 'string') return 'must be a string';
  const parts = format.split(':');
  if (parts.length < 6 || parts[0] !== 'arn' || parts[1] !== '${Partition}') return `\`${format}\` must read \`arn:\${Partition}:${prefix}:REGION:ACCOUNT:RESOURCE\``;
  if (parts[2] !== prefix) return `\`${format}\` must name the service \`${prefix}\``;
  const resource = parts.slice(5).join(':');
  if (resource.replace(VARIABLE, 'x').length === 0) return `\`${format}\` has no resource part`;
  const unbalanced = format.replace(VARIABLE, '');
  if (/[${}]/.test(unbalanced)) return `\`${format}\` has a malformed \`\${Variable}\``;
  return undefined;
}
