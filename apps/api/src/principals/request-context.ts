import type { RequestContext } from '@gatehouse/evaluator';
import type { Caller } from './caller';
import type { GoverningPolicies } from './governing-policies';

/** What is known about the request itself, independent of who makes it. */
export interface RequestFacts {
  sourceIp?: string;
  /** True when the request came over TLS (`aws:SecureTransport`). */
  secureTransport: boolean;
  /** The request's time; the evaluator reads the clock when absent. */
  now?: Date;
}

/** The region AWS records for IAM, a global service. */
const IAM_REGION = 'us-east-1';

/**
 * Global keys only the server may state, lower-cased: who the caller is and how the request arrived. An operation's
 * or a protected service's own keys never restate them, even when the evaluator would derive them.
 */
const serverKeys = ['aws:principal', 'aws:username', 'aws:userid', 'aws:sourceidentity', 'aws:sourceip', 'aws:securetransport', 'aws:multifactorauth', 'aws:currenttime', 'aws:epochtime', 'aws:requestedregion', 'aws:resourceaccount'];

const isServerKey = (key: string) => {
  const lower = key.toLowerCase();
  return serverKeys.some((prefix) => lower.startsWith(prefix));
};

/**
 * The request context of a request made by `caller`, with the keys the operation adds (`aws:RequestTag/…`,
 * `iam:PolicyARN`…): the one place that builds it. Keys the evaluator derives from the principal's ARN
 * (aws:PrincipalAccount, aws:PrincipalType, aws:username) and from its clock (aws:CurrentTime, aws:EpochTime) are left
 * to it; this adds what only the server knows.
 */
export function requestContext(
  caller: Caller,
  facts: RequestFacts,
  governing: Pick<GoverningPolicies, 'principalTags'> | null,
  operationKeys: RequestContext = {},
): RequestContext {
  const context: RequestContext = {};
  for (const key in operationKeys) if (!isServerKey(key)) context[key] = operationKeys[key]!;
  context['aws:RequestedRegion'] = IAM_REGION;
  context['aws:SecureTransport'] = String(facts.secureTransport);
  if (facts.now) {
    context['aws:CurrentTime'] = facts.now.toISOString();
    context['aws:EpochTime'] = String(Math.floor(facts.now.getTime() / 1000));
  }
  if (facts.sourceIp) context['aws:SourceIp'] = facts.sourceIp;
  switch (caller.kind) {
    case 'root':
      context['aws:userid'] = caller.accountId;
      break;
    case 'user':
      context['aws:userid'] = caller.userId;
      break;
    case 'assumed-role':
      // AWS: for a role session, aws:PrincipalArn is the role's ARN with its path (the session ARN has none) and
      // aws:userid is `ROLEID:SESSION`.
      context['aws:PrincipalArn'] = caller.roleArn;
      context['aws:userid'] = caller.roleSessionName === '' ? caller.roleId : `${caller.roleId}:${caller.roleSessionName}`;
      if (caller.sourceIdentity) context['aws:SourceIdentity'] = caller.sourceIdentity;
      break;
  }
  // AWS: role sessions always carry aws:MultiFactorAuthPresent, false unless MFA was given to AssumeRole; long-term
  // access keys leave it out.
  const mfa = caller.kind === 'assumed-role' ? (caller.mfaAuthenticated ?? false) : caller.mfaAuthenticated;
  if (mfa !== undefined) context['aws:MultiFactorAuthPresent'] = String(mfa);
  const principalTags = governing?.principalTags ?? {};
  if (caller.kind !== 'assumed-role') {
    for (const key in principalTags) context[`aws:PrincipalTag/${key}`] = principalTags[key]!;
    return context;
  }
  // AWS: a session tag replaces the role's tag of the same key (tag keys compare without case).
  const { sessionTags } = caller;
  const sessionKeys = new Set(Object.keys(sessionTags).map((key) => key.toLowerCase()));
  for (const [key, value] of Object.entries(principalTags)) if (!sessionKeys.has(key.toLowerCase())) context[`aws:PrincipalTag/${key}`] = value;
  for (const [key, value] of Object.entries(sessionTags)) context[`aws:PrincipalTag/${key}`] = value;
  return context;
}
