// AssumeRoleWithWebIdentity against a local OIDC issuer over HTTPS with a test CA. The API that verifies tokens runs
// in a child process started with NODE_EXTRA_CA_CERTS (Node reads it only at start), exactly as `npm start` passes
// it; the in-process test API, which does not trust the test CA, sets up accounts and shows that trust is needed.
import { SignJWT } from 'jose';
import { allow, createManagedPolicy } from './authz/iam-fixtures';
import { IamWorld } from './auth/iam-world';
import { SignedGraphQLClient, type AwsCredentials } from './auth/signed-client';
import { startApiProcess, type ApiProcess } from './support/api-process';
import { GraphQLClient } from './support/graphql-client';
import { OidcTestIssuer, type SigningKey, type TestIssuerTenant } from '../src/testing/oidc-test-issuer';
import { startTestApi, type TestApi } from './support/test-api';

let api: TestApi;
let apiProcess: ApiProcess;
let issuer: OidcTestIssuer;
let world: IamWorld;
let home: Awaited<ReturnType<IamWorld['account']>>;
let other: Awaited<ReturnType<IamWorld['account']>>;
/** Nobody signed in: AssumeRoleWithWebIdentity is unsigned, as on AWS. */
let anonymous: GraphQLClient;

const assumeRoleWithWebIdentity = `mutation ($input: AssumeRoleWithWebIdentityInput!) {
  assumeRoleWithWebIdentity(input: $input) {
    credentials { accessKeyId secretAccessKey sessionToken expiration }
    assumedRoleUser { assumedRoleId arn }
    subjectFromWebIdentityToken provider audience sourceIdentity
  }
}`;
const createProvider = `mutation ($input: CreateOpenIDConnectProviderInput!) {
  createOpenIDConnectProvider(input: $input) { arn url clientIDList }
}`;
const whoAmI = '{ getCallerIdentity { account arn userId } }';
const keysUnavailable = 'Couldn\'t retrieve verification key from your identity provider,  please reference AssumeRoleWithWebIdentity documentation for requirements';
const notValidated = 'The web identity token that was passed could not be validated by AWS. Get a new identity token from the identity provider and then retry the request.';

beforeAll(async () => {
  issuer = await OidcTestIssuer.start();
  api = await startTestApi();
  world = new IamWorld(api);
  home = await world.account();
  other = await world.account();
  apiProcess = await startApiProcess(api.databaseUrl, {
    env: { NODE_EXTRA_CA_CERTS: issuer.certificates!.caFile },
    // Every refresh on an unknown key is allowed here, so that the rotation test needs no waiting.
    config: { oidc: { jwksRefreshCooldownSeconds: 0 } },
  });
  anonymous = new GraphQLClient(`${apiProcess.url}/graphql`);
}, 120_000);
afterAll(async () => {
  await apiProcess?.stop();
  await api?.stop();
  await issuer?.stop();
});

async function registerProvider(account: typeof home, tenant: TestIssuerTenant, clientIDList = ['sts.amazonaws.com']): Promise<string> {
  const { createOpenIDConnectProvider } = await account.root.data(createProvider, { input: { url: tenant.issuer, clientIDList } });
  return createOpenIDConnectProvider.arn as string;
}

/** A trust policy for the provider, with StringEquals/StringLike conditions on its keys (`sub`, `aud`…). */
function webIdentityTrust(providerArn: string, conditions: Record<string, unknown>, actions: string[] = ['sts:AssumeRoleWithWebIdentity']) {
  return {
    Version: '2012-10-17',
    Statement: [{ Effect: 'Allow', Principal: { Federated: providerArn }, Action: actions, Condition: conditions }],
  };
}

function assume(roleArn: string, webIdentityToken: string, extra: Record<string, unknown> = {}) {
  return anonymous.request(assumeRoleWithWebIdentity, { input: { roleArn, roleSessionName: 'web-session', webIdentityToken, ...extra } });
}

async function refusal(roleArn: string, token: string, extra: Record<string, unknown> = {}) {
  const response = await assume(roleArn, token, extra);
  expect(response.data).toBeNull();
  expect(response.status).toBeLessThan(500);
  return response.errors![0]!;
}

const signed = (credentials: AwsCredentials) => new SignedGraphQLClient(`${apiProcess.url}/graphql`, credentials);

