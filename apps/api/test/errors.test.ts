import { newUniqueId, userArn } from '@gatehouse/db';
import { toIamErrorShape } from '../src/errors/format-error';
import { iamErrorFromPrisma } from '../src/errors/prisma-errors';
import { createRootAccount, startTestApi, type RootAccount, type TestApi } from './support/test-api';
import { GraphQLClient } from './support/graphql-client';
import { userSessionClient } from './support/user-session';

let api: TestApi;
let root: RootAccount;
let client: GraphQLClient;

beforeAll(async () => {
  api = await startTestApi({ http: { bodyLimitBytes: 4096 } });
  root = await createRootAccount(api.prisma);
  client = new GraphQLClient(api.graphqlUrl);
  await client.signIn(root.email, root.password);
});
afterAll(() => api.stop());

async function postRaw(body: string, contentType = 'application/json') {
  const response = await fetch(api.graphqlUrl, { method: 'POST', headers: { 'content-type': contentType, cookie: client.cookie! }, body });
  return { status: response.status, requestId: response.headers.get('x-amzn-requestid'), text: await response.text() };
}

function userRow(userName: string) {
  return { id: newUniqueId('user'), accountId: root.accountId, userName, arn: userArn(root.accountId, '/', userName) };
}

describe('unexpected failures', () => {
  it('answer ServiceFailure with the request id, log the details under that id, and send no stack or SQL', async () => {
    await client.data(`mutation { createUser(input: { userName: "victim" }) { userId } }`);
    await api.prisma.$executeRawUnsafe('ALTER TABLE "UserTag" RENAME TO "UserTagMoved"');
    let response;
    try {
      response = await postRaw(JSON.stringify({ query: '{ listUserTags(userName: "victim") { totalCount } }' }));
    } finally {
      await api.prisma.$executeRawUnsafe('ALTER TABLE "UserTagMoved" RENAME TO "UserTag"');
    }
    expect(response.status).toBe(500);
    const body = JSON.parse(response.text);
    expect(body.errors).toEqual([
      {
        message: 'The request processing has failed because of an unknown error, exception or failure.',
        locations: [{ line: 1, column: 3 }],
        path: ['listUserTags'],
        extensions: { code: 'ServiceFailure', requestId: response.requestId },
      },
    ]);
    expect(response.text).not.toMatch(/UserTagMoved|"UserTag"|prisma|\.ts:|stack|select/i);
    const logged = api.logs.find((line) => line.requestId === response.requestId && line.msg === 'unexpected error');
    expect(logged).toMatchObject({ level: 50 });
    expect(JSON.stringify(logged)).toMatch(/UserTag/);
  });
});

describe('request errors', () => {
  it('report GraphQL syntax and validation errors as InvalidInput', async () => {
    const syntax = await postRaw(JSON.stringify({ query: '{ listUsers { ' }));
    expect(syntax.status).toBe(400);
    expect(JSON.parse(syntax.text).errors[0].extensions).toMatchObject({ code: 'InvalidInput', requestId: syntax.requestId });
    const unknownField = await client.error('{ listUsers { nope } }');
    expect(unknownField.extensions.code).toBe('InvalidInput');
    expect(unknownField.message).toContain('Cannot query field "nope"');
    const badVariable = await client.error('query ($n: Int) { listUsers(first: $n) { totalCount } }', { n: 'ten' });
    expect(badVariable.extensions.code).toBe('InvalidInput');
  });

  it('give the request id to errors answered before any operation runs: refused credentials, a refused GET', async () => {
    const refused = await fetch(api.graphqlUrl, { method: 'POST', headers: { 'content-type': 'application/json', cookie: 'gatehouse_session=forged' }, body: '{"query":"{ listUsers { totalCount } }"}' });
    const refusedError = ((await refused.json()) as { errors: Array<{ extensions: Record<string, unknown> }> }).errors[0]!;
    expect(refused.status).toBeGreaterThanOrEqual(400);
    expect(refusedError.extensions.requestId).toBe(refused.headers.get('x-amzn-requestid'));
    const csrf = await fetch(`${api.graphqlUrl}?query=${encodeURIComponent('{ listUsers { totalCount } }')}`);
    expect(csrf.status).toBe(400);
    const csrfError = ((await csrf.json()) as { errors: Array<{ extensions: Record<string, unknown> }> }).errors[0]!;
    expect(csrfError.extensions).toEqual({ code: 'InvalidInput', requestId: csrf.headers.get('x-amzn-requestid') });
  });

  it('refuse a body over the limit (413) and a body that is not JSON (400), without a stack trace', async () => {
    const tooLarge = await postRaw(JSON.stringify({ query: `{ listUsers { totalCount } } # ${'x'.repeat(5000)}` }));
    expect(tooLarge.status).toBe(413);
    expect(JSON.parse(tooLarge.text)).toEqual({
      errors: [{ message: 'The request body is larger than the server accepts.', extensions: { code: 'LimitExceeded', requestId: tooLarge.requestId } }],
    });
    const notJson = await postRaw('{"query": ');
    expect(notJson.status).toBe(400);
    expect(JSON.parse(notJson.text).errors[0].extensions.code).toBe('InvalidInput');
    expect(notJson.text).not.toMatch(/at .*\.(js|ts)/);
  });

  it('answer unknown paths with a JSON 404', async () => {
    const response = await fetch(`${api.url}/nowhere`);
    expect(response.status).toBe(404);
    const body = (await response.json()) as { errors: { extensions: { code: string } }[] };
    expect(body.errors[0]?.extensions.code).toBe('InvalidInput');
  });
});

