// "Web identity" in Create role: an OIDC provider of the account, one of its audiences and, for GitHub's issuer,
// the organization, repository and branch the AWS console turns into the token's `sub` condition.

/** GitHub Actions' issuer, for which the AWS console asks for the organization, repository and branch. */
export const GITHUB_ACTIONS_PROVIDER_URL = 'token.actions.githubusercontent.com';

export interface WebIdentityEntity {
  type: 'webIdentity';
  /** The provider's ARN; empty until one is chosen. */
  providerArn: string;
  /** The provider's URL without `https://`: the prefix of its condition keys. */
  providerUrl: string;
  audience: string;
  githubOrganization: string;
  /** Empty: any repository of the organization. */
  githubRepository: string;
  /** Empty: any branch (and any other ref). */
  githubBranch: string;
}

export function initialWebIdentityEntity(): WebIdentityEntity {
  return { type: 'webIdentity', providerArn: '', providerUrl: '', audience: '', githubOrganization: '', githubRepository: '', githubBranch: '' };
}

export const isGitHubActions = (entity: WebIdentityEntity) => entity.providerUrl === GITHUB_ACTIONS_PROVIDER_URL;

/** GitHub's names: 1–39 characters of letters, digits and hyphens for an organization; `.`, `_` too for a repository. */
export function webIdentityError(entity: WebIdentityEntity): string | undefined {
  if (!entity.providerArn) return 'Choose an identity provider.';
  if (!entity.audience) return 'Choose an audience.';
  if (!isGitHubActions(entity)) return undefined;
  if (!/^[A-Za-z0-9-]{1,39}$/.test(entity.githubOrganization)) return 'Enter the GitHub organization.';
  if (entity.githubRepository && !/^[\w.-]{1,100}$/.test(entity.githubRepository)) return 'Enter a valid GitHub repository name.';
  if (entity.githubBranch && /[\s*?[\]]/.test(entity.githubBranch)) return 'Enter a valid branch name.';
  return undefined;
}

/**
 * GitHub's `sub` for a push to the branch (`repo:ORG/REPO:ref:refs/heads/BRANCH`); a missing repository or branch
 * is a wildcard, as the AWS console writes it.
 */
export function githubSubject(entity: WebIdentityEntity): string {
  const repository = entity.githubRepository || '*';
  return entity.githubBranch ? `repo:${entity.githubOrganization}/${repository}:ref:refs/heads/${entity.githubBranch}` : `repo:${entity.githubOrganization}/${repository}:*`;
}

/** The statement the AWS console writes: the provider as a Federated principal, its `aud`, and GitHub's `sub`. */
export function webIdentityStatement(entity: WebIdentityEntity): object {
  const prefix = entity.providerUrl;
  return {
    Effect: 'Allow',
    Principal: { Federated: entity.providerArn },
    Action: 'sts:AssumeRoleWithWebIdentity',
    Condition: {
      StringEquals: { [`${prefix}:aud`]: entity.audience },
      ...(isGitHubActions(entity) ? { StringLike: { [`${prefix}:sub`]: githubSubject(entity) } } : {}),
    },
  };
}