describe('a GitHub Actions workflow', () => {
  let tenant: TestIssuerTenant;
  let key: SigningKey;
  let providerArn: string;
  let roleArn: string;
  let roleId: string;

  beforeAll(async () => {
    tenant = issuer.tenant('github');
    key = await tenant.newKey('RS256');
    providerArn = await registerProvider(home, tenant);
    const role = await world.role(
      home.accountId,
      'GitHubDeploy',
      webIdentityTrust(providerArn, {
        StringEquals: { [`${tenant.providerUrl}:aud`]: 'sts.amazonaws.com' },
        StringLike: { [`${tenant.providerUrl}:sub`]: 'repo:acme/website:ref:refs/heads/main' },
      }),
      { Read: allow('iam:ListUsers') },
    );
    roleArn = role.arn;
    roleId = role.id;
  });

  it('exchanges its token for credentials of assumed-role/ROLE/SESSION, as AWS shows them', async () => {
    expect(providerArn).toBe(`arn:aws:iam::${home.accountId}:oidc-provider/${tenant.providerUrl}`);
    const token = await tenant.sign(key, tenant.githubActionsClaims('acme/website'));
    const response = await assume(roleArn, token);
    expect(response.errors).toBeUndefined();
    const result = response.data.assumeRoleWithWebIdentity;
    expect(result).toMatchObject({
      assumedRoleUser: { assumedRoleId: `${roleId}:web-session`, arn: `arn:aws:sts::${home.accountId}:assumed-role/GitHubDeploy/web-session` },
      subjectFromWebIdentityToken: 'repo:acme/website:ref:refs/heads/main',
      provider: tenant.issuer,
      audience: 'sts.amazonaws.com',
      sourceIdentity: null,
    });
    expect(result.credentials.accessKeyId).toMatch(/^ASIA/);

    const session = signed(result.credentials);
    expect((await session.data(whoAmI)).getCallerIdentity).toEqual({ account: home.accountId, arn: result.assumedRoleUser.arn, userId: `${roleId}:web-session` });
    expect((await session.data('{ listUsers { totalCount } }')).listUsers.totalCount).toBeGreaterThanOrEqual(0);
    expect((await session.error('mutation { createUser(input: { userName: "x" }) { userName } }')).extensions.code).toBe('AccessDenied');

    const event = await api.prisma.auditEvent.findFirstOrThrow({ where: { eventName: 'AssumeRoleWithWebIdentity', resources: { has: roleArn } } });
    expect(event).toMatchObject({ eventSource: 'sts.amazonaws.com', accountId: home.accountId, principalArn: providerArn });
    expect(JSON.stringify(event.requestParameters)).not.toContain(token);
    expect(event.requestParameters).toMatchObject({ roleArn, roleSessionName: 'web-session', subject: 'repo:acme/website:ref:refs/heads/main' });
  });

  it('is refused for a token meant for another audience', async () => {
    const token = await tenant.sign(key, tenant.githubActionsClaims('acme/website', 'refs/heads/main', 'someone-else'));
    const error = await refusal(roleArn, token);
    expect(error.extensions.code).toBe('InvalidIdentityToken');
    expect(error.message).toBe('Incorrect token audience');
  });

  it('is refused by the trust policy for a branch its sub condition does not name', async () => {
    const token = await tenant.sign(key, tenant.githubActionsClaims('acme/website', 'refs/heads/feature'));
    const error = await refusal(roleArn, token);
    expect(error).toMatchObject({ message: 'Not authorized to perform sts:AssumeRoleWithWebIdentity', extensions: { code: 'AccessDenied' } });
  });

  it('is refused once expired, and before it is valid', async () => {
    const now = Math.floor(Date.now() / 1000);
    const expired = await tenant.sign(key, { ...tenant.githubActionsClaims('acme/website'), iat: now - 900, nbf: now - 900, exp: now - 600 });
    const expiredError = await refusal(roleArn, expired);
    expect(expiredError.extensions.code).toBe('ExpiredTokenException');
    expect(expiredError.message).toMatch(new RegExp(`^Token expired: current date/time \\d+ must be before the expiration date/time ${now - 600}$`));

    const early = await tenant.sign(key, { ...tenant.githubActionsClaims('acme/website'), nbf: now + 600, exp: now + 900 });
    expect(await refusal(roleArn, early)).toMatchObject({ extensions: { code: 'InvalidIdentityToken' } });
    const issuedLater = await tenant.sign(key, { ...tenant.githubActionsClaims('acme/website'), iat: now + 600, exp: now + 900 });
    expect(await refusal(roleArn, issuedLater)).toMatchObject({ extensions: { code: 'InvalidIdentityToken' } });
  });

  it('refuses alg none and an HS256 token whose HMAC key is the issuer\'s public key', async () => {
    const claims = { ...tenant.githubActionsClaims('acme/website'), iss: tenant.issuer, iat: Math.floor(Date.now() / 1000), exp: Math.floor(Date.now() / 1000) + 300 };
    const encode = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url');
    const unsigned = `${encode({ alg: 'none', typ: 'JWT', kid: key.kid })}.${encode(claims)}.`;
    expect(await refusal(roleArn, unsigned)).toMatchObject({ message: notValidated, extensions: { code: 'InvalidIdentityToken' } });

    const confused = await new SignJWT(claims).setProtectedHeader({ alg: 'HS256', kid: key.kid }).sign(new TextEncoder().encode(key.publicPem));
    expect(await refusal(roleArn, confused)).toMatchObject({ message: notValidated, extensions: { code: 'InvalidIdentityToken' } });
    // The same claims properly signed pass: the refusals were about the signatures alone.
    expect((await assume(roleArn, await tenant.sign(key, claims))).errors).toBeUndefined();
  });

  it('refuses an audience of the wrong JSON type as no audience, before any signature is checked (found by fuzzing: a 500)', async () => {
    const encode = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url');
    for (const aud of [0, true, {}, [0, null], null]) {
      const token = `${encode({ alg: 'none', typ: 'JWT' })}.${encode({ ...tenant.githubActionsClaims('acme/website'), iss: tenant.issuer, aud })}.`;
      expect(await refusal(roleArn, token)).toMatchObject({ message: 'Incorrect token audience', extensions: { code: 'InvalidIdentityToken' } });
    }
    const signedWithNumber = await tenant.sign(key, { ...tenant.githubActionsClaims('acme/website'), aud: ['sts.amazonaws.com', 7] as unknown as string[] });
    expect((await assume(roleArn, signedWithNumber)).errors).toBeUndefined();
  });

  it('refuses a token signed by a key the issuer never published, and a garbled one', async () => {
    const stranger = await tenant.newKey('RS256', { publish: false });
    expect(await refusal(roleArn, await tenant.sign(stranger, tenant.githubActionsClaims('acme/website')))).toMatchObject({ message: notValidated });
    expect(await refusal(roleArn, 'not.a.jwt')).toMatchObject({ extensions: { code: 'InvalidIdentityToken' } });
    // A readable payload under a header that is not JSON.
    const [, payload, signature] = (await tenant.sign(key, tenant.githubActionsClaims('acme/website'))).split('.');
    expect(await refusal(roleArn, `bm90IGpzb24.${payload}.${signature}`)).toMatchObject({ extensions: { code: 'InvalidIdentityToken' } });
  });

  it('narrows the session with a session policy and keeps DurationSeconds within the role\'s maximum', async () => {
    const token = await tenant.sign(key, tenant.githubActionsClaims('acme/website'));
    const tooLong = await refusal(roleArn, token, { durationSeconds: 7200 });
    expect(tooLong).toMatchObject({ extensions: { code: 'InvalidInput' }, message: 'The requested DurationSeconds exceeds the MaxSessionDuration set for this role.' });

    const policy = JSON.stringify(allow('iam:GetUser'));
    const response = await assume(roleArn, token, { policy, durationSeconds: 900 });
    const { credentials } = response.data.assumeRoleWithWebIdentity;
    expect(new Date(credentials.expiration).getTime() - Date.now()).toBeLessThanOrEqual(900_000);
    const denied = await signed(credentials).error('{ listUsers { totalCount } }');
    expect(denied.message).toMatch(/because no session policy allows the iam:ListUsers action$/);
  });

  it('narrows the session to its managed session policies (PolicyArns), which must exist in the role\'s account', async () => {
    const token = await tenant.sign(key, tenant.githubActionsClaims('acme/website'));
    const missing = `arn:aws:iam::${home.accountId}:policy/NoSuchPolicy`;
    expect(await refusal(roleArn, token, { policyArns: [{ arn: missing }] })).toMatchObject({
      message: `Policy ${missing} does not exist or is not attachable.`,
      extensions: { code: 'NoSuchEntity' },
    });
    const getUserOnly = await createManagedPolicy(api.prisma, home.accountId, 'WebGetUserOnly', [allow('iam:GetUser')]);
    const response = await assume(roleArn, token, { policyArns: [{ arn: getUserOnly.arn }] });
    const session = signed(response.data.assumeRoleWithWebIdentity.credentials);
    const denied = await session.error('{ listUsers { totalCount } }');
    expect(denied.message).toMatch(/because no session policy allows the iam:ListUsers action$/);
    // With an inline session policy too, the session may do what either allows (and the role allows).
    const both = await assume(roleArn, token, { policyArns: [{ arn: getUserOnly.arn }], policy: JSON.stringify(allow('iam:ListUsers')) });
    expect((await signed(both.data.assumeRoleWithWebIdentity.credentials).data('{ listUsers { totalCount } }')).listUsers.totalCount).toBeGreaterThanOrEqual(0);
  });

  it('stops working once the provider is deleted', async () => {
    const token = await tenant.sign(key, tenant.githubActionsClaims('acme/website'));
    const deleteProvider = 'mutation ($input: DeleteOpenIDConnectProviderInput!) { deleteOpenIDConnectProvider(input: $input) }';
    await home.root.data(deleteProvider, { input: { openIDConnectProviderArn: providerArn } });
    const error = await refusal(roleArn, token);
    expect(error).toMatchObject({ message: `No OpenIDConnect provider found in your account for ${tenant.issuer}`, extensions: { code: 'InvalidIdentityToken' } });
  });
});

