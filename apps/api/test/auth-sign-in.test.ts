import { generateTotpCode } from '@gatehouse/credentials';
import { startTestApi, type TestApi } from './support/test-api';
import { GraphQLClient } from './support/graphql-client';
import { allow } from './authz/iam-fixtures';
import { IamWorld } from './auth/iam-world';

// Console sign-in for IAM users and root: MFA, forced and voluntary password changes, throttling, CSRF.

let api: TestApi;
let world: IamWorld;
let home: Awaited<ReturnType<IamWorld['account']>>;

const signIn = 'mutation ($input: SignInInput!) { signIn(input: $input) { state principalArn accountId } }';
const submitMfa = 'mutation ($code: String!) { submitSignInMfaCode(input: { authenticationCode: $code }) { state } }';
const submitNewPassword = 'mutation ($pw: String!) { submitSignInNewPassword(input: { newPassword: $pw }) { state } }';
const whoAmI = '{ getCallerIdentity { arn } }';
const changePassword = 'mutation ($input: ChangePasswordInput!) { changePassword(input: $input) }';
const strongPassword = 'Str0ng!Passw0rd';

beforeAll(async () => {
  api = await startTestApi();
  world = new IamWorld(api);
  home = await world.account();
  await api.prisma.account.update({ where: { id: home.accountId }, data: { alias: `acme-${home.accountId}` } });
});
afterAll(() => api.stop());

async function userWithPassword(userName: string, options: { passwordResetRequired?: boolean; policies?: Parameters<IamWorld['user']>[2] } = {}) {
  const user = await world.user(home.accountId, userName, options.policies);
  await home.root.data('mutation ($input: CreateLoginProfileInput!) { createLoginProfile(input: $input) { userName } }', {
    input: { userName, password: strongPassword, passwordResetRequired: options.passwordResetRequired ?? false },
  });
  return user;
}

/** Creates and enables a virtual MFA device through the API; returns its serial number and seed. */
async function enableMfa(userName?: string, root: GraphQLClient = home.root): Promise<{ serialNumber: string; seed: string }> {
  const { createVirtualMFADevice: device } = await root.data(
    'mutation ($input: CreateVirtualMFADeviceInput!) { createVirtualMFADevice(input: $input) { serialNumber base32StringSeed } }',
    { input: { virtualMFADeviceName: `${userName ?? 'root'}-mfa` } },
  );
  const now = Date.now();
  await root.data('mutation ($input: EnableMFADeviceInput!) { enableMFADevice(input: $input) { serialNumber } }', {
    input: {
      ...(userName ? { userName } : {}),
      serialNumber: device.serialNumber,
      authenticationCode1: generateTotpCode(device.base32StringSeed, new Date(now - 30_000)),
      authenticationCode2: generateTotpCode(device.base32StringSeed, new Date(now)),
    },
  });
  return { serialNumber: device.serialNumber, seed: device.base32StringSeed };
}

/** The code of the next time step: enabling used the current one, and a used step is never accepted again. */
const nextCode = (seed: string) => generateTotpCode(seed, new Date(Date.now() + 30_000));

describe('IAM user sign-in', () => {
  it('signs in with the account ID or the alias, user name and password', async () => {
    const user = await userWithPassword('carol');
    for (const account of [home.accountId, `acme-${home.accountId}`]) {
      const client = new GraphQLClient(api.graphqlUrl);
      const { signIn: result } = await client.data(signIn, { input: { account, userName: 'carol', password: strongPassword } });
      expect(result).toEqual({ state: 'Active', principalArn: user.arn, accountId: home.accountId });
      expect((await client.data(whoAmI)).getCallerIdentity.arn).toBe(user.arn);
    }
    expect((await api.prisma.user.findUniqueOrThrow({ where: { id: user.id } })).passwordLastUsed).not.toBeNull();
  });

  it('answers a wrong password, an unknown user and an unknown account alike, and audits each', async () => {
    await userWithPassword('dave');
    const client = new GraphQLClient(api.graphqlUrl);
    const attempts = [
      { account: home.accountId, userName: 'dave', password: 'Wrong!Passw0rd' },
      { account: home.accountId, userName: 'nobody', password: strongPassword },
      { account: 'no-such-alias', userName: 'dave', password: strongPassword },
    ];
    for (const input of attempts) {
      const error = await client.error(signIn, { input });
      expect(error).toMatchObject({ message: 'Your authentication information is incorrect. Please try again.', extensions: { code: 'AccessDenied' } });
    }
    expect(client.cookie).toBeUndefined();
    const failures = await api.prisma.auditEvent.findMany({ where: { eventName: 'ConsoleLogin', errorMessage: 'Failed authentication' } });
    const named = failures.map((event) => (event.requestParameters as { userName?: string }).userName);
    expect(named.filter((userName) => userName === 'dave')).toHaveLength(2);
    expect(named.filter((userName) => userName === 'nobody')).toHaveLength(1);
    expect(JSON.stringify(failures)).not.toContain('Wrong!Passw0rd');
  });
});

