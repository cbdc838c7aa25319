import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Sha256 } from '@aws-crypto/sha256-js';
import { SignatureV4 } from '@smithy/signature-v4';
import { SignedGraphQLClient, type AwsCredentials } from '../auth/signed-client';
import { GraphQLClient } from '../support/graphql-client';
import { createRootAccount, startTestApi, type TestApi } from '../support/test-api';
import { userWithKey } from '../support/user-with-key';
import { recordSecretMembers } from '../support/test-artifacts';
import { SignedJsonClient, type JsonAnswer } from './signed-json-client';

// `authorize` over AWS's JSON 1.0 protocol (POST / with X-Amz-Target: Gatehouse.Authorize): the same decisions,
// refusals and audit as the GraphQL query, in AWS's JSON shapes.
const orders = JSON.parse(readFileSync(join(__dirname, '..', '..', '..', '..', 'examples', 'orders-service', 'orders.service-reference.json'), 'utf8'));
let api: TestApi;
let root: GraphQLClient;
let accountId: string;
let service: SignedJsonClient;
let serviceKey: AwsCredentials;
let alice: AwsCredentials;
let bob: AwsCredentials;

const policy = (statements: object[]) => JSON.stringify({ Version: '2012-10-17', Statement: statements });
const orderArn = (id: string) => `arn:aws:orders:us-east-1:${accountId}:order/${id}`;

/** What the orders service received: a request its client signed with the AWS SDK's signer for service `orders`. */
async function signedRequest(credentials: AwsCredentials, options: { path?: string; signingDate?: Date } = {}) {
  const signer = new SignatureV4({ service: 'orders', region: 'us-east-1', credentials, sha256: Sha256 });
  const path = options.path ?? '/orders/42';
  const signed = await signer.sign(
    { method: 'GET', protocol: 'https:', hostname: 'orders.example.com', path, query: {}, headers: { host: 'orders.example.com' } },
    options.signingDate ? { signingDate: options.signingDate } : {},
  );
  return { method: 'GET', url: `https://orders.example.com${path}`, headers: Object.entries(signed.headers).map(([name, value]) => ({ name, value })) };
}

const input = async (credentials: AwsCredentials, extra: object = {}) => ({ action: 'orders:GetOrder', resource: orderArn('42'), signedRequest: await signedRequest(credentials), ...extra });

function expectError(answer: JsonAnswer, status: number, code: string) {
  expect({ status: answer.status, errorType: answer.headers.get('x-amzn-errortype'), type: answer.body?.__type }).toEqual({ status, errorType: code, type: code });
  expect(typeof answer.body.message).toBe('string');
  expect(answer.headers.get('content-type')).toBe('application/x-amz-json-1.0');
  expect(answer.headers.get('x-amzn-requestid')).toMatch(/^[0-9a-f-]{36}$/);
}

const auditRows = () => api.prisma.auditEvent.count();
const askerKeyRow = () => api.prisma.accessKey.findUniqueOrThrow({ where: { accessKeyId: serviceKey.accessKeyId } });

beforeAll(async () => {
  api = await startTestApi({ authorize: { allowSampleRate: 1 }, http: { bodyLimitBytes: 64 * 1024 } });
  const account = await createRootAccount(api.prisma);
  accountId = account.accountId;
  root = new GraphQLClient(api.graphqlUrl);
  await root.signIn(account.email, account.password);
  await api.prisma.customService.create({ data: { prefix: 'orders', serviceReference: orders } });
  serviceKey = await userWithKey(root, 'orders-service', policy([{ Effect: 'Allow', Action: 'gatehouse:Authorize', Resource: `arn:aws:gatehouse::${accountId}:service/orders` }]));
  service = new SignedJsonClient(api.url, serviceKey);
  alice = await userWithKey(root, 'alice', policy([{ Effect: 'Allow', Action: 'orders:GetOrder', Resource: `arn:aws:orders:us-east-1:${accountId}:order/*` }]));
  bob = await userWithKey(root, 'bob', policy([{ Sid: 'NoOrders', Effect: 'Deny', Action: 'orders:*', Resource: '*' }]));
}, 90_000);
afterAll(() => api.stop());

