import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Sha256 } from '@aws-crypto/sha256-js';
import { SignatureV4 } from '@smithy/signature-v4';
import { SignedGraphQLClient, type AwsCredentials } from './auth/signed-client';
import { GraphQLClient } from './support/graphql-client';
import { createRootAccount, startTestApi, type TestApi } from './support/test-api';
import { userWithKey } from './support/user-with-key';

// `authorize` decides for a protected service (here `orders`) whether the client that signed the request the
// service received may do what it asks, by the client's Gatehouse policies; the service itself must be allowed to ask.
const orders = JSON.parse(readFileSync(join(__dirname, '..', '..', '..', 'examples', 'orders-service', 'orders.service-reference.json'), 'utf8'));
let api: TestApi;
let root: GraphQLClient;
let accountId: string;
let service: SignedGraphQLClient;
let alice: AwsCredentials;
let bob: AwsCredentials;

const policy = (statements: object[]) => JSON.stringify({ Version: '2012-10-17', Statement: statements });
const orderArn = (id: string) => `arn:aws:orders:us-east-1:${accountId}:order/${id}`;

/** What the orders service received: a request its client signed with the AWS SDK's signer for service `orders`. */
async function signedRequest(credentials: AwsCredentials, options: { path?: string; body?: string; signingDate?: Date; method?: string; service?: string } = {}) {
  const body = options.body ?? '';
  const signer = new SignatureV4({ service: options.service ?? 'orders', region: 'us-east-1', credentials, sha256: Sha256 });
  const signed = await signer.sign(
    { method: options.method ?? 'GET', protocol: 'https:', hostname: 'orders.example.com', path: options.path ?? '/orders/42', query: {}, headers: { host: 'orders.example.com' }, body },
    options.signingDate ? { signingDate: options.signingDate } : {},
  );
  return {
    method: options.method ?? 'GET',
    url: `https://orders.example.com${options.path ?? '/orders/42'}`,
    headers: Object.entries(signed.headers).map(([name, value]) => ({ name, value })),
    ...(body ? { body } : {}),
  };
}

const AUTHORIZE = `query ($input: AuthorizeInput!) { authorize(input: $input) {
  decision principalArn accountId matchedStatements { policy statementIndex effect } } }`;

beforeAll(async () => {
  api = await startTestApi({ authorize: { allowSampleRate: 1 } });
  const account = await createRootAccount(api.prisma);
  accountId = account.accountId;
  root = new GraphQLClient(api.graphqlUrl);
  await root.signIn(account.email, account.password);
  await api.prisma.customService.create({ data: { prefix: 'orders', serviceReference: orders } });
  service = new SignedGraphQLClient(
    api.graphqlUrl,
    await userWithKey(root, 'orders-service', policy([{ Effect: 'Allow', Action: 'gatehouse:Authorize', Resource: `arn:aws:gatehouse::${accountId}:service/orders` }])),
  );
  alice = await userWithKey(root, 'alice', policy([{ Effect: 'Allow', Action: 'orders:GetOrder', Resource: `arn:aws:orders:us-east-1:${accountId}:order/*` }]));
  bob = await userWithKey(root, 'bob', policy([{ Sid: 'NoOrders', Effect: 'Deny', Action: 'orders:*', Resource: '*' }]));
}, 90_000);
afterAll(() => api.stop());

it('allows and denies the signer of the forwarded request by its own policies', async () => {
  const allowed = (await service.data(AUTHORIZE, { input: { action: 'orders:GetOrder', resource: orderArn('42'), signedRequest: await signedRequest(alice) } })).authorize;
  expect(allowed).toEqual({ decision: 'allowed', principalArn: `arn:aws:iam::${accountId}:user/alice`, accountId, matchedStatements: null });
  const denied = (await service.data(AUTHORIZE, { input: { action: 'orders:GetOrder', resource: orderArn('42'), signedRequest: await signedRequest(bob) } })).authorize;
  expect(denied.decision).toBe('explicitDeny');
  const other = (await service.data(AUTHORIZE, { input: { action: 'orders:CancelOrder', resource: orderArn('42'), signedRequest: await signedRequest(alice) } })).authorize;
  expect(other.decision).toBe('implicitDeny');
});

