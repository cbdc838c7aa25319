import type { OpenIdConnectProvider } from '@gatehouse/db';
import { webIdentityConditionKeys } from '../../src/modules/sts/web-identity/web-identity-condition-keys';

const provider = (url: string) => ({ url, arn: `arn:aws:iam::111122223333:oidc-provider/${url}` }) as OpenIdConnectProvider;

it('passes GitHub\'s claims as AWS names them for GitHub\'s issuer', () => {
  const claims = {
    iss: 'https://token.actions.githubusercontent.com',
    sub: 'repo:acme/website:ref:refs/heads/main',
    aud: 'sts.amazonaws.com',
    exp: 1,
    repository: 'acme/website',
    ref: 'refs/heads/main',
    actor: 'octocat',
    repository_id: 42,
    event_name: 'push',
  };
  expect(webIdentityConditionKeys({ provider: provider('token.actions.githubusercontent.com'), claims, audience: 'sts.amazonaws.com' })).toEqual({
    'aws:FederatedProvider': 'arn:aws:iam::111122223333:oidc-provider/token.actions.githubusercontent.com',
    'token.actions.githubusercontent.com:aud': 'sts.amazonaws.com',
    'token.actions.githubusercontent.com:sub': 'repo:acme/website:ref:refs/heads/main',
    'token.actions.githubusercontent.com:repository': 'acme/website',
    'token.actions.githubusercontent.com:ref': 'refs/heads/main',
    'token.actions.githubusercontent.com:actor': 'octocat',
    'token.actions.githubusercontent.com:repository_id': '42',
  });
});

it('passes aud (azp when present, with aud as oaud), sub and amr for any other issuer, and nothing else', () => {
  const claims = { iss: 'https://idp.example.com/t', sub: 'u1', aud: ['api'], azp: 'web-app', amr: ['pwd', 'mfa'], exp: 1, repository: 'x' };
  expect(webIdentityConditionKeys({ provider: provider('idp.example.com/t'), claims, audience: 'web-app' })).toEqual({
    'aws:FederatedProvider': 'arn:aws:iam::111122223333:oidc-provider/idp.example.com/t',
    'idp.example.com/t:aud': 'web-app',
    'idp.example.com/t:oaud': ['api'],
    'idp.example.com/t:sub': 'u1',
    'idp.example.com/t:amr': ['pwd', 'mfa'],
  });
});
