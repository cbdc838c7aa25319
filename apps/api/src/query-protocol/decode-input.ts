import type { AwsValue } from './query-operation';
import { QueryError } from './query-error';
import type { ServiceModel, Shape } from './service-models';

/** AWS's longest list parameter holds far fewer; a larger index is a malformed request, not a long list. */
const maxListIndex = 1000;

interface ParameterNode {
  value?: string;
  children: Map<string, ParameterNode>;
}

/**
 * The form's flat parameters (`Tags.member.1.Key`, `ContextEntries.member.1.ContextKeyValues.member.2`,
 * `Name.entry.1.key`) as the action's input structure, read by the model's input shape: lists from `member.N`
 * (N from 1, without gaps), an empty list from `Name=`, maps from `entry.N.key`/`entry.N.value`, integers, booleans
 * and timestamps parsed. Any parameter the shape does not name is refused.
 */
export function decodeInput(model: ServiceModel, action: string, shape: Shape, parameters: Map<string, string>): Record<string, AwsValue> {
  const root: ParameterNode = { children: new Map() };
  for (const [name, value] of parameters) {
    let node = root;
    for (const segment of name.split('.')) {
      let child = node.children.get(segment);
      if (!child) node.children.set(segment, (child = { children: new Map() }));
      node = child;
    }
    node.value = value;
  }
  const decoded = decodeStructure(model, action, shape, root, '');
  for (const required of shape.required ?? []) {
    if (decoded[required] === undefined) {
      throw new QueryError('MissingParameter', `The request must contain the parameter ${required}.`);
    }
  }
  return decoded;
}

function decodeStructure(model: ServiceModel, action: string, shape: Shape, node: ParameterNode, prefix: string): Record<string, AwsValue> {
  if (node.value !== undefined && node.children.size === 0 && prefix !== '') throw malformed(prefix.slice(0, -1));
  const result: Record<string, AwsValue> = {};
  for (const [name, child] of node.children) {
    const member = Object.hasOwn(shape.members ?? {}, name) ? shape.members![name] : undefined;
    if (!member) throw new QueryError('InvalidInput', `The parameter ${(prefix + name).slice(0, 128)} is not recognized by ${action}.`);
    result[name] = decodeValue(model, action, model.resolveShape(member), child, `${prefix}${name}`);
  }
  return result;
}

function decodeValue(model: ServiceModel, action: string, shape: Shape, node: ParameterNode, path: string): AwsValue {
  switch (shape.type) {
    case 'structure':
      return decodeStructure(model, action, shape, node, `${path}.`);
    case 'list':
      return indexed(node, path, 'member').map(([item, itemPath]) =>
        decodeValue(model, action, model.resolveShape(shape.member ?? {}), item, itemPath),
      );
    case 'map':
      return Object.fromEntries(
        indexed(node, path, 'entry').map(([entry, entryPath]) => {
          const key = entry.children.get('key')?.value;
          const value = entry.children.get('value');
          if (key === undefined || !value || entry.children.size !== 2) throw malformed(entryPath);
          return [key, decodeValue(model, action, model.resolveShape(shape.value ?? {}), value, `${entryPath}.value`)];
        }),
      );
    default:
      if (node.children.size > 0 || node.value === undefined) throw malformed(path);
      return decodeScalar(shape, node.value, path);
  }
}

/** `Name.member.1 … Name.member.N`; `Name=` alone is the empty list. */
function indexed(node: ParameterNode, path: string, marker: 'member' | 'entry'): [ParameterNode, string][] {
  if (node.children.size === 0 && node.value === '') return [];
  const items = node.children.get(marker);
  if (!items || node.children.size !== 1 || node.value !== undefined || items.value !== undefined) throw malformed(path);
  const indices = [...items.children.keys()];
  for (const index of indices) {
    if (!/^[1-9]\d{0,3}$/.test(index) || Number(index) > maxListIndex || Number(index) > indices.length) {
      throw new QueryError('InvalidInput', `The parameter ${path}.${marker}.${index.slice(0, 16)} is out of range: lists are numbered from 1 without gaps, up to ${maxListIndex}.`);
    }
  }
  return indices
    .map(Number)
    .sort((a, b) => a - b)
    .map((index) => [items.children.get(String(index))!, `${path}.${marker}.${index}`]);
}

function decodeScalar(shape: Shape, value: string, path: string): AwsValue {
  switch (shape.type) {
    case 'integer':
    case 'long':
      if (!/^-?\d{1,15}$/.test(value)) throw validationError(value, path, 'Member must be a number');
      return Number(value);
    case 'double':
    case 'float':
      if (!/^-?\d+(\.\d+)?([eE][-+]?\d+)?$/.test(value)) throw validationError(value, path, 'Member must be a number');
      return Number(value);
    case 'boolean':
      if (value !== 'true' && value !== 'false') throw validationError(value, path, 'Member must be true or false');
      return value === 'true';
    case 'timestamp': {
      const date = /^\d+(\.\d+)?$/.test(value) ? new Date(Number(value) * 1000) : new Date(value);
      if (Number.isNaN(date.getTime())) throw validationError(value, path, 'Member must be an ISO 8601 date and time');
      return date.toISOString();
    }
    case 'blob':
      return Buffer.from(value, 'base64').toString('utf8');
    default:
      return value;
  }
}

function malformed(path: string): QueryError {
  return new QueryError('InvalidInput', `The parameter ${path.slice(0, 128)} is malformed.`);
}

/** AWS's wording: "1 validation error detected: Value 'x' at 'maxItems' failed to satisfy constraint: …". */
function validationError(value: string, path: string, constraint: string): QueryError {
  const member = path.split('.').at(-1) ?? path;
  const field = member.charAt(0).toLowerCase() + member.slice(1);
  return new QueryError('ValidationError', `1 validation error detected: Value '${value.slice(0, 64)}' at '${field}' failed to satisfy constraint: ${constraint}`);
}
