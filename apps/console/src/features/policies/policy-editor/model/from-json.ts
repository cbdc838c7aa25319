// Policy text → draft. Lossless: what the draft cannot hold is kept verbatim in `extra` and listed as unsupported.
import { parsePolicy, type PolicyFinding } from '@gatehouse/evaluator';
import type {
  ConditionDraft,
  ConditionValue,
  JsonValue,
  PolicyDraft,
  PrincipalDraft,
  PrincipalType,
  StatementDraft,
  UnsupportedConstruct,
} from './draft';
import { servicesOf } from './services';

export type FromJsonResult = { ok: true; draft: PolicyDraft } | { ok: false; findings: PolicyFinding[] };

type JsonObject = { [key: string]: JsonValue };

const PRINCIPAL_TYPES: readonly string[] = ['AWS', 'Service', 'Federated', 'CanonicalUser'];

/**
 * Reads policy text into a draft. Fails, with the grammar findings of `parsePolicy` and their line and column, only
 * when the text is not a JSON object with a statement list, or repeats a key (the draft could keep only one value).
 */
export function fromJson(text: string): FromJsonResult {
  const parsed = parsePolicy(text);
  const findings = parsed.ok ? [] : parsed.findings;
  const blocking = findings.filter((f) => f.code === 'MALFORMED_JSON' || f.code === 'DUPLICATE_KEY');
  if (blocking.length > 0) return { ok: false, findings: blocking };

  let value: JsonValue;
  try {
    value = JSON.parse(text) as JsonValue;
  } catch (error) {
    // parsePolicy's reader accepted text that JSON.parse does not; say so rather than throw.
    return { ok: false, findings: [{ severity: 'ERROR', code: 'MALFORMED_JSON', message: `malformed JSON: ${(error as Error).message}`, path: '$' }] };
  }
  if (!isObject(value) || !hasStatementList(value.Statement)) {
    return { ok: false, findings: findings.length > 0 ? findings : [notAPolicy()] };
  }
  return { ok: true, draft: new DraftReader(findings).read(value) };
}

function hasStatementList(statement: JsonValue | undefined): boolean {
  if (statement === undefined) return true;
  return isObject(statement) || (Array.isArray(statement) && statement.every(isObject));
}

function notAPolicy(): PolicyFinding {
  return { severity: 'ERROR', code: 'POLICY_NOT_OBJECT', message: 'a policy document must be a JSON object', path: '$' };
}

/** Builds the draft and notes, with parsePolicy's message where it has one, each member it has to keep verbatim. */
class DraftReader {
  private readonly unsupported: UnsupportedConstruct[] = [];
  private lastId = 0;

  constructor(private readonly findings: readonly PolicyFinding[]) {}

  read(document: JsonObject): PolicyDraft {
    const extra: JsonObject = {};
    let version: string | undefined;
    let id: string | undefined;
    for (const [key, value] of Object.entries(document)) {
      if (key === 'Statement') continue;
      if (key === 'Version' && typeof value === 'string') version = value;
      else if (key === 'Id' && typeof value === 'string') id = value;
      else this.keep(extra, '$', key, value);
    }
    const raw = document.Statement;
    const list = raw === undefined ? [] : Array.isArray(raw) ? (raw as JsonObject[]) : [raw as JsonObject];
    const statements = list.map((s, index) => this.readStatement(s, Array.isArray(raw) ? `$.Statement[${index}]` : '$.Statement'));
    return { version, id, statements, extra, unsupported: this.unsupported, lastId: this.lastId };
  }

  private readStatement(raw: JsonObject, path: string): StatementDraft {
    this.lastId += 1;
    const statement: StatementDraft = {
      id: `statement-${this.lastId}`,
      sid: undefined,
      effect: undefined,
      principal: undefined,
      notPrincipal: false,
      actions: undefined,
      notAction: false,
      resources: undefined,
      notResource: false,
      conditions: [],
      services: [],
      extra: {},
    };
    for (const [key, value] of Object.entries(raw)) {
      if (!this.readMember(statement, key, value)) this.keep(statement.extra, path, key, value, statement.id);
    }
    statement.services = servicesOf(statement.actions ?? []);
    return statement;
  }

