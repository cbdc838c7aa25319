// Every change the visual editor makes: draft → draft, pure, so each one is unit-tested without React.
import type { PolicyKind } from '@gatehouse/evaluator';
import {
  CURRENT_POLICY_VERSION,
  nextId,
  type ConditionDraft,
  type PolicyDraft,
  type PrincipalDraft,
  type StatementDraft,
  type StatementEffect,
} from './draft';
import { actionService } from './services';

/** The policy the editors open with, as AWS's console does: one Allow statement waiting for a service. */
export function newPolicyDraft(kind: PolicyKind): PolicyDraft {
  const empty: PolicyDraft = { version: CURRENT_POLICY_VERSION, id: undefined, statements: [], extra: {}, unsupported: [], lastId: 0 };
  return addStatement(empty, kind);
}

/**
 * Appends an Allow statement named `StatementN`. A trust policy's statement lets a principal call sts:AssumeRole and
 * has no Resource; other kinds start with no action and no resource yet.
 */
export function addStatement(draft: PolicyDraft, kind: PolicyKind): PolicyDraft {
  const [id, next] = nextId(draft, 'statement');
  const statement: StatementDraft =
    kind === 'trust'
      ? { ...blankStatement(id, next), principal: { kind: 'entries', entries: [{ type: 'AWS', values: [] }] }, actions: ['sts:AssumeRole'], resources: undefined, services: ['sts'] }
      : blankStatement(id, next);
  return { ...next, statements: [...next.statements, statement] };
}

function blankStatement(id: string, draft: PolicyDraft): StatementDraft {
  return {
    id,
    sid: uniqueSid(draft, 'Statement'),
    effect: 'Allow',
    principal: undefined,
    notPrincipal: false,
    actions: [],
    notAction: false,
    resources: [],
    notResource: false,
    conditions: [],
    services: [],
    extra: {},
  };
}

/** The first of `Statement1`, `Statement2`… (or `<base>1`…) that no statement uses, Sids being unique in a policy. */
function uniqueSid(draft: PolicyDraft, base: string): string {
  const used = new Set(draft.statements.map((s) => s.sid));
  for (let n = 1; ; n += 1) if (!used.has(`${base}${n}`)) return `${base}${n}`;
}

/** Inserts a copy after the original, with its own ids and a Sid of its own. */
export function duplicateStatement(draft: PolicyDraft, statementId: string): PolicyDraft {
  const index = draft.statements.findIndex((s) => s.id === statementId);
  const original = draft.statements[index];
  if (!original) return draft;
  let [id, next] = nextId(draft, 'statement');
  const conditions = original.conditions.map((condition) => {
    const [conditionId, advanced] = nextId(next, 'condition');
    next = advanced;
    return { ...condition, id: conditionId, values: [...condition.values] };
  });
  const copy: StatementDraft = {
    ...structuredClone(original),
    id,
    sid: original.sid === undefined ? undefined : uniqueSid(next, original.sid.replace(/\d+$/, '')),
    conditions,
  };
  const statements = [...next.statements];
  statements.splice(index + 1, 0, copy);
  return { ...next, statements };
}

/** Removes the statement, and with it what the visual editor could not show of it. */
export function removeStatement(draft: PolicyDraft, statementId: string): PolicyDraft {
  return {
    ...draft,
    statements: draft.statements.filter((s) => s.id !== statementId),
    unsupported: draft.unsupported.filter((u) => u.statementId !== statementId),
  };
}

/** Whether the visual editor may change this statement: not while it holds a member the draft keeps verbatim. */
export function isStatementEditable(draft: PolicyDraft, statementId: string): boolean {
  return !draft.unsupported.some((u) => u.statementId === statementId);
}

/**
 * AWS's "Switch to NotAction" / "Switch to Action": the same list, now meaning every action except those listed (or
 * back). Likewise for resources and principals below.
 */
export function setNotAction(draft: PolicyDraft, statementId: string, notAction: boolean): PolicyDraft {
  return updateStatement(draft, statementId, (s) => ({ ...s, notAction }));
}

export function setNotResource(draft: PolicyDraft, statementId: string, notResource: boolean): PolicyDraft {
  return updateStatement(draft, statementId, (s) => ({ ...s, notResource }));
}

export function setNotPrincipal(draft: PolicyDraft, statementId: string, notPrincipal: boolean): PolicyDraft {
  return updateStatement(draft, statementId, (s) => ({ ...s, notPrincipal }));
}

function updateStatement(draft: PolicyDraft, statementId: string, change: (s: StatementDraft) => StatementDraft): PolicyDraft {
  return { ...draft, statements: draft.statements.map((s) => (s.id === statementId ? change(s) : s)) };
}

export function setEffect(draft: PolicyDraft, statementId: string, effect: StatementEffect): PolicyDraft {
  return updateStatement(draft, statementId, (s) => ({ ...s, effect }));
}

/** An empty Sid removes the element, as AWS's editor does. */
export function setSid(draft: PolicyDraft, statementId: string, sid: string): PolicyDraft {
  return updateStatement(draft, statementId, (s) => ({ ...s, sid: sid === '' ? undefined : sid }));
}

