import { startTestApi, type TestApi } from '../support/test-api';
import { allow } from '../authz/iam-fixtures';
import { IamWorld } from './iam-world';
import { SignedGraphQLClient, type AwsCredentials, type SigningOptions } from './signed-client';

// SigV4 end to end: requests signed by the AWS SDK's signer against a real server and database.

let api: TestApi;
let world: IamWorld;
let accountId: string;
let root: Awaited<ReturnType<IamWorld['account']>>['root'];
let aliceKey: AwsCredentials;
let aliceArn: string;

const whoAmI = '{ getCallerIdentity { account arn userId } }';
const listUsers = '{ listUsers { totalCount } }';

beforeAll(async () => {
  api = await startTestApi();
  world = new IamWorld(api);
  const account = await world.account();
  accountId = account.accountId;
  root = account.root;
  const alice = await world.user(accountId, 'alice', { ListOnly: allow('iam:ListUsers') });
  aliceArn = alice.arn;
  aliceKey = await world.accessKey(root, 'alice');
});
afterAll(() => api.stop());

const signed = (credentials: AwsCredentials) => new SignedGraphQLClient(api.graphqlUrl, credentials);

describe('SigV4 with long-term access keys', () => {
  it('accepts a valid signature and acts as the key owner, with the owner\'s permissions', async () => {
    const client = signed(aliceKey);
    expect((await client.data(whoAmI)).getCallerIdentity).toEqual({ account: accountId, arn: aliceArn, userId: expect.stringMatching(/^AIDA/) });
    expect((await client.data(listUsers)).listUsers.totalCount).toBe(1);
    const denied = await client.error('{ getUser(userName: "alice") { userName } }');
    expect(denied.extensions.code).toBe('AccessDenied');
    expect(denied.message).toBe(
      `User: ${aliceArn} is not authorized to perform: iam:GetUser on resource: ${aliceArn} because no identity-based policy allows the iam:GetUser action`,
    );
  });

  it('records when, where and for which service the key was last used', async () => {
    const key = await api.prisma.accessKey.findUniqueOrThrow({ where: { accessKeyId: aliceKey.accessKeyId } });
    expect(key.lastUsedDate).not.toBeNull();
    expect(key).toMatchObject({ lastUsedService: 'iam', lastUsedRegion: 'us-east-1' });
  });

  it('refuses a body changed after signing (SignatureDoesNotMatch, 403) and runs nothing', async () => {
    const tampered = await signed(aliceKey).error(
      'mutation { createUser(input: { userName: "mallory" }) { userName } }',
      undefined,
      { tamperBody: (body) => body.replace('mallory', 'mallor2') },
    );
    expect(tampered).toMatchObject({ status: 403, extensions: { code: 'SignatureDoesNotMatch' } });
    expect(await api.prisma.user.count({ where: { accountId, userName: { startsWith: 'mallor' } } })).toBe(0);
  });

  it('refuses a signature made with the wrong secret (SignatureDoesNotMatch)', async () => {
    const wrong = await signed({ ...aliceKey, secretAccessKey: `${aliceKey.secretAccessKey.slice(0, -4)}AAAA` }).error(whoAmI);
    expect(wrong).toMatchObject({ status: 403, extensions: { code: 'SignatureDoesNotMatch' } });
    expect(wrong.message).toMatch(/^The request signature we calculated does not match/);
  });

  it("is the signature's caller whatever session cookie it carries, and a failing signature fails even with the root user's cookie", async () => {
    const cookie = root.cookie!;
    const wrong = await signed({ ...aliceKey, secretAccessKey: `${aliceKey.secretAccessKey.slice(0, -4)}AAAA` }).error(
      'mutation { createUser(input: { userName: "cookie-rider" }) { userName } }',
      undefined,
      { cookie },
    );
    expect(wrong).toMatchObject({ status: 403, extensions: { code: 'SignatureDoesNotMatch' } });
    expect(await api.prisma.user.count({ where: { accountId, userName: 'cookie-rider' } })).toBe(0);
    const asAlice = await signed(aliceKey).data(whoAmI, undefined, { cookie });
    expect(asAlice.getCallerIdentity.arn).toBe(aliceArn);
  });

  it('refuses (Throttling) an address that failed 10 signatures for one key within a minute, even signing right, without checking', async () => {
    await world.user(accountId, 'guessed', { ListOnly: allow('iam:ListUsers') });
    const key = await world.accessKey(root, 'guessed');
    const guesser = signed({ ...key, secretAccessKey: `${key.secretAccessKey.slice(0, -4)}AAAA` });
    for (let attempt = 0; attempt < 10; attempt++) expect((await guesser.error(whoAmI)).extensions.code).toBe('SignatureDoesNotMatch');
    const refused = await signed(key).error(whoAmI);
    expect(refused).toMatchObject({ status: 400, extensions: { code: 'Throttling', retryAfterSeconds: expect.any(Number) } });
    // Other keys from the same address are not affected.
    expect((await signed(aliceKey).data(whoAmI)).getCallerIdentity.arn).toBe(aliceArn);
  });

  it('refuses a request signed more than 15 minutes ago (RequestExpired, 400)', async () => {
    const expired = await signed(aliceKey).error(whoAmI, undefined, { signingDate: new Date(Date.now() - 20 * 60 * 1000) });
    expect(expired).toMatchObject({ status: 400, extensions: { code: 'RequestExpired' } });
    expect(expired.message).toMatch(/^Signature expired: \d{8}T\d{6}Z is now earlier than/);
  });

  it('refuses unknown, inactive and deleted keys alike (InvalidClientTokenId, 403), never as an anonymous caller', async () => {
    const key = await world.accessKey(root, 'alice');
    await root.data('mutation ($input: UpdateAccessKeyInput!) { updateAccessKey(input: $input) { status } }', {
      input: { userName: 'alice', accessKeyId: key.accessKeyId, status: 'Inactive' },
    });
    const inactive = await signed(key).error(whoAmI);
    const unknown = await signed({ accessKeyId: 'AKIAIOSFODNN7EXAMPLE', secretAccessKey: key.secretAccessKey }).error(whoAmI);
    // signIn is open to anonymous callers; refused credentials do not fall back to anonymous to reach it.
    const publicOperation = await signed(key).error('mutation { signOut }');
    for (const refusal of [inactive, unknown, publicOperation]) {
      expect(refusal).toMatchObject({ status: 403, extensions: { code: 'InvalidClientTokenId' } });
      expect(refusal.message).toBe('The security token included in the request is invalid.');
    }

    await root.data('mutation ($input: UpdateAccessKeyInput!) { updateAccessKey(input: $input) { status } }', {
      input: { userName: 'alice', accessKeyId: key.accessKeyId, status: 'Active' },
    });
    expect((await signed(key).data(whoAmI)).getCallerIdentity.arn).toBe(aliceArn);
  });

  it('signs as the root user with a root access key', async () => {
    const rootKey = await world.accessKey(root);
    expect((await signed(rootKey).data(whoAmI)).getCallerIdentity).toEqual({ account: accountId, arn: `arn:aws:iam::${accountId}:root`, userId: accountId });
  });
});

