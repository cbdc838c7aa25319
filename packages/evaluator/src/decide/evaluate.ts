// evaluate(): analyses each policy type, then hands the outcomes to combine(). With compiled policies the hot path
// allocates only the request scope, the outcomes and the result; the trace is built on request by explain/trace.ts.
import { type CompiledPolicyImpl, type CompiledStatement, isCompiledPolicy } from '../compile/compile-policy';
import { compileCached, isImmutableDocument } from '../compile/policy-cache';
import { type CompiledCondition, evaluateCondition } from '../conditions/compile-condition';
import type { PrincipalTest } from '../match/principal';
import { type ResourceMatcher, resourceMatches, templateMatches } from '../match/resource';
import type { VariablePart } from '../variables/substitute';
import {
  PACKED_FLAGS,
  PACKED_PRINCIPAL,
  PACKED_REF,
  PACKED_RESOURCE,
  PACKED_RESOURCE_COUNT,
  PACKED_RESOURCE_MODE,
  PACKED_STATEMENT,
  type PackedSlot,
  REF_TYPE_SHIFT,
  RESOURCE_ANY,
  RESOURCE_MATCHER,
  RESOURCE_NONE_OF,
  STATEMENT_ALLOW,
} from '../compile/packed-statements';
import { shapeMatches, type StringTest } from '../compile/wildcard';
import { selectStatements } from '../compile/statement-index';
import { buildTrace } from '../explain/trace';
import type { AuthorizationRequest, AuthorizationResult, EvaluateOptions, MatchedStatement, PolicyType, PolicyTypeDecision } from '../types';
import { combine, GRANT_ACCOUNT, GRANT_ROLE, GRANT_SESSION, GRANT_USER, type TypeOutcome } from './combine';
import { RequestScope } from './request-scope';

const TYPE_LABELS: Record<PolicyType, string> = {
  identity: 'identity-based policy',
  resource: 'resource-based policy',
  boundary: 'permissions boundary',
  session: 'session policy',
};

/** A request's policies of one type: compiled ones, or one compiled policy given alone (its own list not read). */
type Compiled = CompiledPolicyImpl[] | CompiledPolicyImpl;

/**
 * Turns the request's policies into compiled ones; already-compiled inputs (the API's cache) pass through untouched,
 * documents go through the content-addressed cache of compiled policies.
 */
function compileInputs(inputs: unknown, policyType: PolicyType): Compiled {
  if (inputs === undefined || inputs === null) return NO_POLICIES;
  if (isCompiledPolicy(inputs)) return inputs;
  if (!Array.isArray(inputs)) return compileCached(inputs, TYPE_LABELS[policyType]);
  let allCompiled = true;
  for (const p of inputs) if (!isCompiledPolicy(p)) allCompiled = false;
  if (allCompiled) return inputs as CompiledPolicyImpl[];
  // A caller's list of documents that compiles to what it did last time gets the same compiled list back, which
  // the statement index knows. The same string, or the same deeply frozen object, at the same place is the same
  // document (neither can change); other documents are looked up, and checked, in the cache every time.
  const previous = compiledLists.get(inputs);
  const count = inputs.length;
  let same = previous !== undefined && previous.compiled.length === count;
  let compiled = same ? previous!.compiled : new Array<CompiledPolicyImpl>(count);
  for (let i = 0; i < count; i++) {
    const p = inputs[i] as unknown;
    let c: CompiledPolicyImpl;
    if (same && p === previous!.inputs[i] && (typeof p === 'string' || isImmutableDocument(p))) c = compiled[i]!;
    else c = isCompiledPolicy(p) ? p : compileCached(p, fallbackName(policyType, i, count));
    if (same && compiled[i] !== c) {
      same = false;
      compiled = compiled.slice();
    }
    compiled[i] = c;
  }
  if (!same || !sameItems(previous!.inputs, inputs)) {
    if (!same) stableLists.add(compiled);
    compiledLists.set(inputs, { inputs: inputs.slice(), compiled });
  }
  return compiled;
}

