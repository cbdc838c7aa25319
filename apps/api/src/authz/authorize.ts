import { describeDenial, evaluate, parseArn, type DenialReason, type MatchedStatement, type RequestContext } from '@gatehouse/evaluator';
import { IamError } from '../errors/iam-error';
import { governedPrincipal, type Caller } from '../principals/caller';
import type { GoverningPolicyCache } from '../principals/governing-policy-cache';
import { requestContext, type RequestFacts } from '../principals/request-context';

export interface AuthorizationQuery {
  /** `service:Action`, e.g. `iam:CreateUser`. */
  action: string;
  /** The resource ARN, or `*` for actions on no particular resource (`iam:ListUsers`). */
  resourceArn: string;
  /** Keys the operation adds: `iam:PassedToService`, `iam:PolicyARN`, `aws:RequestTag/…`, `aws:TagKeys`… */
  context?: RequestContext;
  /**
   * `sts:AssumeRole` only: the role's trust policy as stored, which AWS evaluates as the role's resource-based policy.
   * The trust policy must allow, within the account and across; across accounts the caller's own identity policies
   * must allow too. This is the one way to reach another account's resources.
   */
  trustPolicy?: string;
  /**
   * A protected service's own resource-based policy (`authorize`): like a trust policy it lets a request reach
   * another account's resource when it allows there too, and an explicit deny in it refuses even the root user.
   */
  resourcePolicy?: string;
}

export type AuthorizationOutcome =
  | { decision: 'Allow'; matchedStatements: MatchedStatement[] }
  | {
      decision: 'ExplicitDeny' | 'ImplicitDeny';
      matchedStatements: MatchedStatement[];
      /** AWS's AccessDenied with its message shape, ready to be thrown. */
      error: IamError;
      /** Which policy type decided, for logs and the audit trail. */
      blockedBy: DenialReason;
    };

/** AWS managed policies (`arn:aws:iam::aws:policy/…`) belong to no account and are readable from every account. */
const AWS_MANAGED_ACCOUNT = 'aws';

/**
 * Decides whether the caller may perform `action` on `resourceArn`, as AWS IAM would:
 * the root user may do anything in its own account; everyone else is evaluated against their identity policies
 * (own and groups', or the role's), permissions boundary and session policy. Accounts are isolated: IAM resources
 * have no resource-based policies, so nothing in another account is reachable except by assuming a role there
 * (`sts:AssumeRole` with the role's `trustPolicy`).
 */
export async function authorize(
  governing: GoverningPolicyCache,
  caller: Caller,
  request: RequestFacts,
  query: AuthorizationQuery,
): Promise<AuthorizationOutcome> {
  const resourceAccount = query.resourceArn === '*' ? '' : (parseArn(query.resourceArn)?.accountId ?? '');
  const crossAccount =
    resourceAccount !== '' && resourceAccount !== AWS_MANAGED_ACCOUNT && resourceAccount !== caller.accountId;
  const resourcePolicy = query.trustPolicy ?? query.resourcePolicy;
  if (crossAccount && resourcePolicy === undefined) {
    // AWS: across accounts an identity-based allow is not enough; the resource's own policy would have to allow too,
    // and IAM resources have none. Decided here rather than left to evaluation, so that isolation holds for root too.
    const blockedBy: DenialReason = { reason: 'NoAllow', policyType: 'resource', action: query.action };
    return deny('ImplicitDeny', caller, query, `because no resource-based policy allows the ${query.action} action`, blockedBy);
  }
  // AWS: the root user's permissions cannot be limited by IAM policies in its own account; only a trust policy can
  // refuse it a role.
  const rootInOwnAccount = caller.kind === 'root' && query.trustPolicy === undefined && !crossAccount;
  if (rootInOwnAccount && query.resourcePolicy === undefined) return { decision: 'Allow', matchedStatements: [] };

  // A principal deleted since it authenticated has no policies left, so it is denied like a user without any.
  const principal = governedPrincipal(caller);
  const stored = principal ? await governing.get(principal) : null;
  // AWS: the inline session policy and the managed ones (PolicyArns) together limit the session.
  const sessionPolicies =
    caller.kind === 'assumed-role'
      ? [
          ...(caller.sessionPolicy !== null ? [governing.requestPolicy('SessionPolicy', caller.sessionPolicy)] : []),
          ...caller.sessionManagedPolicies.map((document) => governing.requestPolicy('SessionPolicy', document)),
        ]
      : [];
  const result = evaluate({
    principal: caller.principalArn,
    action: query.action,
    resource: query.resourceArn,
    // The caller's own account unless a trust policy lets the request cross; AWS managed policies (account `aws`)
    // are readable from every account, so they count as the caller's.
    resourceAccount: crossAccount ? resourceAccount : caller.accountId,
    context: requestContext(caller, request, stored, query.context),
    identityPolicies: stored?.evaluatedIdentityPolicies ?? [],
    ...(stored?.permissionsBoundary ? { permissionsBoundary: stored.permissionsBoundary.compiled } : {}),
    ...(sessionPolicies.length > 0 ? { sessionPolicies } : {}),
    ...(resourcePolicy !== undefined
      ? { resourcePolicy: governing.requestPolicy(query.trustPolicy !== undefined ? 'TrustPolicy' : 'ResourcePolicy', resourcePolicy) }
      : {}),
  });
  const { matchedStatements } = result;
  if (result.decision === 'Allow' || (rootInOwnAccount && result.decision === 'ImplicitDeny')) return { decision: 'Allow', matchedStatements };
  // The evaluator's contract: a result that is not Allow always carries blockedBy, and so a denial phrase.
  return deny(result.decision, caller, query, describeDenial(result)!, result.blockedBy!, matchedStatements);
}

function deny(
  decision: 'ExplicitDeny' | 'ImplicitDeny',
  caller: Caller,
  query: AuthorizationQuery,
  reason: string,
  blockedBy: DenialReason,
  matchedStatements: MatchedStatement[] = [],
): AuthorizationOutcome {
  const message = `User: ${caller.principalArn} is not authorized to perform: ${query.action} on resource: ${query.resourceArn} ${reason}`;
  // Made when first read: most denials are answers rather than failures (`authorize`'s decisions, whether its asker
  // may see the matched statements), and an error's stack costs more than the evaluation that denied.
  let error: IamError | undefined;
  return {
    decision,
    get error() {
      return (error ??= new IamError('AccessDenied', message));
    },
    blockedBy,
    matchedStatements,
  };
}