describe('SigV4 with temporary credentials (GetSessionToken)', () => {
  const getSessionToken = 'mutation { getSessionToken(input: { durationSeconds: 900 }) { credentials { accessKeyId secretAccessKey sessionToken expiration } } }';

  it('accepts ASIA credentials with their session token, and only with it', async () => {
    const { credentials } = (await signed(aliceKey).data(getSessionToken)).getSessionToken;
    expect(credentials.accessKeyId).toMatch(/^ASIA[A-Z2-7]{16}$/);
    expect(new Date(credentials.expiration).getTime()).toBeGreaterThan(Date.now() + 14 * 60 * 1000);

    const temporary = signed(credentials);
    expect((await temporary.data(whoAmI)).getCallerIdentity.arn).toBe(aliceArn);
    const withoutToken = await signed({ accessKeyId: credentials.accessKeyId, secretAccessKey: credentials.secretAccessKey }).error(whoAmI);
    expect(withoutToken).toMatchObject({ status: 403, extensions: { code: 'InvalidClientTokenId' } });
    const otherToken = await signed({ ...credentials, sessionToken: `${credentials.sessionToken}x` }).error(whoAmI);
    expect(otherToken.extensions.code).toBe('InvalidClientTokenId');

    // AWS: GetSessionToken credentials obtained without MFA cannot call IAM.
    const iamCall = await temporary.error(listUsers);
    expect(iamCall.extensions.code).toBe('AccessDenied');
    // Nor can they ask for another session token.
    expect((await temporary.error(getSessionToken)).extensions.code).toBe('AccessDenied');
  });

  it('refuses expired temporary credentials (ExpiredToken, 400)', async () => {
    const { credentials } = (await signed(aliceKey).data(getSessionToken)).getSessionToken;
    await api.prisma.stsSession.update({ where: { accessKeyId: credentials.accessKeyId }, data: { expiration: new Date(Date.now() - 1000) } });
    await api.server.caughtUp();
    const expired = await signed(credentials).error(whoAmI);
    expect(expired).toMatchObject({ status: 400, extensions: { code: 'ExpiredToken' } });
  });
});

