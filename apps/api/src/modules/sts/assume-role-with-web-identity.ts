import { authorizeAssumeRoleWithWebIdentity } from '../../authz/authorize-assume-role';
import type { RequestContext } from '../../context';
import { IamError, invalidInput } from '../../errors/iam-error';
import { assertValidPolicyDocument } from '../policies/policy-document';
import type { AssumeRoleWithWebIdentityInput } from './sts.inputs';
import { defaultAssumeRoleSeconds, findUnsafeRole, startRoleSession } from './sts.service';
import type { AssumeRoleWithWebIdentityResult } from './sts.type';
import { readSessionTagsClaim } from './web-identity/session-tags-claim';
import { webIdentityConditionKeys } from './web-identity/web-identity-condition-keys';
import { verifyWebIdentityToken } from './web-identity/web-identity-token';

/** AWS: the claim an OIDC token passes the session's source identity in. */
const sourceIdentityClaim = 'https://aws.amazon.com/source_identity';

function readSourceIdentity(value: unknown): string | undefined {
  if (value === undefined) return undefined;
  if (typeof value !== 'string' || !/^[\w+=,.@-]{2,64}$/.test(value)) {
    throw new IamError('IDPRejectedClaim', `The ${sourceIdentityClaim} claim is not a valid source identity.`);
  }
  return value;
}

/** The role ARN's account: the one whose OIDC providers may vouch for the token (AWS never looks elsewhere). */
function roleAccountOf(roleArn: string): string {
  const match = /^arn:aws:iam::(\d{12}):role\//.exec(roleArn);
  if (!match) throw invalidInput(`${roleArn} is not a valid role ARN.`, 'input.roleArn');
  return match[1]!;
}

/**
 * AWS STS AssumeRoleWithWebIdentity: temporary credentials for `roleArn` in exchange for an OIDC token, with no AWS
 * credentials at all. The token must verify against an OIDC provider of the role's account (web-identity-token.ts);
 * then the role's trust policy, naming that provider as a `Federated` principal, decides with the token's claims as
 * condition keys. The session carries the token's session tags and source identity; it and its event are written in
 * one transaction.
 */
export async function assumeRoleWithWebIdentity(ctx: RequestContext, input: AssumeRoleWithWebIdentityInput): Promise<AssumeRoleWithWebIdentityResult> {
  if (input.policy !== undefined) assertValidPolicyDocument(input.policy, { kind: 'session', field: 'input.policy' });
  const identity = await verifyWebIdentityToken(ctx, input.webIdentityToken, roleAccountOf(input.roleArn));
  const sessionTags = readSessionTagsClaim(identity.claims);
  const sourceIdentity = readSourceIdentity(identity.claims[sourceIdentityClaim]);
  const unsafeRole = await findUnsafeRole(ctx, input.roleArn);
  const tagKeys = Object.keys(sessionTags?.tags ?? {});
  authorizeAssumeRoleWithWebIdentity(ctx, unsafeRole, {
    providerArn: identity.provider.arn,
    roleArn: input.roleArn,
    conditionKeys: {
      ...webIdentityConditionKeys(identity),
      'sts:RoleSessionName': input.roleSessionName,
      ...(sourceIdentity !== undefined ? { 'sts:SourceIdentity': sourceIdentity } : {}),
      ...(sessionTags
        ? {
            'aws:TagKeys': tagKeys,
            'sts:TransitiveTagKeys': sessionTags.transitiveTagKeys,
            ...Object.fromEntries(Object.entries(sessionTags.tags).map(([key, value]) => [`aws:RequestTag/${key}`, value])),
          }
        : {}),
    },
    tagsSession: tagKeys.length > 0,
    setsSourceIdentity: sourceIdentity !== undefined,
  });
  // INVARIANT: a missing role trusts nobody, so authorization refused it; the role exists from here on.
  const role = unsafeRole!;

  const durationSeconds = input.durationSeconds ?? defaultAssumeRoleSeconds;
  if (durationSeconds > role.maxSessionDuration) {
    throw invalidInput('The requested DurationSeconds exceeds the MaxSessionDuration set for this role.', 'input.durationSeconds');
  }
  const { webIdentityToken: _token, ...requestParameters } = input;
  const session = await startRoleSession(ctx, role, {
    eventName: 'AssumeRoleWithWebIdentity',
    roleSessionName: input.roleSessionName,
    durationSeconds,
    // CloudTrail: the caller is the web identity user, named by its provider; the token itself is never recorded.
    identity: { accountId: role.accountId, principalArn: identity.provider.arn },
    otherResources: [identity.provider.arn],
    requestParameters: { ...requestParameters, subject: identity.claims.sub, audience: identity.audience },
    session: {
      sourceArn: identity.provider.arn,
      sessionPolicy: input.policy ?? null,
      ...(input.policyArns ? { policyArns: input.policyArns } : {}),
      sourceIdentity: sourceIdentity ?? null,
      ...(sessionTags ? { sessionTags: sessionTags.tags } : {}),
    },
  });
  return {
    ...session,
    subjectFromWebIdentityToken: identity.claims.sub,
    provider: identity.claims.iss,
    audience: identity.audience,
    sourceIdentity: sourceIdentity ?? null,
  };
}
