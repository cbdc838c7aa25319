import type { RequestContext as ConditionKeys } from '@gatehouse/evaluator';
import type { VerifiedWebIdentity } from './web-identity-token';

/** AWS: the issuer GitHub Actions' tokens come from, for which STS passes more of the token's claims. */
const githubActionsIssuer = 'token.actions.githubusercontent.com';
/** AWS: the GitHub Actions claims STS passes as `token.actions.githubusercontent.com:CLAIM` (besides sub and aud). */
const githubActionsClaims = ['actor', 'actor_id', 'job_workflow_ref', 'repository', 'repository_id', 'workflow', 'ref', 'environment', 'enterprise_id'];

function claimValue(value: unknown): string | string[] | undefined {
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (Array.isArray(value) && value.every((item) => typeof item === 'string')) return value as string[];
  return undefined;
}

/**
 * The keys AWS STS puts in the request context of AssumeRoleWithWebIdentity for the role's trust policy, named
 * after the provider's URL (`example.com/tenant:sub`): `aud` (the client ID, `azp` when the token has one, with the
 * token's `aud` then as `oaud`), `sub`, `amr` where present, GitHub's extra claims for its issuer, and
 * `aws:FederatedProvider`, the provider's ARN.
 */
export function webIdentityConditionKeys({ provider, claims, audience }: VerifiedWebIdentity): ConditionKeys {
  const prefix = provider.url;
  const keys: ConditionKeys = {
    'aws:FederatedProvider': provider.arn,
    [`${prefix}:aud`]: audience,
    [`${prefix}:sub`]: claims.sub,
  };
  if (typeof claims.azp === 'string' && claims.aud !== undefined) keys[`${prefix}:oaud`] = claims.aud;
  const amr = claimValue(claims.amr);
  if (amr !== undefined) keys[`${prefix}:amr`] = amr;
  if (prefix === githubActionsIssuer) {
    for (const claim of githubActionsClaims) {
      const value = claimValue(claims[claim]);
      if (value !== undefined) keys[`${prefix}:${claim}`] = value;
    }
  }
  return keys;
}