it('answers Authorize with the decision, as the GraphQL query does', async () => {
  const allowed = await service.call('Authorize', await input(alice));
  expect(allowed.status).toBe(200);
  expect(allowed.headers.get('content-type')).toBe('application/x-amz-json-1.0');
  expect(allowed.body).toEqual({ decision: 'allowed', principalArn: `arn:aws:iam::${accountId}:user/alice`, accountId, matchedStatements: null });
  expect((await service.call('Authorize', await input(bob))).body.decision).toBe('explicitDeny');
  expect((await service.call('Authorize', { ...(await input(alice)), action: 'orders:CancelOrder' })).body.decision).toBe('implicitDeny');
  // By principalArn, with a context key the GraphQL enum names.
  const byArn = await service.call('Authorize', {
    action: 'orders:GetOrder',
    resource: orderArn('1'),
    principalArn: `arn:aws:iam::${accountId}:user/alice`,
    context: [{ contextKeyName: 'orders:Channel', contextKeyValues: ['web'], contextKeyType: 'string' }],
  });
  expect(byArn.body.decision).toBe('allowed');
});

it('answers AuthorizeBatch with the decisions in order', async () => {
  const inputs = [await input(alice), await input(bob), await input(alice)];
  const answer = await service.call('AuthorizeBatch', { inputs });
  expect(answer.status).toBe(200);
  expect(answer.body.decisions.map((decision: { decision: string }) => decision.decision)).toEqual(['allowed', 'explicitDeny', 'allowed']);
});

it("refuses the asker's own missing, wrong, misnamed or expired signature, writing nothing", async () => {
  const [rowsBefore, keyBefore] = [await auditRows(), await askerKeyRow()];
  const body = await input(alice);
  expectError(await service.call('Authorize', body, { unsigned: true }), 403, 'MissingAuthenticationToken');
  expectError(await service.call('Authorize', body, { tamperedBody: JSON.stringify({ ...body, resource: orderArn('43') }) }), 403, 'SignatureDoesNotMatch');
  expectError(await service.call('Authorize', body, { service: 'iam' }), 403, 'SignatureDoesNotMatch');
  const expired = await service.call('Authorize', body, { signingDate: new Date(Date.now() - 20 * 60 * 1000) });
  expect(['RequestExpired', 'SignatureDoesNotMatch']).toContain(expired.body.__type);
  expectError(expired, expired.status, expired.body.__type);
  const stranger = new SignedJsonClient(api.url, { accessKeyId: 'AKIAIOSFODNN7EXAMPLE', secretAccessKey: 'wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY' });
  expectError(await stranger.call('Authorize', body), 403, 'InvalidClientTokenId');
  expect(await auditRows()).toBe(rowsBefore);
  expect((await askerKeyRow()).lastUsedDate).toEqual(keyBefore.lastUsedDate);
});

