import { describeDenial, evaluate, parseArn, type DenialReason, type RequestContext } from '@gatehouse/evaluator';
import { IamError } from '../errors/iam-error';
import type { CallerPolicies, CallerPolicyCache } from './caller-policies';

/** The authenticated principal a request is authorized for. */
export type AuthorizationCaller =
  | { type: 'root'; accountId: string; principalArn: string; mfaAuthenticated?: boolean }
  | {
      type: 'user';
      accountId: string;
      userId: string;
      userName: string;
      /** The user's ARN, with its path. */
      principalArn: string;
      /**
       * Console sessions and temporary credentials: whether MFA was used. Absent for long-term access keys, where
       * AWS leaves `aws:MultiFactorAuthPresent` out of the request altogether.
       */
      mfaAuthenticated?: boolean;
    }
  | {
      type: 'assumedRole';
      accountId: string;
      roleId: string;
      /** The role's ARN, with its path: AWS's `aws:PrincipalArn` for a role session. */
      roleArn: string;
      roleSessionName: string;
      /** `arn:aws:sts::ACCOUNT:assumed-role/ROLE/SESSION`, the ARN AWS names in a denial. */
      principalArn: string;
      /** The session policy passed to AssumeRole, exactly as stored. */
      sessionPolicy: string | null;
      /** The managed session policies' documents (PolicyArns); with the inline one, the session's limit is their union. */
      sessionManagedPolicies?: string[];
      /** Session tags, which override the role's tags of the same key (AWS). */
      sessionTags?: Record<string, string>;
      sourceIdentity?: string | null;
      mfaAuthenticated: boolean;
    };

/** What is known about the request itself, independent of who makes it. */
export interface RequestFacts {
  sourceIp?: string;
  /** True when the request came over TLS (`aws:SecureTransport`). */
  secureTransport: boolean;
  now?: Date;
}

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
}

export type AuthorizationOutcome =
  | { decision: 'Allow' }
  | {
      decision: 'ExplicitDeny' | 'ImplicitDeny';
      /** AWS's AccessDenied with its message shape, ready to be thrown. */
      error: IamError;
      /** Which policy type decided, for logs and the audit trail. */
      blockedBy: DenialReason;
    };

/** The region AWS records for IAM, a global service. */
const IAM_REGION = 'us-east-1';
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
  policyCache: CallerPolicyCache,
  caller: AuthorizationCaller,
  request: RequestFacts,
  query: AuthorizationQuery,
): Promise<AuthorizationOutcome> {
  const resourceAccount = query.resourceArn === '*' ? '' : (parseArn(query.resourceArn)?.accountId ?? '');
  const crossAccount =
    resourceAccount !== '' && resourceAccount !== AWS_MANAGED_ACCOUNT && resourceAccount !== caller.accountId;
  if (crossAccount && query.trustPolicy === undefined) {
    // AWS: across accounts an identity-based allow is not enough; the resource's own policy would have to allow too,
    // and IAM resources have none. Decided here rather than left to evaluation, so that isolation holds for root too.
    const blockedBy: DenialReason = { reason: 'NoAllow', policyType: 'resource', action: query.action };
    return deny('ImplicitDeny', caller, query, `because no resource-based policy allows the ${query.action} action`, blockedBy);
  }
  // AWS: the root user's permissions cannot be limited by IAM policies in its own account; only a trust policy can
  // refuse it a role.
  if (caller.type === 'root' && query.trustPolicy === undefined) return { decision: 'Allow' };

  // A principal deleted since it authenticated has no policies left, so it is denied like a user without any.
  const stored: CallerPolicies =
    (caller.type === 'root'
      ? null
      : await policyCache.policiesFor(
          caller.type === 'user' ? { type: 'user', userId: caller.userId } : { type: 'role', roleId: caller.roleId },
        )) ?? NO_POLICIES;
  const sessionPolicies =
    caller.type === 'assumedRole'
      ? [
          ...(caller.sessionPolicy !== null ? [policyCache.requestPolicy('SessionPolicy', caller.sessionPolicy)] : []),
          ...(caller.sessionManagedPolicies ?? []).map((document) => policyCache.requestPolicy('SessionPolicy', document)),
        ]
      : [];
  const result = evaluate({
    principal: caller.principalArn,
    action: query.action,
    resource: query.resourceArn,
    // The caller's own account unless a trust policy lets the request cross; AWS managed policies (account `aws`)
    // are readable from every account, so they count as the caller's.
    resourceAccount: crossAccount ? resourceAccount : caller.accountId,
    // The global keys come last: an operation adds keys of its own but can never restate who the caller is.
    context: { ...query.context, ...requestContext(caller, request, stored.principalTags) },
    identityPolicies: stored.identityPolicies,
    ...(stored.permissionsBoundary ? { permissionsBoundary: stored.permissionsBoundary } : {}),
    ...(sessionPolicies.length > 0 ? { sessionPolicies } : {}),
    ...(query.trustPolicy !== undefined
      ? { resourcePolicy: policyCache.requestPolicy('TrustPolicy', query.trustPolicy) }
      : {}),
  });
  if (result.decision === 'Allow') return { decision: 'Allow' };
  // The evaluator's contract: a result that is not Allow always carries blockedBy, and so a denial phrase.
  return deny(result.decision, caller, query, describeDenial(result)!, result.blockedBy!);
}