it('takes the body or its SHA-256, and refuses a tampered one with SignatureDoesNotMatch and nothing else', async () => {
  const request = await signedRequest(alice, { method: 'POST', path: '/orders', body: '{"item":"book"}' });
  const input = { action: 'orders:GetOrder', resource: orderArn('42') };
  expect((await service.data(AUTHORIZE, { input: { ...input, signedRequest: request } })).authorize.decision).toBe('allowed');
  const { body: _body, ...hashed } = request;
  const sha = require('node:crypto').createHash('sha256').update(request.body!).digest('hex') as string;
  expect((await service.data(AUTHORIZE, { input: { ...input, signedRequest: { ...hashed, bodySha256: sha } } })).authorize.decision).toBe('allowed');
  const error = await service.error(AUTHORIZE, { input: { ...input, signedRequest: { ...request, body: '{"item":"car"}' } } });
  expect(error.extensions.code).toBe('SignatureDoesNotMatch');
  expect(JSON.stringify(error)).not.toContain('alice');
});

it('refuses an unknown key, and a signature older than 5 minutes (replay)', async () => {
  const input = { action: 'orders:GetOrder', resource: orderArn('42') };
  const unknown = await signedRequest({ accessKeyId: 'AKIAIOSFODNN7EXAMPLE', secretAccessKey: 'wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY' });
  expect((await service.error(AUTHORIZE, { input: { ...input, signedRequest: unknown } })).extensions.code).toBe('InvalidClientTokenId');
  const old = await signedRequest(alice, { signingDate: new Date(Date.now() - 6 * 60 * 1000) });
  expect((await service.error(AUTHORIZE, { input: { ...input, signedRequest: old } })).extensions.code).toBe('RequestExpired');
  const recent = await signedRequest(alice, { signingDate: new Date(Date.now() - 4 * 60 * 1000) });
  expect((await service.data(AUTHORIZE, { input: { ...input, signedRequest: recent } })).authorize.decision).toBe('allowed');
});

it("refuses a signature for another signing name than the action's service", async () => {
  const request = await signedRequest(alice, { service: 'inventory' });
  const error = await service.error(AUTHORIZE, { input: { action: 'orders:GetOrder', resource: orderArn('42'), signedRequest: request } });
  expect(error.extensions.code).toBe('SignatureDoesNotMatch');
  // The asker may not ask for `inventory` at all: that is decided before any evidence is read.
  const other = await service.error(AUTHORIZE, { input: { action: 'inventory:GetItem', resource: '*', signedRequest: request } });
  expect(other.extensions.code).toBe('AccessDenied');
});

it('applies the resource policy (validated), takes principalArn and context keys, and shows statements to an asker that may simulate', async () => {
  const resourcePolicy = policy([{ Effect: 'Deny', Principal: '*', Action: 'orders:GetOrder', Resource: '*', Condition: { StringEquals: { 'orders:Channel': 'phone' } } }]);
  const input = { action: 'orders:GetOrder', resource: orderArn('42'), principalArn: `arn:aws:iam::${accountId}:user/alice`, resourcePolicy };
  const web = [{ contextKeyName: 'orders:Channel', contextKeyValues: ['web'], contextKeyType: 'string' }];
  const phone = [{ contextKeyName: 'orders:Channel', contextKeyValues: ['phone'], contextKeyType: 'string' }];
  expect((await service.data(AUTHORIZE, { input: { ...input, context: web } })).authorize.decision).toBe('allowed');
  expect((await service.data(AUTHORIZE, { input: { ...input, context: phone } })).authorize.decision).toBe('explicitDeny');
  const malformed = await service.error(AUTHORIZE, { input: { ...input, resourcePolicy: '{"Statement":[{"Effect":"Allow"}]}' } });
  expect(malformed.extensions.code).toBe('MalformedPolicyDocument');
  const both = await service.error(AUTHORIZE, { input: { ...input, signedRequest: await signedRequest(alice) } });
  expect(both.extensions.code).toBe('InvalidInput');

  await root.data('mutation ($d: String!) { putUserPolicy(input: { userName: "orders-service", policyName: "simulate", policyDocument: $d }) { policyName } }', {
    d: policy([{ Effect: 'Allow', Action: 'iam:SimulatePrincipalPolicy', Resource: `arn:aws:iam::${accountId}:user/alice` }]),
  });
  const shown = (await service.data(AUTHORIZE, { input: { ...input, context: phone } })).authorize;
  expect(shown.matchedStatements).toEqual([
    { policy: `p (inline policy of arn:aws:iam::${accountId}:user/alice)`, statementIndex: 0, effect: 'Allow' },
    { policy: 'ResourcePolicy', statementIndex: 0, effect: 'Deny' },
  ]);
  await root.data('mutation { deleteUserPolicy(input: { userName: "orders-service", policyName: "simulate" }) }');
});

