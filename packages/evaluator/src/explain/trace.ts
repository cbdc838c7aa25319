// The explanation a simulator shows: every statement of every policy, and for each element whether and why it matched.
// Built only when evaluate() is asked for it; it re-walks the policies with the same matchers.
import type { CompiledPolicyImpl, CompiledStatement } from '../compile/compile-policy';
import { evaluateCondition, traceCondition } from '../conditions/compile-condition';
import type { RequestScope } from '../decide/request-scope';
import { actionMatches, matchingActionPattern } from '../match/action';
import { matchingResourcePattern, resourceMatches, resourceMismatches } from '../match/resource';
import type { ElementMatch, PolicyType, PolicyTypeDecision, StatementTrace, Trace } from '../types';

export function buildTrace(
  scope: RequestScope,
  decisions: Record<PolicyType, PolicyTypeDecision>,
  groups: Array<[PolicyType, CompiledPolicyImpl[]]>,
): Trace {
  const lowerAction = scope.request.action.toLowerCase();
  return {
    principalAccount: scope.caller.accountId,
    resourceAccount: scope.resourceAccount,
    crossAccount: scope.crossAccount,
    policyTypes: groups
      .filter(([, policies]) => policies.length > 0)
      .map(([policyType, policies]) => ({
        policyType,
        decision: decisions[policyType],
        policies: policies.map((policy) => ({
          policy: policy.name,
          statements: policy.statements.map((s) => traceStatement(s, scope, lowerAction, policyType)),
        })),
      })),
  };
}

function traceStatement(s: CompiledStatement, scope: RequestScope, lowerAction: string, policyType: PolicyType): StatementTrace {
  const statement = s.statement;
  const action: ElementMatch = { matched: false, negated: s.action?.negated ?? false };
  if (s.action) {
    action.matched = actionMatches(s.action, lowerAction);
    const pattern = matchingActionPattern(s.action, lowerAction);
    if (pattern !== undefined) action.matchedValue = pattern;
  }
  // Only a trust policy may leave Resource out (it covers its role); elsewhere such a statement never applies.
  const resource: ElementMatch = { matched: policyType === 'resource', negated: s.resource?.negated ?? false };
  if (s.resource) {
    const pattern = matchingResourcePattern(s.resource, scope.request.resource, scope);
    resource.matched = resourceMatches(s.resource, scope.request.resource, scope);
    if (pattern !== undefined) resource.matchedValue = pattern;
    else resource.reasons = resourceMismatches(s.resource, scope.request.resource, scope);
  }
  const trace: StatementTrace = {
    statementIndex: statement.index,
    effect: statement.effect,
    matched: false,
    action,
    resource,
    conditions: s.conditions.map((c) => traceCondition(c, scope)),
  };
  if (statement.sid !== undefined) trace.sid = statement.sid;
  let principalMatched = true;
  if (policyType === 'resource') {
    const kind = s.principal?.(scope);
    principalMatched = kind !== undefined;
    trace.principal = { matched: principalMatched, negated: statement.principal?.negated ?? false };
    if (kind !== undefined) trace.principal.via = kind;
  }
  trace.matched = action.matched && resource.matched && principalMatched && s.conditions.every((c) => evaluateCondition(c, scope));
  return trace;
}