const NO_POLICIES: CallerPolicies = { identityPolicies: [], principalTags: {} };

/** The global condition keys AWS puts in every request context. */
function requestContext(
  caller: AuthorizationCaller,
  request: RequestFacts,
  principalTags: Record<string, string>,
): RequestContext {
  const now = request.now ?? new Date();
  const context: RequestContext = {
    'aws:CurrentTime': now.toISOString(),
    'aws:EpochTime': String(Math.floor(now.getTime() / 1000)),
    'aws:PrincipalAccount': caller.accountId,
    'aws:RequestedRegion': IAM_REGION,
    'aws:SecureTransport': String(request.secureTransport),
  };
  if (request.sourceIp) context['aws:SourceIp'] = request.sourceIp;
  if (caller.mfaAuthenticated !== undefined) context['aws:MultiFactorAuthPresent'] = String(caller.mfaAuthenticated);
  switch (caller.type) {
    case 'root':
      context['aws:PrincipalArn'] = caller.principalArn;
      context['aws:PrincipalType'] = 'Account';
      context['aws:userid'] = caller.accountId;
      break;
    case 'user':
      context['aws:PrincipalArn'] = caller.principalArn;
      context['aws:PrincipalType'] = 'User';
      context['aws:userid'] = caller.userId;
      context['aws:username'] = caller.userName;
      break;
    case 'assumedRole':
      // AWS: for a role session, aws:PrincipalArn is the role's ARN and aws:userid is `ROLEID:SESSION`.
      context['aws:PrincipalArn'] = caller.roleArn;
      context['aws:PrincipalType'] = 'AssumedRole';
      context['aws:userid'] = `${caller.roleId}:${caller.roleSessionName}`;
      if (caller.sourceIdentity) context['aws:SourceIdentity'] = caller.sourceIdentity;
      break;
  }
  // AWS: a session tag replaces the role's tag of the same key (tag keys compare without case).
  const sessionTags = caller.type === 'assumedRole' ? (caller.sessionTags ?? {}) : {};
  const sessionKeys = new Set(Object.keys(sessionTags).map((key) => key.toLowerCase()));
  for (const [key, value] of Object.entries(principalTags)) if (!sessionKeys.has(key.toLowerCase())) context[`aws:PrincipalTag/${key}`] = value;
  for (const [key, value] of Object.entries(sessionTags)) context[`aws:PrincipalTag/${key}`] = value;
  return context;
}

function deny(
  decision: 'ExplicitDeny' | 'ImplicitDeny',
  caller: AuthorizationCaller,
  query: AuthorizationQuery,
  reason: string,
  blockedBy: DenialReason,
): AuthorizationOutcome {
  const message = `User: ${caller.principalArn} is not authorized to perform: ${query.action} on resource: ${query.resourceArn} ${reason}`;
  return { decision, error: new IamError('AccessDenied', message), blockedBy };
}