describe('MFA at sign-in', () => {
  it('asks an IAM user with a device for the code, accepts it once, and refuses it replayed', async () => {
    await userWithPassword('erin');
    const { seed } = await enableMfa('erin');
    const client = new GraphQLClient(api.graphqlUrl);
    expect((await client.data(signIn, { input: { account: home.accountId, userName: 'erin', password: strongPassword } })).signIn.state).toBe('MfaRequired');
    expect((await client.error(whoAmI)).extensions.code).toBe('MissingAuthenticationToken');

    const code = nextCode(seed);
    const wrongCode = code === '000000' ? '111111' : '000000';
    expect((await client.error(submitMfa, { code: wrongCode })).extensions.code).toBe('AccessDenied');
    expect((await client.data(submitMfa, { code })).submitSignInMfaCode.state).toBe('Active');
    expect((await client.data(whoAmI)).getCallerIdentity.arn).toMatch(/:user\/erin$/);

    const replay = new GraphQLClient(api.graphqlUrl);
    await replay.data(signIn, { input: { account: home.accountId, userName: 'erin', password: strongPassword } });
    expect((await replay.error(submitMfa, { code })).extensions.code).toBe('AccessDenied');
  });

  it('asks the root user for its MFA code too, and the session then counts as MFA-authenticated', async () => {
    const { seed } = await enableMfa();
    const client = new GraphQLClient(api.graphqlUrl);
    expect((await client.data(signIn, { input: { email: home.email, password: home.password } })).signIn.state).toBe('MfaRequired');
    expect((await client.data(submitMfa, { code: nextCode(seed) })).submitSignInMfaCode.state).toBe('Active');
    const sessions = await api.prisma.consoleSession.findMany({ where: { accountId: home.accountId, userId: null, state: 'Active', mfaAuthenticated: true } });
    expect(sessions).toHaveLength(1);
  });
});

