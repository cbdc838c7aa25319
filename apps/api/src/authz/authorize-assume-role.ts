import type { Caller } from '../auth/caller';
import type { RequestContext } from '../context';
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
