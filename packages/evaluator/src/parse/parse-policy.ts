// Text or JSON value → Policy AST, reporting grammar errors with their JSON path (and line/column for text).
import type { ConditionEntry, Effect, ParsePolicyResult, Policy, PolicyFinding, PrincipalElement, PrincipalType, Statement, ValueListElement } from '../types';
import { FindingCollector } from '../validate/findings';
import { closestName } from '../fuzzy-match';
import { parseJsonWithLocations } from './json-locations';
import { indexPath, memberPath, ROOT_PATH } from './json-path';

const VALID_VERSIONS = ['2012-10-17', '2008-10-17'] as const;
const POLICY_ELEMENTS = new Set(['Version', 'Id', 'Statement']);
const STATEMENT_ELEMENTS = new Set(['Sid', 'Effect', 'Principal', 'NotPrincipal', 'Action', 'NotAction', 'Resource', 'NotResource', 'Condition']);
const PRINCIPAL_TYPES = new Set<string>(['AWS', 'Service', 'Federated', 'CanonicalUser']);

/** The parse of one document, kept for the validator: the AST (absent when the grammar failed), findings, sources. */
export interface ParsedDocument {
  policy: Policy | undefined;
  collector: FindingCollector;
  /** The JSON value of the document, when it was well-formed JSON. */
  value: unknown;
  /** The text as given, or the JSON serialisation of an object input (for size limits). */
  text: string;
}

/** Parses a policy given as JSON text or as an already-parsed value. Never throws. */
export function parsePolicy(input: string | unknown): ParsePolicyResult {
  const parsed = parseDocument(input);
  if (parsed.policy && !parsed.collector.hasErrors()) return { ok: true, policy: parsed.policy };
  return { ok: false, findings: parsed.collector.findings.filter((f: PolicyFinding) => f.severity === 'ERROR') };
}