describe('a Kubernetes service account', () => {
  let tenant: TestIssuerTenant;
  let key: SigningKey;
  let providerArn: string;

  beforeAll(async () => {
    tenant = issuer.tenant('kubernetes');
    key = await tenant.newKey('ES256');
    providerArn = await registerProvider(home, tenant);
  });

  it('assumes a role with an ES256 token, its session tags becoming the session\'s principal tags', async () => {
    const role = await world.role(
      home.accountId,
      'PaymentsDeployer',
      webIdentityTrust(
        providerArn,
        { StringEquals: { [`${tenant.providerUrl}:sub`]: 'system:serviceaccount:payments:deployer', 'aws:RequestTag/team': 'payments' } },
        ['sts:AssumeRoleWithWebIdentity', 'sts:TagSession'],
      ),
      { Team: allow('iam:ListUsers', '*', { Condition: { StringEquals: { 'aws:PrincipalTag/team': 'payments' } } }) },
    );
    const token = await tenant.sign(key, {
      ...tenant.kubernetesClaims('payments', 'deployer'),
      'https://aws.amazon.com/tags': { principal_tags: { team: ['payments'] }, transitive_tag_keys: [] },
    });
    const response = await assume(role.arn, token);
    expect(response.errors).toBeUndefined();
    const session = signed(response.data.assumeRoleWithWebIdentity.credentials);
    expect((await session.data('{ listUsers { totalCount } }')).listUsers.totalCount).toBeGreaterThanOrEqual(0);
  });

  it('verifies a token whose header names no key against each key of the issuer\'s set', async () => {
    const cluster = issuer.tenant('kubernetes-two-keys');
    await cluster.newKey('ES256');
    const second = await cluster.newKey('ES256');
    const clusterProvider = await registerProvider(home, cluster);
    const role = await world.role(home.accountId, 'NoKid', webIdentityTrust(clusterProvider, { StringEquals: { [`${cluster.providerUrl}:aud`]: 'sts.amazonaws.com' } }));
    const token = await cluster.sign(second, cluster.kubernetesClaims('payments', 'deployer'), { withoutKid: true });
    expect((await assume(role.arn, token)).errors).toBeUndefined();
  });

  it('needs sts:TagSession in the trust policy to pass session tags, and sts:SetSourceIdentity for a source identity', async () => {
    const url = tenant.providerUrl;
    const role = await world.role(home.accountId, 'NoTags', webIdentityTrust(providerArn, { StringEquals: { [`${url}:aud`]: 'sts.amazonaws.com' } }));
    const tagged = await tenant.sign(key, { ...tenant.kubernetesClaims('payments', 'deployer'), 'https://aws.amazon.com/tags': { principal_tags: { team: ['payments'] } } });
    expect(await refusal(role.arn, tagged)).toMatchObject({ message: 'Not authorized to perform sts:TagSession', extensions: { code: 'AccessDenied' } });

    const withSource = await tenant.sign(key, { ...tenant.kubernetesClaims('payments', 'deployer'), 'https://aws.amazon.com/source_identity': 'deployer-bot' });
    expect(await refusal(role.arn, withSource)).toMatchObject({ message: 'Not authorized to perform sts:SetSourceIdentity' });
    const sourceRole = await world.role(
      home.accountId,
      'WithSource',
      webIdentityTrust(providerArn, { StringEquals: { [`${url}:aud`]: 'sts.amazonaws.com', 'sts:SourceIdentity': 'deployer-bot' } }, [
        'sts:AssumeRoleWithWebIdentity',
        'sts:SetSourceIdentity',
      ]),
    );
    expect((await assume(sourceRole.arn, withSource)).data.assumeRoleWithWebIdentity.sourceIdentity).toBe('deployer-bot');
  });
});