  /** Puts one statement member into the draft; false when the draft cannot hold it in that form. */
  private readMember(statement: StatementDraft, key: string, value: JsonValue): boolean {
    switch (key) {
      case 'Sid':
        if (typeof value !== 'string') return false;
        statement.sid = value;
        return true;
      case 'Effect':
        if (value !== 'Allow' && value !== 'Deny') return false;
        statement.effect = value;
        return true;
      case 'Action':
      case 'NotAction':
        if (!isStringList(value) || statement.actions !== undefined) return false;
        statement.actions = asList(value);
        statement.notAction = key === 'NotAction';
        return true;
      case 'Resource':
      case 'NotResource':
        if (!isStringList(value) || statement.resources !== undefined) return false;
        statement.resources = asList(value);
        statement.notResource = key === 'NotResource';
        return true;
      case 'Principal':
      case 'NotPrincipal': {
        const principal = statement.principal === undefined ? readPrincipal(value) : undefined;
        if (principal === undefined) return false;
        statement.principal = principal;
        statement.notPrincipal = key === 'NotPrincipal';
        return true;
      }
      case 'Condition': {
        const conditions = readConditions(value);
        if (!conditions) return false;
        statement.conditions = conditions.map((entry) => {
          this.lastId += 1;
          return { id: `condition-${this.lastId}`, ...entry };
        });
        return true;
      }
      default:
        return false;
    }
  }

  private keep(target: JsonObject, parentPath: string, key: string, value: JsonValue, statementId?: string): void {
    const path = memberPath(parentPath, key);
    target[key] = value;
    const finding = this.findings.find((f) => f.path === path || f.path.startsWith(`${path}.`) || f.path.startsWith(`${path}[`));
    const message = finding?.message ?? `\`${key}\` is not in a form the visual editor can show`;
    this.unsupported.push(statementId === undefined ? { path, message } : { path, message, statementId });
  }
}

function readPrincipal(value: JsonValue): PrincipalDraft | undefined {
  if (value === '*') return { kind: 'anyone' };
  if (!isObject(value) || Object.keys(value).length === 0) return undefined;
  const entries: Array<{ type: PrincipalType; values: string[] }> = [];
  for (const [type, values] of Object.entries(value)) {
    if (!PRINCIPAL_TYPES.includes(type) || !isStringList(values)) return undefined;
    entries.push({ type: type as PrincipalType, values: asList(values) });
  }
  return { kind: 'entries', entries };
}

function readConditions(value: JsonValue): Array<Omit<ConditionDraft, 'id'>> | undefined {
  if (!isObject(value)) return undefined;
  const entries: Array<Omit<ConditionDraft, 'id'>> = [];
  for (const [operator, block] of Object.entries(value)) {
    if (!isObject(block)) return undefined;
    for (const [key, values] of Object.entries(block)) {
      const list = Array.isArray(values) ? values : [values];
      if (!list.every(isConditionValue)) return undefined;
      entries.push({ operator, key, values: list as ConditionValue[] });
    }
  }
  return entries;
}

function isConditionValue(value: JsonValue): value is ConditionValue {
  return typeof value === 'string' || typeof value === 'boolean' || (typeof value === 'number' && Number.isFinite(value));
}

function isStringList(value: JsonValue): value is string | string[] {
  return typeof value === 'string' || (Array.isArray(value) && value.every((v) => typeof v === 'string'));
}

function asList(value: string | string[]): string[] {
  return typeof value === 'string' ? [value] : [...value];
}

function isObject(value: JsonValue | undefined): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Same JSONPath spelling as the evaluator's findings: `$.Statement[0].Condition['aws:username']`. */
function memberPath(parent: string, key: string): string {
  if (/^[A-Za-z_][A-Za-z0-9_]*$/.test(key)) return `${parent}.${key}`;
  return `${parent}['${key.replace(/\\/g, '\\\\').replace(/'/g, "\\'")}']`;
}
