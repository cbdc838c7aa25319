import { trustedEntityError, trustPolicyFor } from '../../src/features/roles/create-role/trusted-entity';
import { initialWebIdentityEntity, type WebIdentityEntity } from '../../src/features/roles/create-role/web-identity-trust';

const github: WebIdentityEntity = {
  ...initialWebIdentityEntity(),
  providerArn: 'arn:aws:iam::111122223333:oidc-provider/token.actions.githubusercontent.com',
  providerUrl: 'token.actions.githubusercontent.com',
  audience: 'sts.amazonaws.com',
  githubOrganization: 'acme',
};

describe('the Web identity trusted entity', () => {
  it('writes the GitHub sub condition from the organization, repository and branch, as the AWS console does', () => {
    const statement = (entity: WebIdentityEntity) => JSON.parse(trustPolicyFor(entity, '111122223333')).Statement[0];
    expect(statement({ ...github, githubRepository: 'website', githubBranch: 'main' })).toEqual({
      Effect: 'Allow',
      Principal: { Federated: github.providerArn },
      Action: 'sts:AssumeRoleWithWebIdentity',
      Condition: {
        StringEquals: { 'token.actions.githubusercontent.com:aud': 'sts.amazonaws.com' },
        StringLike: { 'token.actions.githubusercontent.com:sub': 'repo:acme/website:ref:refs/heads/main' },
      },
    });
    expect(statement({ ...github, githubRepository: 'website' }).Condition.StringLike).toEqual({ 'token.actions.githubusercontent.com:sub': 'repo:acme/website:*' });
    expect(statement(github).Condition.StringLike).toEqual({ 'token.actions.githubusercontent.com:sub': 'repo:acme/*:*' });
  });

  it('asks only for the audience for any other provider', () => {
    const other = { ...initialWebIdentityEntity(), providerArn: 'arn:aws:iam::111122223333:oidc-provider/k8s.example.com/c1', providerUrl: 'k8s.example.com/c1', audience: 'sts.amazonaws.com' };
    expect(trustedEntityError(other)).toBeUndefined();
    expect(JSON.parse(trustPolicyFor(other, '111122223333')).Statement[0].Condition).toEqual({ StringEquals: { 'k8s.example.com/c1:aud': 'sts.amazonaws.com' } });
  });

  it('needs a provider, an audience and, for GitHub, the organization', () => {
    expect(trustedEntityError(initialWebIdentityEntity())).toBe('Choose an identity provider.');
    expect(trustedEntityError({ ...github, audience: '' })).toBe('Choose an audience.');
    expect(trustedEntityError({ ...github, githubOrganization: '' })).toBe('Enter the GitHub organization.');
    expect(trustedEntityError({ ...github, githubBranch: 'feature/*' })).toBe('Enter a valid branch name.');
    expect(trustedEntityError(github)).toBeUndefined();
  });
});
