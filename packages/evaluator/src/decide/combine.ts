// AWS's policy evaluation logic as one decision over the outcome of each policy type (after iam-simulate's
// DefaultServiceAuthorizer: the result only ever goes down, Allow → ImplicitDeny → ExplicitDeny).
import type { DenialReason, MatchedStatement, PolicyType } from '../types';

/** What one policy type said about the request. */
export interface TypeOutcome {
  present: boolean;
  allow: boolean;
  deny: MatchedStatement | undefined;
  /** Name of a policy of this type that could not be parsed. */
  invalid: string | undefined;
  /** Resource policies: how the allowing statements named the caller (bits of GRANT_*). */
  grants: number;
}

/** A resource policy naming the caller's session, the caller itself as a service/federated principal, or anyone. */
export const GRANT_SESSION = 1;
/** A resource policy naming the IAM user. */
export const GRANT_USER = 2;
/** A resource policy naming the role (the caller is one of its sessions). */
export const GRANT_ROLE = 4;
/** A resource policy naming the caller's account: delegation to the account's identity policies. */
export const GRANT_ACCOUNT = 8;

export interface CombineInput {
  identity: TypeOutcome;
  resource: TypeOutcome;
  boundary: TypeOutcome;
  session: TypeOutcome;
  action: string;
  crossAccount: boolean;
  /** The account root user: every permission in its own account (its identity side), no identity policies. */
  callerIsRoot: boolean;
  /** A service principal has no identity policies; only a resource policy can grant it anything. */
  callerIsService: boolean;
  /** Role trust: AssumeRole needs the trust policy's allow even within one account. */
  resourcePolicyRequired: boolean;
}

/** The order in which policy types are named when several block a request. */
const TYPE_ORDER: PolicyType[] = ['identity', 'resource', 'boundary', 'session'];

/** `undefined` when the request is allowed; otherwise what blocked it. */
export function combine(input: CombineInput): DenialReason | undefined {
  const { identity, resource, boundary, session, action } = input;

  // AWS: an explicit Deny in any policy type wins, even over a same-account resource-policy Allow.
  const denied = identity.deny ? 'identity' : resource.deny ? 'resource' : boundary.deny ? 'boundary' : session.deny ? 'session' : undefined;
  if (denied) return { reason: 'ExplicitDeny', policyType: denied, action, statement: input[denied].deny };
  // Fail closed: a policy that could not be read might have denied the request.
  if (identity.invalid !== undefined || resource.invalid !== undefined || boundary.invalid !== undefined || session.invalid !== undefined) {
    const type = TYPE_ORDER.find((t) => input[t].invalid !== undefined)!;
    return { reason: 'InvalidPolicy', policyType: type, action, policy: input[type].invalid };
  }

  // A boundary or session policy, when present, must also allow (AWS: the effective permissions are the intersection).
  const boundaryOk = !boundary.present || boundary.allow;
  const sessionOk = !session.present || session.allow;
  const identitySide = input.callerIsRoot ? true : !input.callerIsService && identity.allow && boundaryOk && sessionOk;

  // AWS, same account: a resource policy that names the session (or anyone) grants on its own; one that names the IAM
  // user is limited only by session policies; one that names the role is limited by the boundary and session policies;
  // one that names the account only delegates to the identity policies.
  const grantsAlone =
    (resource.grants & GRANT_SESSION) !== 0 ||
    ((resource.grants & GRANT_USER) !== 0 && sessionOk) ||
    ((resource.grants & GRANT_ROLE) !== 0 && boundaryOk && sessionOk);

  let allowed: boolean;
  if (input.resourcePolicyRequired) {
    // Trust policy: it must allow; within the account, naming the caller suffices, naming the account needs identity.
    allowed = resource.allow && (input.crossAccount ? identitySide : grantsAlone || identitySide);
  } else if (input.crossAccount) {
    // AWS: across accounts the caller's own account must allow (identity side) AND the resource policy must allow.
    allowed = identitySide && resource.allow;
  } else {
    // AWS: within an account, an allow from the identity side OR from the resource policy is enough.
    allowed = identitySide || grantsAlone;
  }
  if (allowed) return undefined;
  return { reason: 'NoAllow', policyType: missingAllow(input, identitySide, boundaryOk, sessionOk), action };
}

/** The policy type AWS names in "because no … allows the … action". */
function missingAllow(input: CombineInput, identitySide: boolean, boundaryOk: boolean, sessionOk: boolean): PolicyType {
  if (input.callerIsService || input.callerIsRoot) return 'resource';
  if (input.resourcePolicyRequired && !input.resource.allow) return 'resource';
  if (identitySide) return 'resource';
  // Within the account, a resource policy that named the role (or the user) was held back by the boundary or session.
  const grants = input.resource.grants;
  if (!input.crossAccount && (grants & GRANT_ROLE) !== 0 && !boundaryOk) return 'boundary';
  if (!input.crossAccount && (grants & (GRANT_ROLE | GRANT_USER)) !== 0 && !sessionOk) return 'session';
  if (!input.identity.allow) return 'identity';
  if (!boundaryOk) return 'boundary';
  if (!sessionOk) return 'session';
  return 'identity';
}