// --- Actions ---------------------------------------------------------------------------------------------------

/** Shows a section for a service in the statement, before any of its actions is chosen. */
export function addService(draft: PolicyDraft, statementId: string, service: string): PolicyDraft {
  const prefix = service.toLowerCase();
  return updateStatement(draft, statementId, (s) => (s.services.includes(prefix) ? s : { ...s, services: [...s.services, prefix] }));
}

/** Removes a service's section and every action of that service from the statement. */
export function removeService(draft: PolicyDraft, statementId: string, service: string): PolicyDraft {
  const prefix = service.toLowerCase();
  return updateStatement(draft, statementId, (s) => ({
    ...s,
    services: s.services.filter((p) => p !== prefix),
    actions: s.actions?.filter((a) => actionService(a) !== prefix),
  }));
}

/** Replaces the statement's actions of one service, keeping other services' actions where they are. */
export function setServiceActions(draft: PolicyDraft, statementId: string, service: string, actions: readonly string[]): PolicyDraft {
  const prefix = service.toLowerCase();
  return updateStatement(draft, statementId, (s) => {
    const others = (s.actions ?? []).filter((a) => actionService(a) !== prefix);
    const services = s.services.includes(prefix) ? s.services : [...s.services, prefix];
    return { ...s, services, actions: [...others, ...dedupeIgnoringCase(actions)] };
  });
}

/** Checks or unchecks actions, e.g. `s3:GetObject`, or every action of an access level at once. */
export function selectActions(draft: PolicyDraft, statementId: string, actions: readonly string[], selected: boolean): PolicyDraft {
  let next = draft;
  for (const action of actions) {
    const statement = next.statements.find((s) => s.id === statementId);
    if (!statement) return draft;
    const prefix = actionService(action);
    const current = (statement.actions ?? []).filter((a) => actionService(a) === prefix);
    const without = current.filter((a) => a.toLowerCase() !== action.toLowerCase());
    next = setServiceActions(next, statementId, prefix, selected ? [...without, action] : without);
  }
  return next;
}

/** "All <service> actions": `s3:*` replaces the service's listed actions; unchecking it leaves none chosen. */
export function setAllServiceActions(draft: PolicyDraft, statementId: string, service: string, all: boolean): PolicyDraft {
  const prefix = service.toLowerCase();
  return setServiceActions(draft, statementId, prefix, all ? [`${prefix}:*`] : []);
}

// --- Resources -------------------------------------------------------------------------------------------------

export function setResources(draft: PolicyDraft, statementId: string, resources: readonly string[]): PolicyDraft {
  return updateStatement(draft, statementId, (s) => ({ ...s, resources: [...new Set(resources)] }));
}

/** "All resources" is `"Resource": "*"`; turning it off leaves the statement to name specific ARNs. */
export function setAllResources(draft: PolicyDraft, statementId: string, all: boolean): PolicyDraft {
  return setResources(draft, statementId, all ? ['*'] : []);
}

/** Adds one ARN; a specific ARN replaces `*`, since `*` would make it meaningless. */
export function addResource(draft: PolicyDraft, statementId: string, arn: string): PolicyDraft {
  const statement = draft.statements.find((s) => s.id === statementId);
  if (!statement) return draft;
  const current = (statement.resources ?? []).filter((r) => r !== '*');
  return setResources(draft, statementId, [...current, arn]);
}

export function removeResource(draft: PolicyDraft, statementId: string, arn: string): PolicyDraft {
  const statement = draft.statements.find((s) => s.id === statementId);
  if (!statement) return draft;
  return setResources(draft, statementId, (statement.resources ?? []).filter((r) => r !== arn));
}

// --- Principal (trust and resource policies) --------------------------------------------------------------------

export function setPrincipal(draft: PolicyDraft, statementId: string, principal: PrincipalDraft): PolicyDraft {
  return updateStatement(draft, statementId, (s) => ({ ...s, principal }));
}

// --- Conditions ------------------------------------------------------------------------------------------------

export function addCondition(draft: PolicyDraft, statementId: string, condition: Omit<ConditionDraft, 'id'>): PolicyDraft {
  const [id, next] = nextId(draft, 'condition');
  return updateStatement(next, statementId, (s) => ({ ...s, conditions: [...s.conditions, { ...condition, id }] }));
}

export function updateCondition(
  draft: PolicyDraft,
  statementId: string,
  conditionId: string,
  change: Partial<Omit<ConditionDraft, 'id'>>,
): PolicyDraft {
  return updateStatement(draft, statementId, (s) => ({
    ...s,
    conditions: s.conditions.map((c) => (c.id === conditionId ? { ...c, ...change } : c)),
  }));
}

export function removeCondition(draft: PolicyDraft, statementId: string, conditionId: string): PolicyDraft {
  return updateStatement(draft, statementId, (s) => ({ ...s, conditions: s.conditions.filter((c) => c.id !== conditionId) }));
}

/** Keeps the first of actions that differ only in case: IAM compares actions case-insensitively (ARNs it does not). */
function dedupeIgnoringCase(values: readonly string[]): string[] {
  const seen = new Set<string>();
  return values.filter((v) => {
    const key = v.toLowerCase();
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