describe('password changes', () => {
  it('forces a new password when passwordResetRequired is set, under the account password policy', async () => {
    await api.prisma.passwordPolicy.create({
      data: { accountId: home.accountId, minimumPasswordLength: 12, requireSymbols: true, requireNumbers: true, passwordReusePrevention: 3 },
    });
    await userWithPassword('frank', { passwordResetRequired: true });
    const client = new GraphQLClient(api.graphqlUrl);
    expect((await client.data(signIn, { input: { account: home.accountId, userName: 'frank', password: strongPassword } })).signIn.state).toBe('PasswordChangeRequired');
    expect((await client.error(whoAmI)).extensions.code).toBe('MissingAuthenticationToken');

    const weak = await client.error(submitNewPassword, { pw: 'short' });
    expect(weak.extensions.code).toBe('PasswordPolicyViolation');
    expect(weak.message).toContain('Password should have a minimum length of 12');
    expect((await client.error(submitNewPassword, { pw: strongPassword })).message).toBe('Policy Error: PasswordReusePrevention');

    expect((await client.data(submitNewPassword, { pw: 'An0ther!Password' })).submitSignInNewPassword.state).toBe('Active');
    expect((await client.data(whoAmI)).getCallerIdentity.arn).toMatch(/:user\/frank$/);
    const profile = await api.prisma.loginProfile.findFirstOrThrow({ where: { user: { userName: 'frank', accountId: home.accountId } } });
    expect(profile.passwordResetRequired).toBe(false);
  });

  it('forces a change of an expired password, and refuses it outright under hard expiry', async () => {
    const user = await userWithPassword('gina');
    await api.prisma.passwordPolicy.update({ where: { accountId: home.accountId }, data: { maxPasswordAge: 30 } });
    await api.prisma.loginProfile.update({ where: { userId: user.id }, data: { passwordChangedAt: new Date(Date.now() - 31 * 86_400_000) } });
    const input = { account: home.accountId, userName: 'gina', password: strongPassword };
    expect((await new GraphQLClient(api.graphqlUrl).data(signIn, { input })).signIn.state).toBe('PasswordChangeRequired');

    await api.prisma.passwordPolicy.update({ where: { accountId: home.accountId }, data: { hardExpiry: true } });
    const refused = await new GraphQLClient(api.graphqlUrl).error(signIn, { input });
    expect(refused).toMatchObject({ extensions: { code: 'AccessDenied' }, message: 'Your password has expired. Contact your administrator to reset it.' });
    await api.prisma.passwordPolicy.update({ where: { accountId: home.accountId }, data: { hardExpiry: false, maxPasswordAge: null } });
  });

  it('lets a user change their own password with iam:ChangePassword on ${aws:username}, and nobody else\'s', async () => {
    const selfService = allow('iam:ChangePassword', `arn:aws:iam::${home.accountId}:user/\${aws:username}`);
    await userWithPassword('hana', { policies: { SelfService: selfService } });
    await userWithPassword('ivan');

    const hana = new GraphQLClient(api.graphqlUrl);
    await hana.data(signIn, { input: { account: home.accountId, userName: 'hana', password: strongPassword } });
    expect((await hana.error(changePassword, { input: { oldPassword: 'Wr0ng!Password', newPassword: 'Brand!New0Passw' } })).message).toBe('The old password is incorrect.');
    expect((await hana.data(changePassword, { input: { oldPassword: strongPassword, newPassword: 'Brand!New0Passw' } })).changePassword).toBe(true);
    const again = new GraphQLClient(api.graphqlUrl);
    expect((await again.data(signIn, { input: { account: home.accountId, userName: 'hana', password: 'Brand!New0Passw' } })).signIn.state).toBe('Active');

    const ivan = new GraphQLClient(api.graphqlUrl);
    await ivan.data(signIn, { input: { account: home.accountId, userName: 'ivan', password: strongPassword } });
    const denied = await ivan.error(changePassword, { input: { oldPassword: strongPassword, newPassword: 'Brand!New0Passw' } });
    expect(denied.extensions.code).toBe('AccessDenied');
  });
});

describe('the root user changing its password', () => {
  const changePassword = 'mutation ($input: ChangePasswordInput!) { changePassword(input: $input) }';

  it('proves the old password, keeps AWS\'s root password rules, and signs in with the new one', async () => {
    const account = await world.account();
    expect((await account.root.error(changePassword, { input: { oldPassword: 'Wr0ng!Password', newPassword: 'Brand!New0Passw' } })).extensions.code).toBe('AccessDenied');
    const weak = await account.root.error(changePassword, { input: { oldPassword: account.password, newPassword: 'alllowercase' } });
    expect(weak).toMatchObject({
      extensions: { code: 'PasswordPolicyViolation' },
      message: 'Password should have at least three of: uppercase letters, lowercase letters, numbers, symbols',
    });
    expect((await account.root.error(changePassword, { input: { oldPassword: account.password, newPassword: 'Sh0rt!' } })).message).toBe(
      'Password should have a minimum length of 8',
    );
    expect((await account.root.data(changePassword, { input: { oldPassword: account.password, newPassword: 'Root-Brand-New-2026' } })).changePassword).toBe(true);
    const fresh = new GraphQLClient(api.graphqlUrl);
    expect((await fresh.data(signIn, { input: { email: account.email, password: 'Root-Brand-New-2026' } })).signIn.state).toBe('Active');
    expect((await new GraphQLClient(api.graphqlUrl).error(signIn, { input: { email: account.email, password: account.password } })).extensions.code).toBe('AccessDenied');
  });
});

