import { hashBearerToken } from '@gatehouse/credentials';
import { createRootAccount, startTestApi, type RootAccount, type TestApi } from './support/test-api';
import { GraphQLClient } from './support/graphql-client';

let api: TestApi;
let root: RootAccount;

beforeAll(async () => {
  api = await startTestApi({ session: { idleTimeoutSeconds: 2, touchIntervalSeconds: 0 } });
  root = await createRootAccount(api.prisma);
});
afterAll(() => api.stop());

const signIn = `mutation ($input: SignInInput!) { signIn(input: $input) { state principalArn accountId } }`;
const listUsers = `{ listUsers { totalCount } }`;

function sessionCookieOf(setCookie: string[]): string {
  const cookie = setCookie.find((line) => line.startsWith('gatehouse-session='));
  if (!cookie) throw new Error(`no session cookie in ${JSON.stringify(setCookie)}`);
  return cookie;
}

describe('signIn (root user)', () => {
  it('starts a session in an HttpOnly, SameSite=Strict cookie whose hash alone is stored', async () => {
    const client = new GraphQLClient(api.graphqlUrl);
    const response = await client.request(signIn, { input: { email: root.email.toUpperCase(), password: root.password } });
    expect(response.data.signIn).toEqual({ state: 'Active', principalArn: `arn:aws:iam::${root.accountId}:root`, accountId: root.accountId });

    const cookie = sessionCookieOf(response.headers.getSetCookie());
    expect(cookie).toMatch(/; HttpOnly/);
    expect(cookie).toMatch(/; SameSite=Strict/);
    expect(cookie).toMatch(/; Path=\//);
    expect(cookie).not.toMatch(/; Secure/);
    const token = cookie.split(';')[0]!.split('=')[1]!;
    const session = await api.prisma.consoleSession.findUniqueOrThrow({ where: { tokenHash: hashBearerToken(token) } });
    expect(session).toMatchObject({ accountId: root.accountId, userId: null, state: 'Active', revokedAt: null });
    expect(await api.prisma.consoleSession.count({ where: { tokenHash: token } })).toBe(0);

    expect((await client.data(listUsers)).listUsers.totalCount).toBe(0);
    const account = await api.prisma.account.findUniqueOrThrow({ where: { id: root.accountId } });
    expect(account.rootPasswordLastUsed).not.toBeNull();
  });

  it('refuses a wrong password and an unknown email alike (AccessDenied), creating no session', async () => {
    const client = new GraphQLClient(api.graphqlUrl);
    const sessionsBefore = await api.prisma.consoleSession.count();
    const wrongPassword = await client.error(signIn, { input: { email: root.email, password: 'wrong' } });
    const unknownEmail = await client.error(signIn, { input: { email: 'nobody@example.com', password: root.password } });
    for (const error of [wrongPassword, unknownEmail]) {
      expect(error.extensions.code).toBe('AccessDenied');
      expect(error.message).toBe('Your authentication information is incorrect. Please try again.');
    }
    expect(client.cookie).toBeUndefined();
    expect(await api.prisma.consoleSession.count()).toBe(sessionsBefore);
  });

  it('audits every sign-in, success and failure, without the password', async () => {
    const events = await api.prisma.auditEvent.findMany({ where: { eventName: 'ConsoleLogin' }, orderBy: { eventTime: 'asc' } });
    expect(events.map((event) => [event.eventSource, (event.responseElements as { ConsoleLogin: string }).ConsoleLogin])).toEqual([
      ['signin.amazonaws.com', 'Success'],
      ['signin.amazonaws.com', 'Failure'],
      ['signin.amazonaws.com', 'Failure'],
    ]);
    expect(events[0]).toMatchObject({ accountId: root.accountId, principalArn: `arn:aws:iam::${root.accountId}:root`, errorMessage: null });
    expect(events[1]).toMatchObject({ accountId: root.accountId, errorMessage: 'Failed authentication' });
    expect(events[2]).toMatchObject({ accountId: null, principalArn: null });
    expect(JSON.stringify(events)).not.toContain(root.password);
    expect(events.every((event) => event.requestId && event.sourceIpAddress)).toBe(true);
  });

  it('validates the input before looking anything up, never repeating a password back', async () => {
    const client = new GraphQLClient(api.graphqlUrl);
    const error = await client.error(signIn, { input: { email: 'not-an-email', password: 'x' } });
    expect(error.extensions).toMatchObject({ code: 'InvalidInput', field: 'email' });
    const longPassword = 'p'.repeat(129);
    const tooLong = await client.error(signIn, { input: { email: root.email, password: longPassword } });
    expect(tooLong.message).toBe(
      "1 validation error detected: Value at 'password' failed to satisfy constraint: Member must have length less than or equal to 128",
    );
  });
});

describe('anonymous callers', () => {
  it('reach nothing but the sign-in operations (MissingAuthenticationToken)', async () => {
    const anonymous = new GraphQLClient(api.graphqlUrl);
    const error = await anonymous.error(listUsers);
    expect(error.extensions.code).toBe('MissingAuthenticationToken');
    const mutation = await anonymous.error(`mutation { createUser(input: { userName: "sneaky" }) { userId } }`);
    expect(mutation.extensions.code).toBe('MissingAuthenticationToken');
    expect(await api.prisma.user.count({ where: { userName: 'sneaky' } })).toBe(0);
  });

  it('treat an unknown cookie as no cookie', async () => {
    const forged = new GraphQLClient(api.graphqlUrl);
    forged.cookie = 'gatehouse-session=forged-token';
    expect((await forged.error(listUsers)).extensions.code).toBe('MissingAuthenticationToken');
  });
});

describe('session lifetime', () => {
  it('signOut revokes the session on the server, so a copied cookie stops working', async () => {
    const client = new GraphQLClient(api.graphqlUrl);
    await client.signIn(root.email, root.password);
    const copiedCookie = client.cookie;
    const response = await client.request('mutation { signOut }');
    expect(response.data.signOut).toBe(true);
    expect(sessionCookieOf(response.headers.getSetCookie())).toMatch(/Expires=Thu, 01 Jan 1970/);
    const copy = new GraphQLClient(api.graphqlUrl);
    copy.cookie = copiedCookie;
    expect((await copy.error(listUsers)).extensions.code).toBe('MissingAuthenticationToken');
    const token = copiedCookie!.split('=')[1]!;
    const session = await api.prisma.consoleSession.findUniqueOrThrow({ where: { tokenHash: hashBearerToken(token) } });
    expect(session.revokedAt).not.toBeNull();
    expect(await api.prisma.auditEvent.count({ where: { eventName: 'ConsoleLogout', principalArn: `arn:aws:iam::${root.accountId}:root` } })).toBe(1);
  });

  it('ends a session idle for longer than the idle timeout, and one past its absolute expiry', async () => {
    const idle = new GraphQLClient(api.graphqlUrl);
    await idle.signIn(root.email, root.password);
    const idleHash = hashBearerToken(idle.cookie!.split('=')[1]!);
    await api.prisma.consoleSession.update({ where: { tokenHash: idleHash }, data: { lastSeenAt: new Date(Date.now() - 3000) } });
    await api.server.caughtUp();
    expect((await idle.error(listUsers)).extensions.code).toBe('MissingAuthenticationToken');

    const expired = new GraphQLClient(api.graphqlUrl);
    await expired.signIn(root.email, root.password);
    const expiredHash = hashBearerToken(expired.cookie!.split('=')[1]!);
    await api.prisma.consoleSession.update({ where: { tokenHash: expiredHash }, data: { expiresAt: new Date(Date.now() - 1000) } });
    await api.server.caughtUp();
    expect((await expired.error(listUsers)).extensions.code).toBe('MissingAuthenticationToken');
  });

  it('does not accept a session still waiting for its MFA code', async () => {
    const client = new GraphQLClient(api.graphqlUrl);
    await client.signIn(root.email, root.password);
    const tokenHash = hashBearerToken(client.cookie!.split('=')[1]!);
    await api.prisma.consoleSession.update({ where: { tokenHash }, data: { state: 'MfaRequired' } });
    await api.server.caughtUp();
    expect((await client.error(listUsers)).extensions.code).toBe('MissingAuthenticationToken');
  });
});
