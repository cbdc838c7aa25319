// Draft → the policy text that gets saved. Canonical: same draft, same text. Never fails.
import type { ConditionDraft, ConditionValue, JsonValue, PolicyDraft, PrincipalDraft, StatementDraft } from './draft';

/** AWS's console writes policies with four-space indentation. */
const INDENT = 4;

/** Where each statement element goes, whether the draft or `extra` holds it; unknown members follow, in their order. */
const STATEMENT_ORDER = ['Sid', 'Effect', 'Principal', 'NotPrincipal', 'Action', 'NotAction', 'Resource', 'NotResource', 'Condition'];

export function toJson(draft: PolicyDraft): string {
  return JSON.stringify(toDocument(draft), null, INDENT);
}

function toDocument(draft: PolicyDraft): { [key: string]: JsonValue } {
  const document: { [key: string]: JsonValue } = {};
  if (draft.version !== undefined) document.Version = draft.version;
  if (draft.id !== undefined) document.Id = draft.id;
  document.Statement = draft.statements.map(statementToJson);
  for (const [key, value] of Object.entries(draft.extra)) {
    if (!(key in document)) document[key] = value;
  }
  return document;
}

function statementToJson(statement: StatementDraft): { [key: string]: JsonValue } {
  const own: { [key: string]: JsonValue | undefined } = {
    Sid: statement.sid,
    Effect: statement.effect,
    [statement.notPrincipal ? 'NotPrincipal' : 'Principal']: statement.principal && principalToJson(statement.principal),
    [statement.notAction ? 'NotAction' : 'Action']: statement.actions && oneOrMany(statement.actions),
    [statement.notResource ? 'NotResource' : 'Resource']: statement.resources && oneOrMany(statement.resources),
    Condition: statement.conditions.length > 0 ? conditionsToJson(statement.conditions) : undefined,
  };
  const json: { [key: string]: JsonValue } = {};
  for (const key of STATEMENT_ORDER) {
    const value = own[key] ?? statement.extra[key];
    if (value !== undefined) json[key] = value;
  }
  for (const [key, value] of Object.entries(statement.extra)) {
    if (!(key in json)) json[key] = value;
  }
  return json;
}

/** AWS writes a single value as a string and several as a list; an empty list stays a list. */
function oneOrMany<T extends JsonValue>(values: readonly T[]): T | T[] {
  return values.length === 1 ? values[0]! : [...values];
}

function principalToJson(principal: PrincipalDraft): JsonValue {
  if (principal.kind === 'anyone') return '*';
  const json: { [key: string]: JsonValue } = {};
  for (const { type, values } of principal.entries) {
    const merged = [...asList(json[type]), ...values];
    json[type] = oneOrMany(merged);
  }
  return json;
}

/** Conditions grouped by operator in the order first used; the same operator and key twice merge their values. */
function conditionsToJson(conditions: readonly ConditionDraft[]): JsonValue {
  const byOperator = new Map<string, Map<string, ConditionValue[]>>();
  for (const { operator, key, values } of conditions) {
    const keys = byOperator.get(operator) ?? new Map<string, ConditionValue[]>();
    byOperator.set(operator, keys);
    keys.set(key, [...(keys.get(key) ?? []), ...values]);
  }
  const json: { [key: string]: JsonValue } = {};
  for (const [operator, keys] of byOperator) {
    const block: { [key: string]: JsonValue } = {};
    for (const [key, values] of keys) block[key] = oneOrMany(values);
    json[operator] = block;
  }
  return json;
}

function asList(value: JsonValue | undefined): JsonValue[] {
  if (value === undefined) return [];
  return Array.isArray(value) ? value : [value];
}