describe('throttling repeated failures', () => {
  // Every test here signs in from 127.0.0.1: each starts with no failures from it, as after the throttle's window, so
  // that the address's own limit (20) is not what refuses them.
  beforeEach(() => api.prisma.signInAttempt.deleteMany());

  it('lets three failures through, then refuses even the right password until the wait is over', async () => {
    await userWithPassword('judy');
    const client = new GraphQLClient(api.graphqlUrl);
    const wrong = { account: home.accountId, userName: 'judy', password: 'Wrong!Passw0rd' };
    for (let attempt = 0; attempt < 3; attempt++) expect((await client.error(signIn, { input: wrong })).extensions.code).toBe('AccessDenied');
    const throttled = await client.error(signIn, { input: { ...wrong, password: strongPassword } });
    expect(throttled.extensions).toMatchObject({ code: 'Throttling', retryAfterSeconds: 1 });
    expect(await api.prisma.auditEvent.count({ where: { eventName: 'ConsoleLogin', errorCode: 'Throttling' } })).toBeGreaterThan(0);

    await new Promise((resolve) => setTimeout(resolve, 1100));
    expect((await client.data(signIn, { input: { ...wrong, password: strongPassword } })).signIn.state).toBe('Active');
  });

  it('throttles the forced password change step as the steps before it', async () => {
    await userWithPassword('mia', { passwordResetRequired: true });
    const mia = new GraphQLClient(api.graphqlUrl);
    expect((await mia.data(signIn, { input: { account: home.accountId, userName: 'mia', password: strongPassword } })).signIn.state).toBe('PasswordChangeRequired');
    for (let attempt = 0; attempt < 3; attempt++) expect((await mia.error(submitNewPassword, { pw: 'short' })).extensions.code).toBe('PasswordPolicyViolation');
    expect((await mia.error(submitNewPassword, { pw: 'Brand!New0Passw' })).extensions.code).toBe('Throttling');
  });

  it('counts guesses through the account alias and through the account ID as one principal', async () => {
    await userWithPassword('kim');
    const client = new GraphQLClient(api.graphqlUrl);
    const byId = { account: home.accountId, userName: 'kim', password: 'Wrong!Passw0rd' };
    const byAlias = { ...byId, account: `acme-${home.accountId}` };
    for (const input of [byId, byAlias, byId]) expect((await client.error(signIn, { input })).extensions.code).toBe('AccessDenied');
    expect((await client.error(signIn, { input: { ...byAlias, password: strongPassword } })).extensions.code).toBe('Throttling');
    await new Promise((resolve) => setTimeout(resolve, 1100));
    expect((await client.data(signIn, { input: { ...byAlias, password: strongPassword } })).signIn.state).toBe('Active');
  });

  it("throttles ChangePassword's old-password guesses as sign-in's, and audits each refusal", async () => {
    await userWithPassword('leo', { policies: { Own: allow('iam:ChangePassword') } });
    const leo = new GraphQLClient(api.graphqlUrl);
    await leo.data(signIn, { input: { account: home.accountId, userName: 'leo', password: strongPassword } });
    const guess = (oldPassword: string) => leo.error(changePassword, { input: { oldPassword, newPassword: 'Brand!New0Passw' } });
    for (let attempt = 0; attempt < 3; attempt++) expect((await guess('Wrong!Passw0rd')).extensions.code).toBe('AccessDenied');
    expect((await guess(strongPassword)).extensions).toMatchObject({ code: 'Throttling', retryAfterSeconds: 1 });
    const events = await api.prisma.auditEvent.findMany({ where: { eventName: 'ChangePassword', principalArn: { endsWith: ':user/leo' } }, orderBy: { eventTime: 'asc' } });
    expect(events.map((event) => event.errorCode)).toEqual(['AccessDenied', 'AccessDenied', 'AccessDenied', 'Throttling']);
    await new Promise((resolve) => setTimeout(resolve, 1100));
    expect((await leo.data(changePassword, { input: { oldPassword: strongPassword, newPassword: 'Brand!New0Passw' } })).changePassword).toBe(true);
  });
});