it('refuses what is not a call of the protocol: unknown target, wrong content type, malformed JSON, wrong shapes, too many, too large', async () => {
  const rowsBefore = await auditRows();
  expectError(await service.call('Simulate', await input(alice)), 400, 'UnknownOperationException');
  expectError(await service.call('Authorize', await input(alice), { contentType: 'application/json' }), 400, 'SerializationException');
  expectError(await service.call('Authorize', {}, { rawBody: '{"action":' }), 400, 'SerializationException');
  expectError(await service.call('Authorize', [1, 2]), 400, 'SerializationException');
  const missing = await service.call('Authorize', { resource: orderArn('42'), principalArn: `arn:aws:iam::${accountId}:user/alice` });
  expectError(missing, 400, 'ValidationException');
  expect(missing.body.message).toMatch(/^1 validation error detected: Field "action" of required type "String!" was not provided\.$/);
  expectError(await service.call('Authorize', { ...(await input(alice)), action: 42 }), 400, 'ValidationException');
  const tooMany = await service.call('AuthorizeBatch', { inputs: Array.from({ length: 31 }, () => ({ action: 'orders:GetOrder', resource: '*', principalArn: `arn:aws:iam::${accountId}:user/alice` })) });
  expectError(tooMany, 400, 'ValidationException');
  expect(tooMany.body.message).toContain('Member must have length less than or equal to 30');
  // U+0000, which PostgreSQL cannot hold, anywhere in the body: refused before a principal is looked up by it (it was
  // a ServiceFailure), as the GraphQL endpoint refuses it in variables.
  const withNul = await service.call('AuthorizeBatch', { inputs: [{ action: 'orders:GetOrder', resource: '*', principalArn: `arn:aws:iam::${accountId}:user/al\u0000ice` }] });
  expectError(withNul, 400, 'ValidationException');
  expect(withNul.body.message).toBe("1 validation error detected: Value at 'inputs.0.principalArn' failed to satisfy constraint: Member must not contain the character U+0000");
  const inContext = await service.call('Authorize', { ...(await input(alice)), context: [{ contextKeyName: 'aws:Team', contextKeyValues: ['a', 'b\u0000'], contextKeyType: 'string' }] });
  expectError(inContext, 400, 'ValidationException');
  expect(inContext.body.message).toContain("Value at 'context.0.contextKeyValues.1' failed to satisfy constraint: Member must not contain the character U+0000");
  const large = await service.call('Authorize', { ...(await input(alice)), resourcePolicy: 'x'.repeat(70 * 1024) });
  expect({ status: large.status, type: large.body.__type }).toEqual({ status: 413, type: 'LimitExceeded' });
  expect(await auditRows()).toBe(rowsBefore);
  // Past the protocol, a malformed input is the operation's refusal: recorded as the GraphQL query records it.
  expectError(await service.call('Authorize', { ...(await input(alice)), principalArn: `arn:aws:iam::${accountId}:user/alice` }), 400, 'InvalidInput');
  expect(await auditRows()).toBe(rowsBefore + 1);
});

it("refuses the evidence's wrong, unknown, expired and replayed signatures with AWS's codes, each recorded", async () => {
  const refusals = () => api.prisma.auditEvent.count({ where: { eventName: 'Authorize', protocol: 'json', errorCode: { not: null } } });
  const before = await refusals();
  const tampered = await signedRequest(alice);
  tampered.url = 'https://orders.example.com/orders/43';
  expectError(await service.call('Authorize', { action: 'orders:GetOrder', resource: orderArn('43'), signedRequest: tampered }), 403, 'SignatureDoesNotMatch');
  const unknown = await signedRequest({ accessKeyId: 'AKIAIOSFODNN7EXAMPLE', secretAccessKey: 'wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY' });
  expectError(await service.call('Authorize', { action: 'orders:GetOrder', resource: orderArn('42'), signedRequest: unknown }), 403, 'InvalidClientTokenId');
  // A presigned URL whose key id cannot be one (U+0000 in it): an unknown key, not a ServiceFailure.
  const amzDate = new Date().toISOString().replace(/[-:]|\.\d+/g, '');
  const presigned = new URL(`https://orders.example.com/orders/42?X-Amz-Algorithm=AWS4-HMAC-SHA256&X-Amz-Date=${amzDate}&X-Amz-Expires=300&X-Amz-SignedHeaders=host&X-Amz-Signature=${'a'.repeat(64)}`);
  presigned.searchParams.set('X-Amz-Credential', `AKIA\u0000IOSFODNN7EXAMPLE/${amzDate.slice(0, 8)}/us-east-1/orders/aws4_request`);
  const malformedKey = { method: 'GET', url: presigned.href, headers: [{ name: 'host', value: 'orders.example.com' }] };
  expectError(await service.call('Authorize', { action: 'orders:GetOrder', resource: orderArn('42'), signedRequest: malformedKey }), 403, 'InvalidClientTokenId');
  const replayed = await signedRequest(alice, { signingDate: new Date(Date.now() - 6 * 60 * 1000) });
  expectError(await service.call('Authorize', { action: 'orders:GetOrder', resource: orderArn('42'), signedRequest: replayed }), 400, 'RequestExpired');

  // Temporary credentials whose session has ended: ExpiredToken, and the session token is nowhere recorded.
  const { getSessionToken } = await new SignedGraphQLClient(api.graphqlUrl, alice).data('mutation { getSessionToken { credentials { accessKeyId secretAccessKey sessionToken } } }');
  const temporary: AwsCredentials = getSessionToken.credentials;
  recordSecretMembers(temporary);
  await api.prisma.stsSession.update({ where: { accessKeyId: temporary.accessKeyId }, data: { expiration: new Date(Date.now() - 1000) } });
  await api.server.caughtUp();
  const expiredSession = await service.call('Authorize', await input(temporary));
  expectError(expiredSession, 400, 'ExpiredToken');
  expect(await refusals()).toBe(before + 5);
  const rows = JSON.stringify(await api.prisma.auditEvent.findMany());
  expect(rows).not.toContain(temporary.sessionToken);
  expect(rows).not.toContain(temporary.secretAccessKey);
  expect(JSON.stringify(expiredSession.body)).not.toContain('alice');
});