it('answers a batch of up to 30 with one authentication, and refuses 31', async () => {
  const requests = await Promise.all([alice, bob, alice].map((credentials) => signedRequest(credentials)));
  const BATCH = 'query ($inputs: [AuthorizeInput!]!) { authorizeBatch(inputs: $inputs) { decision principalArn } }';
  const inputs = requests.map((signed) => ({ action: 'orders:GetOrder', resource: orderArn('42'), signedRequest: signed }));
  const { authorizeBatch } = await service.data(BATCH, { inputs });
  expect(authorizeBatch.map((answer: { decision: string }) => answer.decision)).toEqual(['allowed', 'explicitDeny', 'allowed']);
  const tooMany = Array.from({ length: 31 }, () => inputs[0]);
  expect((await service.error(BATCH, { inputs: tooMany })).extensions.code).toBe('InvalidInput');
});

it('refuses a signed request whose URL is not absolute with InvalidInput (found by fuzzing: a 500)', async () => {
  for (const url of ['a', '/orders/42', '', 'https://']) {
    const error = await service.error(AUTHORIZE, { input: { action: 'orders:GetOrder', resource: orderArn('42'), signedRequest: { url, method: 'GET', headers: [] } } });
    expect(error.extensions).toMatchObject({ code: 'InvalidInput' });
  }
});

it("records only the refusal of a batch that fails, never the decisions it made before failing (the fuzzing's nothing-written property)", async () => {
  const BATCH = 'query ($inputs: [AuthorizeInput!]!) { authorizeBatch(inputs: $inputs) { decision } }';
  const allowedFirst = { action: 'orders:GetOrder', resource: orderArn('42'), signedRequest: await signedRequest(alice) };
  const malformed = { action: 'orders:GetOrder', resource: orderArn('42'), principalArn: `arn:aws:iam::${accountId}:user/alice`, resourcePolicy: '{"Statement":[{"Effect":"Allow"}]}' };
  const decisions = () => api.prisma.auditEvent.count({ where: { eventName: 'Authorize', errorCode: null } });
  const refusals = () => api.prisma.auditEvent.count({ where: { eventName: 'Authorize', errorCode: 'MalformedPolicyDocument' } });
  const [decisionsBefore, refusalsBefore] = [await decisions(), await refusals()];
  expect((await service.error(BATCH, { inputs: [allowedFirst, malformed] })).extensions.code).toBe('MalformedPolicyDocument');
  expect(await decisions()).toBe(decisionsBefore);
  expect(await refusals()).toBe(refusalsBefore + 1);
});

it('refuses an asker without gatehouse:Authorize, and records denials where lookupEvents finds them', async () => {
  const asAlice = new SignedGraphQLClient(api.graphqlUrl, alice);
  const refused = await asAlice.error(AUTHORIZE, { input: { action: 'orders:GetOrder', resource: orderArn('42'), signedRequest: await signedRequest(bob) } });
  expect(refused.extensions.code).toBe('AccessDenied');

  const { lookupEvents } = await root.data('{ lookupEvents(eventName: "Authorize", first: 100) { edges { node { eventSource principalArn errorCode } } } }');
  const events = lookupEvents.edges.map((edge: { node: { eventSource: string; principalArn: string; errorCode: string | null } }) => edge.node);
  const askerArn = `arn:aws:iam::${accountId}:user/orders-service`;
  expect(events).toContainEqual({ eventSource: 'gatehouse', principalArn: askerArn, errorCode: 'AccessDenied' });
  expect(events).toContainEqual({ eventSource: 'gatehouse', principalArn: askerArn, errorCode: 'SignatureDoesNotMatch' });
  expect(events).toContainEqual({ eventSource: 'gatehouse', principalArn: askerArn, errorCode: null });
  expect(events).toContainEqual({ eventSource: 'gatehouse', principalArn: `arn:aws:iam::${accountId}:user/alice`, errorCode: 'AccessDenied' });

  // A decision's event, whole: the asker's call, the evidence's principal and the answer (allows sampled at 1 here).
  const allowed = (await service.data(AUTHORIZE, { input: { action: 'orders:GetOrder', resource: orderArn('audit'), signedRequest: await signedRequest(alice) } })).authorize;
  const row = await api.prisma.auditEvent.findFirst({ where: { eventName: 'Authorize', resources: { has: orderArn('audit') } } });
  expect(row).toMatchObject({
    eventSource: 'gatehouse',
    accountId,
    principalArn: askerArn,
    accessKeyId: service.credentials.accessKeyId,
    requestId: expect.stringMatching(/^[0-9a-f-]{36}$/),
    requestParameters: { action: 'orders:GetOrder', resource: orderArn('audit'), principalArn: allowed.principalArn },
    responseElements: { decision: 'allowed' },
    resources: [orderArn('audit')],
    readOnly: true,
    errorCode: null,
    errorMessage: null,
    protocol: 'graphql',
  });
  expect(Date.now() - row!.eventTime.getTime()).toBeLessThan(60_000);
});