describe('throttling guesses at MFA codes and passwords after sign-in', () => {
  beforeEach(() => api.prisma.signInAttempt.deleteMany());

  it('throttles MFA code guessing at sign-in as password guessing: three wrong codes, then even the right one waits', async () => {
    await userWithPassword('nina');
    const { seed } = await enableMfa('nina');
    const nina = new GraphQLClient(api.graphqlUrl);
    expect((await nina.data(signIn, { input: { account: home.accountId, userName: 'nina', password: strongPassword } })).signIn.state).toBe('MfaRequired');
    const code = nextCode(seed);
    const wrongCode = code === '000000' ? '111111' : '000000';
    for (let attempt = 0; attempt < 3; attempt++) expect((await nina.error(submitMfa, { code: wrongCode })).extensions.code).toBe('AccessDenied');
    expect((await nina.error(submitMfa, { code })).extensions).toMatchObject({ code: 'Throttling', retryAfterSeconds: 1 });
    await new Promise((resolve) => setTimeout(resolve, 1100));
    expect((await nina.data(submitMfa, { code })).submitSignInMfaCode.state).toBe('Active');
  });

  it("throttles the root user's ChangePassword guesses at its old password, under the count of its sign-in", async () => {
    const account = await world.account();
    const guess = (oldPassword: string) => account.root.error(changePassword, { input: { oldPassword, newPassword: 'Root-Brand-New-2026' } });
    for (let attempt = 0; attempt < 3; attempt++) expect((await guess('Wr0ng!Password')).extensions.code).toBe('AccessDenied');
    expect((await guess(account.password)).extensions).toMatchObject({ code: 'Throttling', retryAfterSeconds: 1 });
    // The same principal: its sign-in from this address waits too.
    expect((await new GraphQLClient(api.graphqlUrl).error(signIn, { input: { email: account.email, password: account.password } })).extensions.code).toBe('Throttling');
    await new Promise((resolve) => setTimeout(resolve, 1100));
    expect((await account.root.data(changePassword, { input: { oldPassword: account.password, newPassword: 'Root-Brand-New-2026' } })).changePassword).toBe(true);
  });

  it('throttles MFA codes sent to STS (GetSessionToken) as those of sign-in, and a right code clears the count', async () => {
    const account = await world.account();
    const { serialNumber, seed } = await enableMfa(undefined, account.root);
    const getSessionToken = 'mutation ($input: GetSessionTokenInput) { getSessionToken(input: $input) { credentials { accessKeyId } } }';
    const code = nextCode(seed);
    const wrongCode = code === '000000' ? '111111' : '000000';
    for (let attempt = 0; attempt < 3; attempt++) {
      expect((await account.root.error(getSessionToken, { input: { serialNumber, tokenCode: wrongCode } })).extensions.code).toBe('AccessDenied');
    }
    expect((await account.root.error(getSessionToken, { input: { serialNumber, tokenCode: code } })).extensions).toMatchObject({ code: 'Throttling', retryAfterSeconds: 1 });
    await new Promise((resolve) => setTimeout(resolve, 1100));
    expect((await account.root.data(getSessionToken, { input: { serialNumber, tokenCode: code } })).getSessionToken.credentials.accessKeyId).toMatch(/^ASIA/);
    const latest = await api.prisma.signInAttempt.findFirst({ where: { principalKey: `root:${account.email}`.toLowerCase() }, orderBy: { createdAt: 'desc' } });
    expect(latest?.succeeded).toBe(true);
  });
});

describe('CSRF', () => {
  it('refuses a state-changing request a cross-site form could send (text/plain, no preflight), changing nothing', async () => {
    const client = new GraphQLClient(api.graphqlUrl);
    await client.signIn(home.email, home.password);
    const body = JSON.stringify({ query: 'mutation { createUser(input: { userName: "csrf-victim" }) { userName } }' });
    const response = await fetch(api.graphqlUrl, { method: 'POST', headers: { 'content-type': 'text/plain', cookie: client.cookie! }, body });
    expect(response.status).toBe(400);
    expect(await response.text()).toMatch(/CSRF/i);
    expect(await api.prisma.user.count({ where: { userName: 'csrf-victim' } })).toBe(0);
  });
});