describe('presigned requests (AWS query-string authentication on POST /graphql)', () => {
  const presign = (expiresIn = 300, rest: Omit<NonNullable<SigningOptions['presign']>, 'expiresIn'> = {}) => ({ presign: { expiresIn, ...rest } });

  it('accepts a presigned request and acts as the key owner, with the owner\'s permissions', async () => {
    const client = signed(aliceKey);
    expect((await client.data(whoAmI, undefined, presign())).getCallerIdentity.arn).toBe(aliceArn);
    expect((await client.data(listUsers, undefined, presign())).listUsers.totalCount).toBeGreaterThan(0);
    const denied = await client.error('{ getUser(userName: "alice") { userName } }', undefined, presign());
    expect(denied.extensions.code).toBe('AccessDenied');
  });

  it('refuses it once X-Amz-Expires has elapsed (RequestExpired, 400)', async () => {
    const expired = await signed(aliceKey).error(whoAmI, undefined, { ...presign(60), signingDate: new Date(Date.now() - 2 * 60 * 1000) });
    expect(expired).toMatchObject({ status: 400, extensions: { code: 'RequestExpired' }, message: 'Request has expired.' });
    // Within its X-Amz-Expires, a URL presigned 20 minutes ago still works (the header form would be past the skew).
    const longLived = await signed(aliceKey).data(whoAmI, undefined, { ...presign(3600), signingDate: new Date(Date.now() - 20 * 60 * 1000) });
    expect(longLived.getCallerIdentity.arn).toBe(aliceArn);
  });

  it('refuses a tampered URL or body and a wrong secret (SignatureDoesNotMatch, 403), and runs nothing', async () => {
    const mutation = 'mutation { createUser(input: { userName: "presigned-mallory" }) { userName } }';
    const longer = await signed(aliceKey).error(mutation, undefined, presign(60, { tamperUrl: (url) => url.searchParams.set('X-Amz-Expires', '604800') }));
    expect(longer).toMatchObject({ status: 403, extensions: { code: 'SignatureDoesNotMatch' } });
    const body = await signed(aliceKey).error(mutation, undefined, { ...presign(), tamperBody: (text) => text.replace('mallory', 'mallor2') });
    expect(body).toMatchObject({ status: 403, extensions: { code: 'SignatureDoesNotMatch' } });
    const unsignedPayload = await signed(aliceKey).error(mutation, undefined, presign(60, { unsignedPayload: true }));
    expect(unsignedPayload).toMatchObject({ status: 403, extensions: { code: 'SignatureDoesNotMatch' } });
    const wrongSecret = await signed({ ...aliceKey, secretAccessKey: `${aliceKey.secretAccessKey.slice(0, -4)}AAAA` }).error(whoAmI, undefined, presign());
    expect(wrongSecret).toMatchObject({ status: 403, extensions: { code: 'SignatureDoesNotMatch' } });
    expect(await api.prisma.user.count({ where: { accountId, userName: { startsWith: 'presigned-mallor' } } })).toBe(0);
  });

  it('refuses a key id that cannot be one, U+0000 in it, as an unknown key (InvalidClientTokenId, 403), not a ServiceFailure', async () => {
    const nul = await signed({ ...aliceKey, accessKeyId: `AKIA\u0000${aliceKey.accessKeyId.slice(5)}` }).error(whoAmI, undefined, presign());
    const short = await signed({ ...aliceKey, accessKeyId: 'AKIA' }).error(whoAmI, undefined, presign());
    for (const refusal of [nul, short]) expect(refusal).toMatchObject({ status: 403, extensions: { code: 'InvalidClientTokenId' } });
  });

  it('refuses a key once it is inactive (InvalidClientTokenId, 403)', async () => {
    await world.user(accountId, 'presigned-bob', {});
    const key = await world.accessKey(root, 'presigned-bob');
    expect((await signed(key).data(whoAmI, undefined, presign())).getCallerIdentity.arn).toMatch(/:user\/presigned-bob$/);
    await root.data('mutation ($input: UpdateAccessKeyInput!) { updateAccessKey(input: $input) { status } }', {
      input: { userName: 'presigned-bob', accessKeyId: key.accessKeyId, status: 'Inactive' },
    });
    const inactive = await signed(key).error(whoAmI, undefined, presign());
    expect(inactive).toMatchObject({ status: 403, extensions: { code: 'InvalidClientTokenId' } });
  });

  it('accepts temporary credentials with X-Amz-Security-Token in the URL, and refuses them once expired', async () => {
    const getSessionToken = 'mutation { getSessionToken(input: { durationSeconds: 900 }) { credentials { accessKeyId secretAccessKey sessionToken expiration } } }';
    const { credentials } = (await signed(aliceKey).data(getSessionToken)).getSessionToken;
    expect((await signed(credentials).data(whoAmI, undefined, presign())).getCallerIdentity.arn).toBe(aliceArn);
    const otherToken = await signed({ ...credentials, sessionToken: `${credentials.sessionToken}x` }).error(whoAmI, undefined, presign());
    expect(otherToken).toMatchObject({ status: 403, extensions: { code: 'InvalidClientTokenId' } });
    await api.prisma.stsSession.update({ where: { accessKeyId: credentials.accessKeyId }, data: { expiration: new Date(Date.now() - 1000) } });
    await api.server.caughtUp();
    const expired = await signed(credentials).error(whoAmI, undefined, presign());
    expect(expired).toMatchObject({ status: 400, extensions: { code: 'ExpiredToken' } });
  });

  it('keeps the query string, with its signature and session token, out of the request log', async () => {
    const firstLine = api.logs.length;
    const { credentials } = (await signed(aliceKey).data('mutation { getSessionToken(input: { durationSeconds: 900 }) { credentials { accessKeyId secretAccessKey sessionToken expiration } } }')).getSessionToken;
    await signed(credentials).data(whoAmI, undefined, presign());
    await signed(credentials).error(whoAmI, undefined, presign(60, { tamperUrl: (url) => url.searchParams.set('X-Amz-Expires', '61') }));
    const lines = api.logs.slice(firstLine);
    const completed = lines.filter((line) => line.msg === 'request completed');
    expect(completed.length).toBeGreaterThanOrEqual(3);
    for (const line of completed) expect(line.path).toBe('/graphql');
    expect(JSON.stringify(lines)).not.toMatch(/X-Amz-(Signature|Security-Token|Credential)/i);
  });
});
