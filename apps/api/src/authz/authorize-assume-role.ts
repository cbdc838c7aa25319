import { evaluate, type RequestContext as ConditionKeys } from '@gatehouse/evaluator';
import type { Caller } from '../auth/caller';
import type { RequestContext } from '../context';
import { IamError } from '../errors/iam-error';
import { authorizationCallerOf } from './authorization-caller';
import { authorize } from './authorize';

/** A trust policy that trusts nobody: what a role that does not exist is evaluated against. */
const trustsNobody = JSON.stringify({ Version: '2012-10-17', Statement: [] });

/**
 * AWS AssumeRole: the role's trust policy must allow the caller (within the account that alone is enough); across
 * accounts the caller's identity policies must allow `sts:AssumeRole` on the role too. A role that does not exist
 * is refused with the same AccessDenied, so the answer does not reveal which roles exist. `mfaAuthenticated` is true
 * when the request carried a valid MFA code, which `aws:MultiFactorAuthPresent` in the trust policy then sees; the
 * external id, when given, is `sts:ExternalId`.
 */
export async function authorizeAssumeRole(
  ctx: RequestContext,
  caller: Caller,
  roleArn: string,
  unsafeRole: { assumeRolePolicyDocument: string } | null,
  mfaAuthenticated: boolean,
  externalId: string | undefined,
): Promise<void> {
  const authorizationCaller = authorizationCallerOf(caller);
  if (mfaAuthenticated) authorizationCaller.mfaAuthenticated = true;
  const outcome = await authorize(
    ctx.policyCache,
    authorizationCaller,
    { sourceIp: ctx.sourceIp, secureTransport: ctx.req.secure },
    {
      action: 'sts:AssumeRole',
      resourceArn: roleArn,
      trustPolicy: unsafeRole?.assumeRolePolicyDocument ?? trustsNobody,
      ...(externalId === undefined ? {} : { context: { 'sts:ExternalId': externalId } }),
    },
  );
  if (outcome.decision !== 'Allow') throw outcome.error;
}

/** What an AssumeRoleWithWebIdentity request asks of the role's trust policy, besides the assumption itself. */
export interface WebIdentityTrustRequest {
  /** The OIDC provider's ARN: the federated principal the trust policy must name. */
  providerArn: string;
  roleArn: string;
  /** The token's keys (`HOST/PATH:sub`, `aws:FederatedProvider`…), the session tags' and the request's. */
  conditionKeys: ConditionKeys;
  /** AWS: passing session tags also needs sts:TagSession, and a source identity sts:SetSourceIdentity. */
  tagsSession: boolean;
  setsSourceIdentity: boolean;
}

/**
 * AWS AssumeRoleWithWebIdentity: the caller is the identity provider itself (a federated principal with no
 * policies of its own), so the role's trust policy alone decides, for every action the request needs. A role that
 * does not exist trusts nobody. Refused with AWS's AccessDenied, which names no statement.
 */
export function authorizeAssumeRoleWithWebIdentity(
  ctx: RequestContext,
  unsafeRole: { accountId: string; assumeRolePolicyDocument: string } | null,
  request: WebIdentityTrustRequest,
): void {
  const now = new Date();
  const context: ConditionKeys = {
    'aws:CurrentTime': now.toISOString(),
    'aws:EpochTime': String(Math.floor(now.getTime() / 1000)),
    'aws:SecureTransport': String(ctx.req.secure),
    ...(ctx.sourceIp ? { 'aws:SourceIp': ctx.sourceIp } : {}),
    ...request.conditionKeys,
  };
  const trustPolicy = ctx.policyCache.requestPolicy('TrustPolicy', unsafeRole?.assumeRolePolicyDocument ?? trustsNobody);
  const actions = [
    'sts:AssumeRoleWithWebIdentity',
    ...(request.tagsSession ? ['sts:TagSession'] : []),
    ...(request.setsSourceIdentity ? ['sts:SetSourceIdentity'] : []),
  ];
  for (const action of actions) {
    const result = evaluate({
      principal: request.providerArn,
      action,
      resource: request.roleArn,
      ...(unsafeRole ? { resourceAccount: unsafeRole.accountId } : {}),
      context,
      identityPolicies: [],
      resourcePolicy: trustPolicy,
    });
    if (result.decision !== 'Allow') throw new IamError('AccessDenied', `Not authorized to perform ${action}`);
  }
}