export function parseDocument(input: string | unknown): ParsedDocument {
  if (typeof input === 'string') {
    const json = parseJsonWithLocations(input);
    const collector = new FindingCollector(input, json.ok ? json.spans : undefined);
    if (!json.ok) {
      collector.addAtOffset('MALFORMED_JSON', ROOT_PATH, `malformed JSON: ${json.error.message}`, json.error.offset);
      return { policy: undefined, collector, value: undefined, text: input };
    }
    for (const path of json.duplicateKeys) collector.add('DUPLICATE_KEY', path, 'duplicate key: only one value can be kept', { onKey: true });
    return { policy: buildPolicy(json.value, collector), collector, value: json.value, text: input };
  }
  const collector = new FindingCollector(undefined, undefined);
  let text = '';
  try {
    text = JSON.stringify(input) ?? '';
  } catch {
    collector.add('POLICY_NOT_OBJECT', ROOT_PATH, 'the policy document is not serialisable JSON');
    return { policy: undefined, collector, value: input, text };
  }
  return { policy: buildPolicy(input, collector), collector, value: input, text };
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

function buildPolicy(value: unknown, out: FindingCollector): Policy | undefined {
  if (!isObject(value)) {
    out.add('POLICY_NOT_OBJECT', ROOT_PATH, 'a policy document must be a JSON object');
    return undefined;
  }
  for (const key of Object.keys(value)) {
    if (!POLICY_ELEMENTS.has(key)) {
      out.add('UNKNOWN_POLICY_ELEMENT', memberPath(ROOT_PATH, key), `unknown policy element \`${key}\``, {
        onKey: true,
        help: closestName(key, POLICY_ELEMENTS),
      });
    }
  }
  const version = value.Version;
  const versionPath = memberPath(ROOT_PATH, 'Version');
  if (version !== undefined) {
    if (typeof version !== 'string') out.add('INVALID_ELEMENT_TYPE', versionPath, '`Version` must be a string');
    else if (!(VALID_VERSIONS as readonly string[]).includes(version)) {
      out.add('INVALID_VERSION', versionPath, `invalid policy version \`${version}\``, { help: 'did you mean `2012-10-17`?' });
    }
  }
  const id = value.Id;
  if (id !== undefined && typeof id !== 'string') out.add('INVALID_ELEMENT_TYPE', memberPath(ROOT_PATH, 'Id'), '`Id` must be a string');

  const statementPath = memberPath(ROOT_PATH, 'Statement');
  const rawStatements = value.Statement;
  const statements: Statement[] = [];
  if (rawStatements === undefined) {
    out.add('MISSING_STATEMENT', ROOT_PATH, 'the policy has no `Statement` element');
  } else if (Array.isArray(rawStatements)) {
    if (rawStatements.length === 0) out.add('MISSING_STATEMENT', statementPath, 'the `Statement` list is empty');
    rawStatements.forEach((raw, i) => {
      const s = buildStatement(raw, i, indexPath(statementPath, i), out);
      if (s) statements.push(s);
    });
  } else if (isObject(rawStatements)) {
    const s = buildStatement(rawStatements, 0, statementPath, out);
    if (s) statements.push(s);
  } else {
    out.add('STATEMENT_NOT_OBJECT', statementPath, '`Statement` must be an object or a list of objects');
  }
  return {
    version: typeof version === 'string' ? version : undefined,
    id: typeof id === 'string' ? id : undefined,
    statements,
  };
}

function buildStatement(raw: unknown, index: number, path: string, out: FindingCollector): Statement | undefined {
  if (!isObject(raw)) {
    out.add('STATEMENT_NOT_OBJECT', path, 'a statement must be a JSON object');
    return undefined;
  }
  for (const key of Object.keys(raw)) {
    if (!STATEMENT_ELEMENTS.has(key)) {
      out.add('UNKNOWN_STATEMENT_ELEMENT', memberPath(path, key), `unknown statement element \`${key}\``, {
        onKey: true,
        help: closestName(key, STATEMENT_ELEMENTS),
      });
    }
  }
  let sid: string | undefined;
  if (raw.Sid !== undefined) {
    if (typeof raw.Sid === 'string') sid = raw.Sid;
    else out.add('INVALID_ELEMENT_TYPE', memberPath(path, 'Sid'), '`Sid` must be a string');
  }
  let effect: Effect = 'Deny';
  if (raw.Effect === undefined) out.add('MISSING_EFFECT', path, 'the statement has no `Effect`');
  else if (raw.Effect === 'Allow' || raw.Effect === 'Deny') effect = raw.Effect;
  else {
    const written = typeof raw.Effect === 'string' ? raw.Effect : JSON.stringify(raw.Effect);
    const lower = typeof raw.Effect === 'string' ? raw.Effect.toLowerCase() : '';
    out.add('INVALID_EFFECT', memberPath(path, 'Effect'), `invalid effect \`${written}\``, {
      help: lower === 'allow' ? 'did you mean `Allow`?' : lower === 'deny' ? 'did you mean `Deny`?' : '`Effect` is `Allow` or `Deny`',
    });
  }
  const action = buildValueList(raw, path, 'Action', 'NotAction', 'ACTION_AND_NOT_ACTION', out);
  if (!action && raw.Action === undefined && raw.NotAction === undefined) out.add('MISSING_ACTION', path, 'the statement has no `Action` or `NotAction`');
  const resource = buildValueList(raw, path, 'Resource', 'NotResource', 'RESOURCE_AND_NOT_RESOURCE', out);
  const principal = buildPrincipal(raw, path, out);
  const conditions = buildConditions(raw.Condition, memberPath(path, 'Condition'), out);
  return { index, path, sid, effect, principal, action, resource, conditions };
}

function buildValueList(
  raw: Record<string, unknown>,
  path: string,
  name: 'Action' | 'Resource',
  notName: 'NotAction' | 'NotResource',
  bothCode: 'ACTION_AND_NOT_ACTION' | 'RESOURCE_AND_NOT_RESOURCE',
  out: FindingCollector,
): ValueListElement | undefined {
  const hasPlain = raw[name] !== undefined;
  const hasNot = raw[notName] !== undefined;
  if (hasPlain && hasNot) {
    out.add(bothCode, memberPath(path, notName), `a statement cannot have both \`${name}\` and \`${notName}\``, { onKey: true });
  }
  if (!hasPlain && !hasNot) return undefined;
  const negated = !hasPlain;
  const element = negated ? notName : name;
  const elementPath = memberPath(path, element);
  const strings = stringList(raw[element], elementPath, element, out);
  return strings && { negated, values: strings.values, paths: strings.paths };
}

/** A string or a non-empty list of non-empty strings, as AWS accepts for Action, Resource and principal values. */
function stringList(value: unknown, path: string, element: string, out: FindingCollector): { values: string[]; paths: string[] } | undefined {
  if (typeof value === 'string') {
    if (value === '') {
      out.add('EMPTY_VALUE', path, `\`${element}\` cannot be an empty string`);
      return undefined;
    }
    return { values: [value], paths: [path] };
  }
  if (!Array.isArray(value)) {
    out.add('INVALID_ELEMENT_TYPE', path, `\`${element}\` must be a string or a list of strings`);
    return undefined;
  }
  if (value.length === 0) {
    out.add('EMPTY_VALUE', path, `\`${element}\` cannot be an empty list`);
    return undefined;
  }
  const values: string[] = [];
  const paths: string[] = [];
  value.forEach((v, i) => {
    const p = indexPath(path, i);
    if (typeof v !== 'string') out.add('INVALID_ELEMENT_TYPE', p, `\`${element}\` values must be strings`);
    else if (v === '') out.add('EMPTY_VALUE', p, `\`${element}\` values cannot be empty strings`);
    else {
      values.push(v);
      paths.push(p);
    }
  });
  return { values, paths };
}

function buildPrincipal(raw: Record<string, unknown>, path: string, out: FindingCollector): PrincipalElement | undefined {
  const hasPlain = raw.Principal !== undefined;
  const hasNot = raw.NotPrincipal !== undefined;
  if (hasPlain && hasNot) {
    out.add('PRINCIPAL_AND_NOT_PRINCIPAL', memberPath(path, 'NotPrincipal'), 'a statement cannot have both `Principal` and `NotPrincipal`', { onKey: true });
  }
  if (!hasPlain && !hasNot) return undefined;
  const negated = !hasPlain;
  const name = negated ? 'NotPrincipal' : 'Principal';
  const elementPath = memberPath(path, name);
  const value = raw[name];
  if (value === '*') return { negated, wildcard: true, entries: [], path: elementPath };
  if (!isObject(value)) {
    out.add('INVALID_PRINCIPAL', elementPath, `\`${name}\` must be \`"*"\` or an object such as \`{"AWS": "arn:aws:iam::111122223333:root"}\``);
    return undefined;
  }
  const keys = Object.keys(value);
  if (keys.length === 0) {
    out.add('INVALID_PRINCIPAL', elementPath, `\`${name}\` cannot be an empty object`);
    return undefined;
  }
  const entries: PrincipalElement['entries'] = [];
  let wildcard = false;
  for (const key of keys) {
    const typePath = memberPath(elementPath, key);
    if (!PRINCIPAL_TYPES.has(key)) {
      out.add('UNKNOWN_PRINCIPAL_TYPE', typePath, `unknown principal type \`${key}\``, { onKey: true, help: closestName(key, PRINCIPAL_TYPES) });
      continue;
    }
    const strings = stringList(value[key], typePath, `${name}.${key}`, out);
    if (!strings) continue;
    strings.values.forEach((v, i) => {
      if (key === 'AWS' && v === '*') wildcard = true;
      else entries.push({ type: key as PrincipalType, value: v, path: strings.paths[i]! });
    });
  }
  return { negated, wildcard, entries, path: elementPath };
}

function buildConditions(raw: unknown, path: string, out: FindingCollector): ConditionEntry[] {
  if (raw === undefined) return [];
  if (!isObject(raw)) {
    out.add('INVALID_ELEMENT_TYPE', path, '`Condition` must be an object of operators');
    return [];
  }
  const entries: ConditionEntry[] = [];
  for (const operator of Object.keys(raw)) {
    const operatorPath = memberPath(path, operator);
    const block = raw[operator];
    if (!isObject(block)) {
      out.add('INVALID_ELEMENT_TYPE', operatorPath, `condition operator \`${operator}\` must map condition keys to values`);
      continue;
    }
    for (const key of Object.keys(block)) {
      const keyPath = memberPath(operatorPath, key);
      const rawValues = block[key];
      const list = Array.isArray(rawValues) ? rawValues : [rawValues];
      if (list.length === 0) {
        out.add('EMPTY_VALUE', keyPath, `condition key \`${key}\` has an empty list of values`);
        continue;
      }
      const values: string[] = [];
      list.forEach((v, i) => {
        if (typeof v === 'string' || typeof v === 'boolean' || (typeof v === 'number' && Number.isFinite(v))) values.push(String(v));
        else {
          const p = Array.isArray(rawValues) ? indexPath(keyPath, i) : keyPath;
          out.add('INVALID_ELEMENT_TYPE', p, `condition values must be strings, numbers or booleans`);
        }
      });
      entries.push({ operator, key, values, path: keyPath });
    }
  }
  return entries;
}
