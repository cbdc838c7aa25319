// evaluate(): analyses each policy type, then hands the outcomes to combine(). The hot path allocates the scope and the
// result only; the trace is built on request by explain/trace.ts.
import { compilePolicy, type CompiledPolicyImpl, type CompiledStatement, isCompiledPolicy } from '../compile/compile-policy';
import { evaluateCondition } from '../conditions/compile-condition';
import { resourceMatches } from '../match/resource';
import { buildTrace } from '../explain/trace';
import type { AuthorizationRequest, AuthorizationResult, EvaluateOptions, MatchedStatement, PolicyInput, PolicyType, PolicyTypeDecision } from '../types';
import { combine, GRANT_ACCOUNT, GRANT_ROLE, GRANT_SESSION, GRANT_USER, type TypeOutcome } from './combine';
import { RequestScope } from './request-scope';

const TYPE_LABELS: Record<PolicyType, string> = {
  identity: 'identity-based policy',
  resource: 'resource-based policy',
  boundary: 'permissions boundary',
  session: 'session policy',
};

/** Turns the request's policies into compiled ones; already-compiled inputs (the API's cache) pass through untouched. */
export function compileInputs(inputs: unknown, policyType: PolicyType): CompiledPolicyImpl[] {
  if (inputs === undefined || inputs === null) return [];
  const list = Array.isArray(inputs) ? inputs : [inputs];
  let allCompiled = true;
  for (const p of list) if (!isCompiledPolicy(p)) allCompiled = false;
  if (allCompiled) return list as CompiledPolicyImpl[];
  return list.map((p, i) =>
    isCompiledPolicy(p) ? p : (compilePolicy(p as Exclude<PolicyInput, object>, nameFor(p, policyType, i, list.length)) as CompiledPolicyImpl),
  );
}

/** A name for a policy given without one: its own Id, else its place in the request ("identity-based policy 2"). */
function nameFor(input: unknown, policyType: PolicyType, index: number, count: number): string | undefined {
  if (typeof input === 'object' && input !== null && typeof (input as { name?: unknown }).name === 'string') return undefined;
  return count > 1 ? `${TYPE_LABELS[policyType]} ${index + 1}` : TYPE_LABELS[policyType];
}

function emptyOutcome(present: boolean): TypeOutcome {
  return { present, allow: false, deny: undefined, invalid: undefined, grants: 0 };
}

const GRANT_BITS = { session: GRANT_SESSION, anyone: GRANT_SESSION, service: GRANT_SESSION, federated: GRANT_SESSION, user: GRANT_USER, role: GRANT_ROLE, account: GRANT_ACCOUNT };

/** Does the statement apply to this request (action already selected)? For resource policies: how it named the caller. */
function statementApplies(s: CompiledStatement, scope: RequestScope, policyType: PolicyType): number {
  if (s.resource && !resourceMatches(s.resource, scope.request.resource, scope)) return 0;
  let grant = GRANT_SESSION;
  if (policyType === 'resource') {
    // AWS: a resource-based statement without Principal applies to no one.
    if (!s.principal) return 0;
    const kind = s.principal(scope);
    if (kind === undefined) return 0;
    grant = GRANT_BITS[kind];
  }
  for (let i = 0; i < s.conditions.length; i++) if (!evaluateCondition(s.conditions[i]!, scope)) return 0;
  return grant;
}

function analyse(policies: CompiledPolicyImpl[], policyType: PolicyType, scope: RequestScope, matched: MatchedStatement[], present: boolean): TypeOutcome {
  const outcome = emptyOutcome(present);
  for (const policy of policies) {
    if (policy.errors.length > 0) {
      outcome.invalid ??= policy.name;
      continue;
    }
    const statements = policy.statementsFor(scope.request.action);
    for (let i = 0; i < statements.length; i++) {
      const s = statements[i]!;
      const grant = statementApplies(s, scope, policyType);
      if (grant === 0) continue;
      const ref = policy.ref(s, policyType);
      matched.push(ref);
      if (s.allow) {
        outcome.allow = true;
        outcome.grants |= grant;
      } else outcome.deny ??= ref;
    }
  }
  return outcome;
}

function typeDecision(outcome: TypeOutcome): PolicyTypeDecision {
  if (!outcome.present) return 'NotApplicable';
  return outcome.deny ? 'ExplicitDeny' : outcome.allow && outcome.invalid === undefined ? 'Allow' : 'ImplicitDeny';
}

const ASSUME_ROLE_ACTIONS = new Set(['sts:assumerole', 'sts:assumerolewithsaml', 'sts:assumerolewithwebidentity', 'sts:tagsession', 'sts:setsourceidentity', 'sts:setcontext']);

/**
 * Decides one request the way AWS does. Accepts compiled policies (fast) and raw documents (compiled on the spot).
 * Never throws: malformed requests and policies are denied.
 */
export function evaluate(request: AuthorizationRequest, options?: EvaluateOptions): AuthorizationResult {
  const safe = wellFormed(request);
  const scope = new RequestScope(safe, Date.now());
  const identityPolicies = compileInputs(safe.identityPolicies, 'identity');
  const resourcePolicies = compileInputs(safe.resourcePolicy, 'resource');
  const boundaryPolicies = compileInputs(safe.permissionsBoundary, 'boundary');
  const sessionPolicies = compileInputs(safe.sessionPolicies, 'session');

  const caller = scope.caller;
  const callerIsService = caller.kind === 'service';
  const callerIsRoot = caller.kind === 'root';
  const matchedStatements: MatchedStatement[] = [];
  const identity = analyse(identityPolicies, 'identity', scope, matchedStatements, !callerIsService && !callerIsRoot);
  const resource = analyse(resourcePolicies, 'resource', scope, matchedStatements, resourcePolicies.length > 0);
  const boundary = analyse(boundaryPolicies, 'boundary', scope, matchedStatements, boundaryPolicies.length > 0);
  const session = analyse(sessionPolicies, 'session', scope, matchedStatements, sessionPolicies.length > 0);

  const { allowed, blockedBy } = combine({
    identity,
    resource,
    boundary,
    session,
    action: safe.action,
    crossAccount: scope.crossAccount,
    callerIsRoot,
    callerIsService,
    resourcePolicyRequired: ASSUME_ROLE_ACTIONS.has(safe.action.toLowerCase()),
  });

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
  const groups: Array<[PolicyType, CompiledPolicyImpl[]]> = [
    ['identity', identityPolicies],
    ['resource', resourcePolicies],
    ['boundary', boundaryPolicies],
    ['session', sessionPolicies],
  ];
  if (identity.invalid ?? resource.invalid ?? boundary.invalid ?? session.invalid) result.errors = collectErrors(groups);
  if (options?.trace) {
    result.trace = buildTrace(scope, result.policyTypes, groups);
  }
  return result;
}

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