function sameItems(a: readonly unknown[], b: readonly unknown[]): boolean {
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

/** What each caller's list of documents held and compiled to last time. */
const compiledLists = new WeakMap<unknown[], { inputs: unknown[]; compiled: CompiledPolicyImpl[] }>();
/** Compiled lists that live across requests (as the caller's own arrays of compiled policies do): worth indexing. */
const stableLists = new WeakSet<CompiledPolicyImpl[]>();

/** A policy given without a name or Id is named by its place in the request ("identity-based policy 2"). */
function fallbackName(policyType: PolicyType, index: number, count: number): string {
  if (count === 1) return TYPE_LABELS[policyType];
  if (index >= 64) return `${TYPE_LABELS[policyType]} ${index + 1}`;
  const names = (NUMBERED[policyType] ??= []);
  return (names[index] ??= `${TYPE_LABELS[policyType]} ${index + 1}`);
}

const NUMBERED: Partial<Record<PolicyType, string[]>> = {};

const NO_POLICIES: CompiledPolicyImpl[] = [];

/** Outcomes of a policy type with no policies, shared: nothing writes to them. */
const ABSENT: TypeOutcome = Object.freeze({ present: false, allow: false, deny: undefined, invalid: undefined, grants: 0 });
const EMPTY: TypeOutcome = Object.freeze({ present: true, allow: false, deny: undefined, invalid: undefined, grants: 0 });

const GRANT_BITS = { session: GRANT_SESSION, anyone: GRANT_SESSION, service: GRANT_SESSION, federated: GRANT_SESSION, user: GRANT_USER, role: GRANT_ROLE, account: GRANT_ACCOUNT };

/**
 * Whether one of the `count` packed resource pattern shapes from `at` matches the request's resource (a pattern whose
 * variable has no value matches none: templateMatches).
 */
function shapesMatch(packed: PackedSlot[], at: number, count: number, scope: RequestScope): boolean {
  const resource = scope.request.resource;
  for (let i = at; i < at + 3 * count; i += 3) {
    const kind = packed[i] as number;
    const matched =
      kind >= 0
        ? shapeMatches(kind, packed[i + 1] as string | StringTest, packed[i + 2] as string, resource)
        : templateMatches(kind, packed[i + 1] as string, packed[i + 2] as VariablePart, resource, scope);
    if (matched) return true;
  }
  return false;
}

/**
 * Does the statement at `at` of `packed` apply to this request (its action already selected)? 0 when not; otherwise
 * the GRANT_* bit saying how a resource policy named the caller.
 */
function statementApplies(packed: PackedSlot[], at: number, scope: RequestScope, policyType: PolicyType): number {
  const mode = packed[at + PACKED_RESOURCE_MODE] as number;
  const count = packed[at + PACKED_RESOURCE_COUNT] as number;
  // Conditions first: about half of the statements fail one, where few fail their resource, which costs more to test.
  const conditionsAt = at + PACKED_RESOURCE + 3 * count;
  const end = conditionsAt + 1 + (packed[conditionsAt] as number);
  for (let i = conditionsAt + 1; i < end; i++) if (!evaluateCondition(packed[i] as CompiledCondition, scope)) return 0;
  if (mode === RESOURCE_ANY) {
    if (!shapesMatch(packed, at + PACKED_RESOURCE, count, scope)) return 0;
  } else if (mode === RESOURCE_NONE_OF) {
    if (shapesMatch(packed, at + PACKED_RESOURCE, count, scope)) return 0;
  } else if (mode === RESOURCE_MATCHER) {
    if (!resourceMatches(packed[at + PACKED_RESOURCE + 1] as ResourceMatcher, scope.request.resource, scope)) return 0;
  } else if (policyType !== 'resource') {
    // Only a trust policy may leave Resource out (it covers its role); elsewhere AWS refuses such a statement.
    return 0;
  }
  let grant = GRANT_SESSION;
  if (policyType === 'resource') {
    // AWS: a resource-based statement without Principal applies to no one.
    const principal = packed[at + PACKED_PRINCIPAL] as PrincipalTest | undefined;
    if (!principal) return 0;
    const named = principal(scope);
    if (named === undefined) return 0;
    grant = GRANT_BITS[named];
  }
  return grant;
}

/** Where the packed statement at `at` ends. */
function nextStatement(packed: PackedSlot[], at: number): number {
  const conditionsAt = at + PACKED_RESOURCE + 3 * (packed[at + PACKED_RESOURCE_COUNT] as number);
  return conditionsAt + 1 + (packed[conditionsAt] as number);
}

const TYPE_CODES: Record<PolicyType, number> = { identity: 1, resource: 2, boundary: 3, session: 4 };

function analyse(
  policies: Compiled,
  given: unknown,
  policyType: PolicyType,
  scope: RequestScope,
  matched: MatchedStatement[],
  present: boolean,
): TypeOutcome {
  const action = scope.request.action;
  if (isCompiledPolicy(policies)) {
    // A policy given alone (a resource policy, a boundary): its own last selection, no list to read.
    const outcome: TypeOutcome = { present, allow: false, deny: undefined, invalid: policies.invalid, grants: 0 };
    if (policies.lastAction !== action) policies.selectionFor(action);
    applyStatements(policies.lastSlots!, policies.lastStart, policies.lastEnd, policyType, scope, matched, outcome);
    return outcome;
  }
  if (policies.length === 0) return present ? EMPTY : ABSENT;
  const outcome: TypeOutcome = { present, allow: false, deny: undefined, invalid: undefined, grants: 0 };
  if (lastSelectionsHold(policies, action)) {
    // Each policy's last selection is this action's: read them in place, no list index to look up.
    for (let p = 0; p < policies.length; p++) {
      const policy = policies[p]!;
      outcome.invalid ??= policy.invalid;
      applyStatements(policy.lastSlots!, policy.lastStart, policy.lastEnd, policyType, scope, matched, outcome);
    }
    return outcome;
  }
  const selection = selectStatements(policies, action, policies === given || stableLists.has(policies));
  outcome.invalid = selection.invalid;
  const packed = selection.packed;
  applyStatements(packed.slots, packed.start, packed.end, policyType, scope, matched, outcome);
  return outcome;
}

function lastSelectionsHold(policies: CompiledPolicyImpl[], action: string): boolean {
  for (let p = 0; p < policies.length; p++) if (policies[p]!.lastAction !== action) return false;
  return true;
}

/** The packed statements `packed[start, end)`. */
function applyStatements(
  packed: PackedSlot[],
  start: number,
  end: number,
  policyType: PolicyType,
  scope: RequestScope,
  matched: MatchedStatement[],
  outcome: TypeOutcome,
): void {
  for (let at = start; at < end; at = nextStatement(packed, at)) {
    const grant = statementApplies(packed, at, scope, policyType);
    if (grant === 0) continue;
    const flags = packed[at + PACKED_FLAGS] as number;
    let ref = packed[at + PACKED_REF] as MatchedStatement | undefined;
    // The MatchedStatement remembered beside the statement when it is of this policy type (the usual case).
    if (flags >> REF_TYPE_SHIFT !== TYPE_CODES[policyType]) {
      const statement = packed[at + PACKED_STATEMENT] as CompiledStatement;
      ref = statement.policy.ref(statement, policyType);
      packed[at + PACKED_REF] = ref;
      packed[at + PACKED_FLAGS] = (flags & STATEMENT_ALLOW) | (TYPE_CODES[policyType] << REF_TYPE_SHIFT);
    }
    matched.push(ref!);
    if (flags & STATEMENT_ALLOW) {
      outcome.allow = true;
      outcome.grants |= grant;
    } else outcome.deny ??= ref;
  }
}

function typeDecision(outcome: TypeOutcome): PolicyTypeDecision {
  if (!outcome.present) return 'NotApplicable';
  return outcome.deny ? 'ExplicitDeny' : outcome.allow && outcome.invalid === undefined ? 'Allow' : 'ImplicitDeny';
}

/**
 * Actions a role's trust policy decides; checked without lower-casing every request's action, and mostly without
 * reading its characters: the length is in the string's header, which the request has already read, where the
 * characters may be another object (a string built by concatenation keeps its parts apart), read cold on every
 * request of a varied workload (README, Benchmarks). Lower-casing keeps the length of any string that can become one
 * of these ASCII names (the one mapping that lengthens, U+0130, adds U+0307).
 */
function isAssumeRoleAction(action: string): boolean {
  const length = action.length;
  // `sts:` in any case: s, t, s, colon.
  return (
    length < ASSUME_ROLE_LENGTHS.length &&
    ASSUME_ROLE_LENGTHS[length] === true &&
    action.charCodeAt(3) === 0x3a &&
    (action.charCodeAt(0) | 0x20) === 0x73 &&
    (action.charCodeAt(1) | 0x20) === 0x74 &&
    (action.charCodeAt(2) | 0x20) === 0x73 &&
    ASSUME_ROLE_ACTIONS.has(action.toLowerCase())
  );
}

/** Lower-cased: the actions a role's trust policy decides (also read by the bench's comparison with iam-simulate). */
export const ASSUME_ROLE_ACTIONS: ReadonlySet<string> = new Set(['sts:assumerole', 'sts:assumerolewithsaml', 'sts:assumerolewithwebidentity', 'sts:tagsession', 'sts:setsourceidentity', 'sts:setcontext']);
/** By length: some action above has it. */
const ASSUME_ROLE_LENGTHS: boolean[] = [];
for (const name of ASSUME_ROLE_ACTIONS) ASSUME_ROLE_LENGTHS[name.length] = true;

/**
 * Decides one request the way AWS does. Accepts compiled policies (fast) and raw documents (compiled on the spot).
 * Never throws: malformed requests and policies are denied.
 */
export function evaluate(request: AuthorizationRequest, options?: EvaluateOptions): AuthorizationResult {
  const safe = wellFormed(request);
  const scope = new RequestScope(safe);
  const identityPolicies = compileInputs(safe.identityPolicies, 'identity');
  const resourcePolicies = compileInputs(safe.resourcePolicy, 'resource');
  const boundaryPolicies = compileInputs(safe.permissionsBoundary, 'boundary');
  const sessionPolicies = compileInputs(safe.sessionPolicies, 'session');

  const caller = scope.caller;
  const callerIsService = caller.kind === 'service';
  const callerIsRoot = caller.kind === 'root';
  const matchedStatements: MatchedStatement[] = [];
  const identity = analyse(identityPolicies, safe.identityPolicies, 'identity', scope, matchedStatements, !callerIsService && !callerIsRoot);
  const resource = analyse(resourcePolicies, safe.resourcePolicy, 'resource', scope, matchedStatements, anyPolicy(resourcePolicies));
  const boundary = analyse(boundaryPolicies, safe.permissionsBoundary, 'boundary', scope, matchedStatements, anyPolicy(boundaryPolicies));
  const session = analyse(sessionPolicies, safe.sessionPolicies, 'session', scope, matchedStatements, anyPolicy(sessionPolicies));

  const blockedBy = combine({
    identity,
    resource,
    boundary,
    session,
    action: safe.action,
    crossAccount: scope.crossAccount,
    callerIsRoot,
    callerIsService,
    resourcePolicyRequired: isAssumeRoleAction(safe.action),
  });
  const allowed = blockedBy === undefined;

  const result: AuthorizationResult = {
    decision: allowed ? 'Allow' : blockedBy?.reason === 'ExplicitDeny' ? 'ExplicitDeny' : 'ImplicitDeny',
    allowed,
    matchedStatements,
    policyTypes: {
      identity: typeDecision(identity),
      resource: typeDecision(resource),
      boundary: typeDecision(boundary),
      session: typeDecision(session),
    },
  };
  if (blockedBy) result.blockedBy = blockedBy;
  const anyInvalid = identity.invalid !== undefined || resource.invalid !== undefined || boundary.invalid !== undefined || session.invalid !== undefined;
  if (anyInvalid || options?.trace) {
    const groups: Array<[PolicyType, CompiledPolicyImpl[]]> = [
      ['identity', asList(identityPolicies)],
      ['resource', asList(resourcePolicies)],
      ['boundary', asList(boundaryPolicies)],
      ['session', asList(sessionPolicies)],
    ];
    const errors = collectErrors(groups);
    if (errors.length > 0) result.errors = errors;
    if (options?.trace) result.trace = buildTrace(scope, result.policyTypes, groups);
  }
  return result;
}

const anyPolicy = (policies: Compiled) => isCompiledPolicy(policies) || policies.length > 0;

const asList = (policies: Compiled) => (isCompiledPolicy(policies) ? (policies.alone as CompiledPolicyImpl[]) : policies);

function collectErrors(groups: Array<[PolicyType, CompiledPolicyImpl[]]>): NonNullable<AuthorizationResult['errors']> {
  const out: NonNullable<AuthorizationResult['errors']> = [];
  for (const [policyType, policies] of groups) {
    for (const p of policies) if (p.errors.length > 0) out.push({ policy: p.name, policyType, findings: p.errors });
  }
  return out;
}

/** The request itself may come from JSON: anything that is not a string where one is required becomes an empty one. */
function wellFormed(request: AuthorizationRequest): AuthorizationRequest {
  if (
    typeof request === 'object' &&
    request !== null &&
    typeof request.principal === 'string' &&
    typeof request.action === 'string' &&
    typeof request.resource === 'string' &&
    (request.resourceAccount === undefined || typeof request.resourceAccount === 'string') &&
    (request.context === undefined || (typeof request.context === 'object' && request.context !== null))
  ) {
    return request;
  }
  const r = (typeof request === 'object' && request !== null ? request : {}) as Partial<AuthorizationRequest>;
  const str = (v: unknown) => (typeof v === 'string' ? v : '');
  return {
    principal: str(r.principal),
    action: str(r.action),
    resource: str(r.resource),
    resourceAccount: typeof r.resourceAccount === 'string' ? r.resourceAccount : undefined,
    context: typeof r.context === 'object' && r.context !== null ? r.context : undefined,
    identityPolicies: r.identityPolicies,
    resourcePolicy: r.resourcePolicy,
    permissionsBoundary: r.permissionsBoundary,
    sessionPolicies: r.sessionPolicies,
  };
}