describe('HTTP status', () => {
  it("answers a request that failed as a whole with its code's AWS status, wherever the error was raised", async () => {
    const missing = await postRaw(JSON.stringify({ query: '{ getUser(userName: "nobody") { arn } }' }));
    expect([missing.status, JSON.parse(missing.text).errors[0].extensions.code]).toEqual([404, 'NoSuchEntity']);
    await client.data('mutation { createUser(input: { userName: "twice" }) { userId } }');
    const twice = await postRaw(JSON.stringify({ query: 'mutation { createUser(input: { userName: "twice" }) { userId } }' }));
    expect([twice.status, JSON.parse(twice.text).errors[0].extensions.code]).toEqual([409, 'EntityAlreadyExists']);
    const anonymous = await fetch(api.graphqlUrl, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: '{ listUsers { totalCount } }' }) });
    expect(anonymous.status).toBe(403);
    expect(((await anonymous.json()) as { errors: { extensions: { code: string } }[] }).errors[0]?.extensions.code).toBe('MissingAuthenticationToken');
  });

  it('answers AccessDenied with 403 whether the operation or a linked field (the user allowed, its groups not) was refused', async () => {
    await client.data('mutation { createUser(input: { userName: "reader" }) { userId } }');
    const policy = JSON.stringify({ Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: 'iam:GetUser', Resource: '*' }] });
    await client.data('mutation ($d: String!) { putUserPolicy(input: { userName: "reader", policyName: "get", policyDocument: $d }) { policyName } }', { d: policy });
    const reader = await userSessionClient(api.prisma, api.graphqlUrl, root.accountId, 'reader');
    const partial = await reader.request('{ getUser(userName: "reader") { userName groups { groupName } } }');
    expect([partial.status, partial.errors?.[0]?.extensions.code]).toEqual([403, 'AccessDenied']);
    const denied = await reader.request('{ listUsers { totalCount } }');
    expect([denied.status, denied.errors?.[0]?.extensions.code]).toEqual([403, 'AccessDenied']);
  });
});

