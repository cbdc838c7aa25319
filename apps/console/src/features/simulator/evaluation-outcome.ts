// How the simulator's results table words a decision and the statements behind it, after AWS's IAM policy simulator.
import type { SimulatePrincipalPolicyQuery } from '../../gql/graphql';

export type EvaluationResult = SimulatePrincipalPolicyQuery['simulatePrincipalPolicy']['evaluationResults'][number];
export type MatchedStatement = EvaluationResult['matchedStatements'][number];

/** `allowed`, `explicitly denied` or `implicitly denied`, with the badge colour the table uses. */
export function decisionText(decision: EvaluationResult['evalDecision']): { text: string; status: 'success' | 'error' | 'warning' } {
  switch (decision) {
    case 'allowed':
      return { text: 'Allowed', status: 'success' };
    // AWS: a Deny statement matched; nothing can override it.
    case 'explicitDeny':
      return { text: 'Explicitly denied', status: 'error' };
    // AWS: no statement allowed the request (or a boundary or session policy did not).
    case 'implicitDeny':
      return { text: 'Implicitly denied', status: 'warning' };
  }
}

const SOURCE_TYPES: Record<MatchedStatement['sourcePolicyType'], string> = {
  aws_managed: 'AWS managed policy',
  user_managed: 'Customer managed policy',
  user: 'User inline policy',
  group: 'Group inline policy',
  role: 'Role inline policy',
  resource: 'Resource-based policy',
  none: 'Policy in the simulation',
};

/** "Allow in AdministratorAccess (AWS managed policy), statement 1 (FullAccess)": statements count from 1, as AWS's console shows them. */
export function describeMatchedStatement(statement: MatchedStatement): string {
  const sid = statement.sid ? ` (${statement.sid})` : '';
  return `${statement.effect} in ${statement.sourcePolicyId} (${SOURCE_TYPES[statement.sourcePolicyType]}), statement ${statement.statementIndex + 1}${sid}`;
}
