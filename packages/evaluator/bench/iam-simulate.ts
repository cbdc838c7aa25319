// The varied workload's requests in @cloud-copilot/iam-simulate's input shape, with what AWS puts in every request
// and iam-simulate expects to be told: the principal's global keys (aws:PrincipalArn, aws:username…) and the account
// root user's full access in its own account (iam-simulate has no notion of the root user). Without them it would
// disagree on 344 of 2,998 requests through input vocabulary alone.
import { runSimulation, type Simulation } from '@cloud-copilot/iam-simulate';
import type { AuthorizationRequest, Decision } from '../src/index';

const PRINCIPAL = /^arn:aws:(?:iam|sts)::(\d{12}):(user|role|assumed-role|root)(?:\/(.*))?$/;
const ALLOW_ALL = { Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: '*', Resource: '*' }] };

/** The global keys AWS derives from the caller (as Gatehouse's evaluator does when the request leaves them out). */
export function principalKeys(principal: string): Record<string, string> {
  const m = PRINCIPAL.exec(principal);
  if (!m) return { 'aws:PrincipalIsAWSService': 'true', 'aws:PrincipalServiceName': principal };
  const [, account, kind, rest] = m;
  const keys: Record<string, string> = {
    'aws:PrincipalArn': principal,
    'aws:PrincipalAccount': account!,
    'aws:PrincipalIsAWSService': 'false',
    'aws:PrincipalType': kind === 'user' ? 'User' : kind === 'root' ? 'Account' : 'AssumedRole',
  };
  if (kind === 'user') keys['aws:username'] = rest!.split('/').pop()!;
  return keys;
}

export function toSimulation(r: AuthorizationRequest): Simulation {
  const root = r.principal.endsWith(':root');
  return {
    request: {
      principal: r.principal,
      action: r.action,
      resource: { resource: r.resource, accountId: r.resourceAccount! },
      // The request's own keys win: a session's aws:PrincipalArn is its role's ARN, which the workload passes.
      contextVariables: { ...principalKeys(r.principal), ...(r.context ?? {}) },
    },
    identityPolicies: root ? [{ name: 'root', policy: ALLOW_ALL }] : (r.identityPolicies ?? []).map((policy, i) => ({ name: `identity${i}`, policy })),
    serviceControlPolicies: [],
    resourceControlPolicies: [],
    resourcePolicy: r.resourcePolicy,
    permissionBoundaryPolicies: r.permissionsBoundary ? [{ name: 'boundary', policy: r.permissionsBoundary }] : undefined,
    // The generator makes one session policy at most.
    sessionPolicy: r.sessionPolicies?.[0],
  };
}

const DECISIONS: Record<string, Decision> = { Allowed: 'Allow', ExplicitlyDenied: 'ExplicitDeny', ImplicitlyDenied: 'ImplicitDeny' };

export interface SimulateAnswer {
  /** `undefined` when iam-simulate refused the request as invalid. */
  decision: Decision | undefined;
  /** Context keys it dropped as not applicable to the action and resource type. */
  ignoredContextKeys: string[];
}

/** iam-simulate's decision in Gatehouse's vocabulary. */
export async function simulate(r: AuthorizationRequest): Promise<SimulateAnswer> {
  const answer = await runSimulation(toSimulation(r), {});
  if (answer.resultType === 'error') return { decision: undefined, ignoredContextKeys: [] };
  const ignored = answer.resultType === 'single' ? (answer.result.ignoredContextKeys ?? []) : answer.results.flatMap((x) => x.ignoredContextKeys ?? []);
  return { decision: DECISIONS[answer.overallResult], ignoredContextKeys: ignored };
}
