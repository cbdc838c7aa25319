import { OidcTestIssuer } from '../../src/testing/oidc-test-issuer';
import { GraphQLClient } from '../support/graphql-client';
import { createRootAccount, startTestApi, type TestApi } from '../support/test-api';

// A token may carry any text in its claims, also characters PostgreSQL cannot store: U+0000 in a signed token's `sub`
// once failed the call's audit event, which rolled the session back, and in an unsigned token's `iss` reached the
// provider lookup; both answered ServiceFailure.
let api: TestApi;
let issuer: OidcTestIssuer;
beforeAll(async () => {
  issuer = await OidcTestIssuer.start({ protocol: 'http' });
  api = await startTestApi({ oidc: { allowInsecureLoopback: true } });
});
afterAll(async () => {
  await api?.stop();
  await issuer?.stop();
});

it('assumes the role for a subject holding U+0000 or half a surrogate pair, and records the event with U+FFFD in their place', async () => {
  const root = await createRootAccount(api.prisma);
  const client = new GraphQLClient(api.graphqlUrl);
  await client.signIn(root.email, root.password);
  const tenant = issuer.tenant('claims');
  const key = await tenant.newKey('RS256');
  const provider = await client.data('mutation ($i: CreateOpenIDConnectProviderInput!) { createOpenIDConnectProvider(input: $i) { arn } }', {
    i: { url: tenant.issuer, clientIDList: ['sts.amazonaws.com'] },
  });
  const trust = { Version: '2012-10-17', Statement: [{ Effect: 'Allow', Principal: { Federated: provider.createOpenIDConnectProvider.arn }, Action: 'sts:AssumeRoleWithWebIdentity' }] };
  const role = await client.data('mutation ($i: CreateRoleInput!) { createRole(input: $i) { arn } }', { i: { roleName: 'claims', assumeRolePolicyDocument: JSON.stringify(trust) } });
  const now = Math.floor(Date.now() / 1000);
  for (const [sub, recorded] of [['a\u0000b', 'a\ufffdb'], ['half-\ud800', 'half-\ufffd']]) {
    const token = await tenant.sign(key, { iss: tenant.issuer, aud: 'sts.amazonaws.com', sub, iat: now, exp: now + 600 });
    const answer = await new GraphQLClient(api.graphqlUrl).request(
      'mutation ($i: AssumeRoleWithWebIdentityInput!) { assumeRoleWithWebIdentity(input: $i) { subjectFromWebIdentityToken } }',
      { i: { roleArn: role.createRole.arn, roleSessionName: 'claims', webIdentityToken: token } },
    );
    expect(answer.data).toEqual({ assumeRoleWithWebIdentity: { subjectFromWebIdentityToken: sub } });
    const event = await api.prisma.auditEvent.findFirstOrThrow({ where: { eventName: 'AssumeRoleWithWebIdentity' }, orderBy: { eventTime: 'desc' } });
    expect(event.requestParameters).toMatchObject({ subject: recorded });
  }
});

it('refuses, unsigned, a token whose iss holds U+0000 or another control character, as from an issuer it does not know', async () => {
  const root = await createRootAccount(api.prisma);
  const base64url = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url');
  const now = Math.floor(Date.now() / 1000);
  for (const iss of [`${issuer.tenant('claims').issuer}/\u0000`, 'https://example.com/a\u0001b']) {
    const token = `${base64url({ alg: 'RS256', kid: 'k' })}.${base64url({ iss, aud: 'sts.amazonaws.com', sub: 's', exp: now + 60 })}.AAAA`;
    const answer = await new GraphQLClient(api.graphqlUrl).request(
      'mutation ($i: AssumeRoleWithWebIdentityInput!) { assumeRoleWithWebIdentity(input: $i) { subjectFromWebIdentityToken } }',
      { i: { roleArn: `arn:aws:iam::${root.accountId}:role/claims`, roleSessionName: 'claims', webIdentityToken: token } },
    );
    expect(answer.errors).toEqual([expect.objectContaining({ message: `No OpenIDConnect provider found in your account for ${iss}`, extensions: expect.objectContaining({ code: 'InvalidIdentityToken' }) })]);
  }
});