it("refuses an asker without gatehouse:Authorize (AccessDenied), and lookupEvents finds denials, refusals and sampled allows", async () => {
  const asAlice = new SignedJsonClient(api.url, alice);
  // Evidence signed with temporary credentials: the refused call's event records its parameters, never the token.
  const { getSessionToken } = await new SignedGraphQLClient(api.graphqlUrl, bob).data('mutation { getSessionToken { credentials { accessKeyId secretAccessKey sessionToken } } }');
  const temporary: AwsCredentials = getSessionToken.credentials;
  recordSecretMembers(temporary);
  const refused = await asAlice.call('Authorize', await input(temporary));
  expectError(refused, 403, 'AccessDenied');
  expect(refused.body.message).toMatch(/user\/alice is not authorized to perform: gatehouse:Authorize on resource: arn:aws:gatehouse::\d{12}:service\/orders/);
  const event = await api.prisma.auditEvent.findFirstOrThrow({ where: { protocol: 'json', errorCode: 'AccessDenied', principalArn: `arn:aws:iam::${accountId}:user/alice` } });
  expect(JSON.stringify(event.requestParameters)).toContain('x-amz-security-token');
  expect(JSON.stringify(event)).not.toContain(temporary.sessionToken);

  const { lookupEvents } = await root.data(
    '{ lookupEvents(eventName: "Authorize", first: 200) { edges { node { eventSource principalArn errorCode protocol } } } }',
  );
  const events = lookupEvents.edges.map((edge: { node: object }) => edge.node);
  const askerArn = `arn:aws:iam::${accountId}:user/orders-service`;
  expect(events).toContainEqual({ eventSource: 'gatehouse', principalArn: askerArn, errorCode: null, protocol: 'json' });
  expect(events).toContainEqual({ eventSource: 'gatehouse', principalArn: askerArn, errorCode: 'AccessDenied', protocol: 'json' });
  expect(events).toContainEqual({ eventSource: 'gatehouse', principalArn: askerArn, errorCode: 'SignatureDoesNotMatch', protocol: 'json' });
  expect(events).toContainEqual({ eventSource: 'gatehouse', principalArn: `arn:aws:iam::${accountId}:user/alice`, errorCode: 'AccessDenied', protocol: 'json' });
  const logs = JSON.stringify(api.logs);
  for (const secret of [serviceKey.secretAccessKey, alice.secretAccessKey, bob.secretAccessKey]) expect(logs).not.toContain(secret);
});

it('takes the body of the evidence or its SHA-256', async () => {
  const signer = new SignatureV4({ service: 'orders', region: 'us-east-1', credentials: alice, sha256: Sha256 });
  const body = '{"item":"book"}';
  const signed = await signer.sign({ method: 'POST', protocol: 'https:', hostname: 'orders.example.com', path: '/orders', query: {}, headers: { host: 'orders.example.com' }, body });
  const evidence = { method: 'POST', url: 'https://orders.example.com/orders', headers: Object.entries(signed.headers).map(([name, value]) => ({ name, value })) };
  const ask = (signedRequest: object) => service.call('Authorize', { action: 'orders:GetOrder', resource: orderArn('42'), signedRequest });
  expect((await ask({ ...evidence, body })).body.decision).toBe('allowed');
  expect((await ask({ ...evidence, bodySha256: createHash('sha256').update(body).digest('hex') })).body.decision).toBe('allowed');
});