describe('the issuer\'s keys', () => {
  it('are fetched again when a token names a key the cached set lacks: unknown first, then published', async () => {
    const tenant = issuer.tenant('rotation');
    const first = await tenant.newKey('RS256');
    const providerArn = await registerProvider(home, tenant);
    const role = await world.role(home.accountId, 'Rotation', webIdentityTrust(providerArn, { StringEquals: { [`${tenant.providerUrl}:aud`]: 'sts.amazonaws.com' } }));
    const claims = tenant.kubernetesClaims('ops', 'rotator');

    expect((await assume(role.arn, await tenant.sign(first, claims))).errors).toBeUndefined();
    expect((await assume(role.arn, await tenant.sign(first, claims))).errors).toBeUndefined();
    expect(tenant.keySetFetches).toBe(1);

    const next = await tenant.newKey('ES256', { publish: false });
    expect(await refusal(role.arn, await tenant.sign(next, claims))).toMatchObject({ message: notValidated, extensions: { code: 'InvalidIdentityToken' } });
    expect(tenant.keySetFetches).toBe(2);
    tenant.publish(next);
    expect((await assume(role.arn, await tenant.sign(next, claims))).errors).toBeUndefined();
    expect(tenant.keySetFetches).toBe(3);
  });

  it.each([
    ['unreachable', 'unreachable'],
    ['oversized', 'oversized'],
    ['redirected to another host', 'redirect-to-other-host'],
  ] as const)('when %s, refuse the token with AWS\'s InvalidIdentityToken, never a server error', async (_label, mode) => {
    const tenant = issuer.tenant(`broken-${mode}`);
    const key = await tenant.newKey('RS256');
    tenant.mode = mode;
    const providerArn = await registerProvider(home, tenant);
    const role = await world.role(home.accountId, `Broken-${mode}`, webIdentityTrust(providerArn, {}));
    const error = await refusal(role.arn, await tenant.sign(key, tenant.kubernetesClaims('ops', 'x')));
    expect(error).toMatchObject({ message: keysUnavailable, extensions: { code: 'InvalidIdentityToken' } });
  });

  it('are not fetched from an issuer whose TLS certificate the server does not trust', async () => {
    // The in-process API was started without NODE_EXTRA_CA_CERTS, so the test CA means nothing to it.
    const tenant = issuer.tenant('untrusted');
    const key = await tenant.newKey('RS256');
    const providerArn = await registerProvider(home, tenant);
    const role = await world.role(home.accountId, 'Untrusted', webIdentityTrust(providerArn, {}));
    const inProcess = new GraphQLClient(api.graphqlUrl);
    const input = { roleArn: role.arn, roleSessionName: 'untrusted', webIdentityToken: await tenant.sign(key, tenant.kubernetesClaims('ops', 'x')) };
    expect(await inProcess.error(assumeRoleWithWebIdentity, { input })).toMatchObject({ message: keysUnavailable, extensions: { code: 'InvalidIdentityToken' } });
    expect(tenant.keySetFetches).toBe(0);
  });

  it('are never asked for when the issuer is not a provider of the role\'s account', async () => {
    const unknown = issuer.tenant('unregistered');
    const key = await unknown.newKey('RS256');
    const role = await world.role(home.accountId, 'Nobody', webIdentityTrust(`arn:aws:iam::${home.accountId}:oidc-provider/${unknown.providerUrl}`, {}));
    const error = await refusal(role.arn, await unknown.sign(key, unknown.kubernetesClaims('ops', 'x')));
    expect(error.message).toBe(`No OpenIDConnect provider found in your account for ${unknown.issuer}`);
    expect(unknown.keySetFetches).toBe(0);
  });
});

describe('across accounts', () => {
  it('a role trusting another account\'s provider cannot be assumed with that provider\'s tokens', async () => {
    const tenant = issuer.tenant('shared');
    const key = await tenant.newKey('RS256');
    const othersProvider = await registerProvider(other, tenant);
    const role = await world.role(home.accountId, 'TrustsOthersProvider', webIdentityTrust(othersProvider, {}));
    const token = await tenant.sign(key, tenant.kubernetesClaims('ops', 'x'));
    // AWS: only the role's own account's providers vouch for tokens.
    expect((await refusal(role.arn, token)).message).toBe(`No OpenIDConnect provider found in your account for ${tenant.issuer}`);
    // With the issuer registered in the role's account too, the token verifies, but the trust policy names the other.
    await registerProvider(home, tenant);
    expect(await refusal(role.arn, token)).toMatchObject({ message: 'Not authorized to perform sts:AssumeRoleWithWebIdentity', extensions: { code: 'AccessDenied' } });
  });
});
