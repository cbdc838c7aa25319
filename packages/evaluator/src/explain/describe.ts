// Sentences for people: AWS's AccessDenied reason phrases for the API, and the simulator's account of a decision.
import type { AuthorizationResult, MatchedStatement, PolicyType } from '../types';

const LABELS: Record<PolicyType, { singular: string; article: string; plural: string }> = {
  identity: { singular: 'identity-based policy', article: 'an', plural: 'identity-based policies' },
  resource: { singular: 'resource-based policy', article: 'a', plural: 'resource-based policy' },
  boundary: { singular: 'permissions boundary', article: 'a', plural: 'permissions boundary' },
  session: { singular: 'session policy', article: 'a', plural: 'session policies' },
};

/**
 * The reason AWS appends to an AccessDenied message, e.g. `because no identity-based policy allows the iam:CreateUser
 * action` or `with an explicit deny in a permissions boundary`. `undefined` when the request was allowed.
 */
export function describeDenial(result: AuthorizationResult): string | undefined {
  const blocked = result.blockedBy;
  if (result.allowed || !blocked) return undefined;
  const label = LABELS[blocked.policyType];
  switch (blocked.reason) {
    case 'ExplicitDeny':
      return `with an explicit deny in ${label.article} ${label.singular}`;
    case 'NoAllow':
      return `because no ${label.singular} allows the ${blocked.action} action`;
    case 'InvalidPolicy':
      return `because the ${label.singular} ${blocked.policy} is not a valid policy`;
  }
}

/** `statement 2 (DenyDelete) of policy Boundary`: statements counted from 1 here, as a person reads them. */
function describeStatement(s: MatchedStatement): string {
  const sid = s.sid ? ` (${s.sid})` : '';
  return `statement ${s.statementIndex + 1}${sid} of policy ${s.policy}`;
}

/** The simulator's account of a decision: the outcome and the statements behind it, one sentence each. */
export function describeDecision(result: AuthorizationResult): string[] {
  const lines: string[] = [];
  const blocked = result.blockedBy;
  if (result.allowed) {
    const allows = result.matchedStatements.filter((s) => s.effect === 'Allow');
    lines.push('Allowed');
    for (const s of allows) lines.push(`Allowed by ${describeStatement(s)} (${LABELS[s.policyType].singular})`);
  } else if (blocked?.reason === 'ExplicitDeny' && blocked.statement) {
    lines.push(`Explicitly denied ${describeDenial(result)}`);
    for (const s of result.matchedStatements.filter((m) => m.effect === 'Deny')) {
      lines.push(`Denied by ${describeStatement(s)} (${LABELS[s.policyType].singular})`);
    }
  } else if (blocked) {
    lines.push(`Implicitly denied ${describeDenial(result)}`);
  }
  for (const type of ['identity', 'resource', 'boundary', 'session'] as PolicyType[]) {
    const decision = result.policyTypes[type];
    if (decision === 'NotApplicable') continue;
    const label = LABELS[type].plural;
    lines.push(`${label[0]!.toUpperCase()}${label.slice(1)}: ${decision === 'Allow' ? 'allow' : decision === 'ExplicitDeny' ? 'explicit deny' : 'no allow'}`);
  }
  return lines;
}