describe('hostile arguments', () => {
  it('refuses U+0000 in a literal, a variable or a variable key with 400 InvalidInput before authorization reads the database', async () => {
    for (const body of [
      { query: '{ getGroup(groupName: "a\\u0000b") { arn } }' },
      { query: 'query ($n: String!) { getGroup(groupName: $n) { arn } }', variables: { n: 'a\u0000b' } },
      { query: 'mutation ($t: [TagInput!]!) { tagUser(input: { userName: "twice", tags: $t }) { arn } }', variables: { t: [{ key: 'k', value: 'v\u0000' }] } },
    ]) {
      const response = await postRaw(JSON.stringify(body));
      expect(response.status).toBe(400);
      expect(JSON.parse(response.text).errors[0]).toMatchObject({
        message: expect.stringMatching(/failed to satisfy constraint: Member must not contain the character U\+0000$/),
        extensions: { code: 'InvalidInput' },
      });
    }
    expect(api.logs.filter((line) => line.msg === 'unexpected error')).toHaveLength(1);
  });

  it('takes a user name given as null as one left out (the root user acts on its own credentials), never a ServiceFailure', async () => {
    for (const query of [
      'mutation { updateAccessKey(input: { userName: null, accessKeyId: "AKIAIOSFODNN7EXAMPLE", status: Inactive }) { status } }',
      'mutation { deleteAccessKey(input: { userName: null, accessKeyId: "AKIAIOSFODNN7EXAMPLE" }) }',
      'mutation { deactivateMFADevice(input: { userName: null, serialNumber: "arn:aws:iam::123456789012:mfa/none" }) }',
      'mutation { enableMFADevice(input: { userName: null, serialNumber: "arn:aws:iam::123456789012:mfa/none", authenticationCode1: "123456", authenticationCode2: "654321" }) { serialNumber } }',
    ]) {
      const response = await postRaw(JSON.stringify({ query }));
      const [error] = JSON.parse(response.text).errors;
      expect(error.extensions.code).toMatch(/^(NoSuchEntity|InvalidInput|InvalidAuthenticationCode)$/);
      expect(response.status).toBeLessThan(500);
    }
  });
});

describe('Prisma errors', () => {
  it('map a unique violation to EntityAlreadyExists and a missing row to NoSuchEntity', async () => {
    await api.prisma.user.create({ data: userRow('unique') });
    const duplicate = await api.prisma.user.create({ data: userRow('UNIQUE') }).catch((error: unknown) => error);
    expect(iamErrorFromPrisma(duplicate)?.code).toBe('EntityAlreadyExists');
    const missing = await api.prisma.user.update({ where: { id: 'AIDANOSUCHUSER0000000' }, data: { path: '/x/' } }).catch((error: unknown) => error);
    expect(iamErrorFromPrisma(missing)?.code).toBe('NoSuchEntity');
    expect(toIamErrorShape(new Error('anything else')).code).toBe('ServiceFailure');
  });

  it('map a transaction that got no connection or time from the pool (P2028) to Throttling, which SDKs retry', async () => {
    const expired = await api.prisma
      .$transaction(async (tx) => {
        await new Promise((resolve) => setTimeout(resolve, 50));
        return tx.user.count();
      }, { timeout: 1 })
      .catch((error: unknown) => error);
    expect((expired as { code?: string }).code).toBe('P2028');
    expect(iamErrorFromPrisma(expired)).toMatchObject({ code: 'Throttling', message: 'Rate exceeded' });
  });

  // Two transactions at once need two sessions: an embedded PostgreSQL (PGlite) has one, so this runs on a real server.
  const onServer = process.env.DATABASE_URL ? it : it.skip;
  if (!process.env.DATABASE_URL) console.log('errors.test: the serialization conflict needs a PostgreSQL server (DATABASE_URL); skipped on the embedded database');
  onServer('map a serialization failure of two conflicting transactions to ConcurrentModification', async () => {
    // Write skew: both transactions read the count, then both insert. Serializable isolation must refuse one.
    let arrived = 0;
    let release!: () => void;
    const bothRead = new Promise<void>((resolve) => (release = resolve));
    const countThenInsert = (userName: string) =>
      api.prisma.$transaction(
        async (tx) => {
          await tx.user.count({ where: { accountId: root.accountId } });
          arrived += 1;
          if (arrived === 2) release();
          await bothRead;
          await tx.user.create({ data: userRow(userName) });
        },
        { isolationLevel: 'Serializable' },
      );
    const outcomes = await Promise.allSettled([countThenInsert('skew-a'), countThenInsert('skew-b')]);
    const failures = outcomes.filter((outcome): outcome is PromiseRejectedResult => outcome.status === 'rejected');
    expect(failures).toHaveLength(1);
    const mapped = iamErrorFromPrisma(failures[0]!.reason);
    expect(mapped?.code).toBe('ConcurrentModification');
    expect(mapped?.message).toContain('multiple requests to change this object were submitted simultaneously');
  });
});