it("throttles forged signatures per asking service and client address, never the key's other requests", async () => {
  const carol = await userWithKey(root, 'carol', policy([{ Effect: 'Allow', Action: ['orders:GetOrder', 'iam:GetUser'], Resource: '*' }]));
  const input = { action: 'orders:GetOrder', resource: orderArn('7') };
  const forged = async () => signedRequest({ accessKeyId: carol.accessKeyId, secretAccessKey: 'wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY' });
  const ask = async (signed: object, sourceIpAddress?: string) =>
    service.request(AUTHORIZE, { input: { ...input, signedRequest: { ...signed, ...(sourceIpAddress ? { sourceIpAddress } : {}) } } });
  const code = (response: { errors?: Array<{ extensions: { code: string } }> }) => response.errors?.[0]?.extensions.code;

  // The signature-failure throttle's limit (10 a minute), and one more, all from one client of the service.
  for (let i = 0; i < 10; i++) expect(code(await ask(await forged(), '203.0.113.9'))).toBe('SignatureDoesNotMatch');
  expect(code(await ask(await signedRequest(carol), '203.0.113.9'))).toBe('Throttling');
  // The same key's genuine requests, forwarded for another client or with no address given, are decided.
  expect((await ask(await signedRequest(carol), '198.51.100.7')).data?.authorize.decision).toBe('allowed');
  expect((await ask(await signedRequest(carol))).data?.authorize.decision).toBe('allowed');
  // And the key's own requests to the API are not counted with what a service forwarded.
  expect((await new SignedGraphQLClient(api.graphqlUrl, carol).data('{ getUser { userName } }')).getUser.userName).toBe('carol');
});

it('takes a role, a role session and the root user as principalArn, each decided by what governs it', async () => {
  await root.data('mutation ($n: String!, $t: String!) { createRole(input: { roleName: $n, path: "/svc/", assumeRolePolicyDocument: $t }) { roleName } }', {
    n: 'picker',
    t: policy([{ Effect: 'Allow', Principal: { AWS: `arn:aws:iam::${accountId}:root` }, Action: 'sts:AssumeRole' }]),
  });
  await root.data('mutation ($d: String!) { putRolePolicy(input: { roleName: "picker", policyName: "p", policyDocument: $d }) { policyName } }', {
    d: policy([
      { Effect: 'Allow', Action: 'orders:GetOrder', Resource: '*' },
      // A session's aws:userid is ROLEID:SESSION; the role named by its own ARN has no session name.
      { Effect: 'Deny', Action: 'orders:GetOrder', Resource: orderArn('night'), Condition: { StringLike: { 'aws:userid': '*:night-shift' } } },
    ]),
  });
  const decide = async (principalArn: string, order = '42') =>
    (await service.data(AUTHORIZE, { input: { action: 'orders:GetOrder', resource: orderArn(order), principalArn } })).authorize;
  const roleArn = `arn:aws:iam::${accountId}:role/svc/picker`;
  const sessionArn = `arn:aws:sts::${accountId}:assumed-role/picker/night-shift`;

  expect(await decide(roleArn)).toMatchObject({ decision: 'allowed', principalArn: roleArn, accountId });
  expect((await decide(roleArn, 'night')).decision).toBe('allowed');
  expect(await decide(sessionArn)).toMatchObject({ decision: 'allowed', principalArn: sessionArn, accountId });
  expect((await decide(sessionArn, 'night')).decision).toBe('explicitDeny');
  expect((await decide(`arn:aws:iam::${accountId}:root`)).decision).toBe('allowed');
  expect((await decide(`arn:aws:iam::${accountId}:user/bob`)).decision).toBe('explicitDeny');

  const refused = async (principalArn: string) =>
    (await service.error(AUTHORIZE, { input: { action: 'orders:GetOrder', resource: orderArn('42'), principalArn } })).extensions.code;
  expect(await refused(`arn:aws:sts::${accountId}:assumed-role/nobody/s1`)).toBe('NoSuchEntity');
  expect(await refused(`arn:aws:iam::${accountId}:role/nobody`)).toBe('NoSuchEntity');
  expect(await refused('arn:aws:sts::999999999999:assumed-role/picker/s1')).toBe('InvalidInput');
  expect(await refused('arn:aws:iam::999999999999:root')).toBe('InvalidInput');
  await root.data('mutation { createGroup(input: { groupName: "pickers" }) { groupName } }');
  expect(await refused(`arn:aws:iam::${accountId}:group/pickers`)).toBe('InvalidInput');
});
