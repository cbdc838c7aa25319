import { startTestApi, type TestApi } from './support/test-api';
import { allow, createManagedPolicy } from './authz/iam-fixtures';
import { IamWorld, trust } from './auth/iam-world';
import { SignedGraphQLClient, type AwsCredentials } from './auth/signed-client';

let api: TestApi;
let world: IamWorld;
let home: Awaited<ReturnType<IamWorld['account']>>;
let other: Awaited<ReturnType<IamWorld['account']>>;

const assumeRole = `mutation ($input: AssumeRoleInput!) {
  assumeRole(input: $input) { credentials { accessKeyId secretAccessKey sessionToken expiration } assumedRoleUser { assumedRoleId arn } }
}`;
const whoAmI = '{ getCallerIdentity { account arn userId } }';

beforeAll(async () => {
  api = await startTestApi();
  world = new IamWorld(api);
  home = await world.account();
  other = await world.account();
});
afterAll(() => api.stop());

const signed = (credentials: AwsCredentials) => new SignedGraphQLClient(api.graphqlUrl, credentials);

async function userKey(accountId: string, root: typeof home.root, userName: string, policies: Parameters<IamWorld['user']>[2] = {}) {
  const user = await world.user(accountId, userName, policies);
  return { user, key: await world.accessKey(root, userName) };
}

describe('assumeRole in the same account', () => {
  it('issues ASIA credentials for assumed-role/ROLE/SESSION that carry the role\'s permissions', async () => {
    const { user, key } = await userKey(home.accountId, home.root, 'dev');
    const role = await world.role(home.accountId, 'Reader', trust({ AWS: user.arn }), { Read: allow('iam:ListUsers') }, 7200);
    const { assumeRole: result } = await signed(key).data(assumeRole, { input: { roleArn: role.arn, roleSessionName: 'dev-session', durationSeconds: 7200 } });

    expect(result.credentials.accessKeyId).toMatch(/^ASIA/);
    expect(result.assumedRoleUser).toEqual({ assumedRoleId: `${role.id}:dev-session`, arn: `arn:aws:sts::${home.accountId}:assumed-role/Reader/dev-session` });
    const session = signed(result.credentials);
    expect((await session.data(whoAmI)).getCallerIdentity).toEqual({ account: home.accountId, arn: result.assumedRoleUser.arn, userId: `${role.id}:dev-session` });
    expect((await session.data('{ listUsers { totalCount } }')).listUsers.totalCount).toBeGreaterThan(0);
    const denied = await session.error('mutation { createUser(input: { userName: "x" }) { userName } }');
    expect(denied.message).toBe(
      `User: ${result.assumedRoleUser.arn} is not authorized to perform: iam:CreateUser on resource: arn:aws:iam::${home.accountId}:user/x because no identity-based policy allows the iam:CreateUser action`,
    );
    const event = await api.prisma.auditEvent.findFirstOrThrow({ where: { eventName: 'AssumeRole', resources: { has: role.arn } } });
    expect(event).toMatchObject({ eventSource: 'sts.amazonaws.com', principalArn: user.arn, accessKeyId: key.accessKeyId });
  });

  it('refuses a caller the trust policy does not name, with AWS\'s message, and a role that does not exist alike', async () => {
    const { user, key } = await userKey(home.accountId, home.root, 'stranger');
    const role = await world.role(home.accountId, 'Private', trust({ AWS: `arn:aws:iam::${home.accountId}:user/someone-else` }));
    for (const roleArn of [role.arn, `arn:aws:iam::${home.accountId}:role/Missing`]) {
      const error = await signed(key).error(assumeRole, { input: { roleArn, roleSessionName: 's1' } });
      expect(error.extensions.code).toBe('AccessDenied');
      expect(error.message).toMatch(new RegExp(`^User: ${user.arn} is not authorized to perform: sts:AssumeRole on resource: ${roleArn.replace(/[/]/g, '\\/')}`));
    }
  });

  it('refuses users a role that only a service principal may assume', async () => {
    const { key } = await userKey(home.accountId, home.root, 'ec2-wannabe', { All: allow('*') });
    const role = await world.role(home.accountId, 'Ec2Only', trust({ Service: 'ec2.amazonaws.com' }));
    expect((await signed(key).error(assumeRole, { input: { roleArn: role.arn, roleSessionName: 'ss' } })).extensions.code).toBe('AccessDenied');
    expect((await home.root.error(assumeRole, { input: { roleArn: role.arn, roleSessionName: 'ss' } })).extensions.code).toBe('AccessDenied');
  });

  it('narrows the session to the intersection of the role\'s policies and the session policy', async () => {
    const { user, key } = await userKey(home.accountId, home.root, 'narrow');
    const role = await world.role(home.accountId, 'Broad', trust({ AWS: user.arn }), { Broad: allow(['iam:ListUsers', 'iam:GetUser']) });
    const sessionPolicy = JSON.stringify(allow('iam:GetUser'));
    const { assumeRole: result } = await signed(key).data(assumeRole, { input: { roleArn: role.arn, roleSessionName: 'narrow', policy: sessionPolicy } });
    const session = signed(result.credentials);
    expect((await session.data('{ getUser(userName: "narrow") { userName } }')).getUser.userName).toBe('narrow');
    const denied = await session.error('{ listUsers { totalCount } }');
    expect(denied.extensions.code).toBe('AccessDenied');
    expect(denied.message).toMatch(/because no session policy allows the iam:ListUsers action$/);
  });

  it('narrows the session to managed session policies given as PolicyArns', async () => {
    const { user, key } = await userKey(home.accountId, home.root, 'managed-narrow');
    const role = await world.role(home.accountId, 'BroadManaged', trust({ AWS: user.arn }), { Broad: allow(['iam:ListUsers', 'iam:GetUser']) });
    const getUserOnly = await createManagedPolicy(api.prisma, home.accountId, 'SessionGetUserOnly', [allow('iam:GetUser')]);
    const { assumeRole: result } = await signed(key).data(assumeRole, { input: { roleArn: role.arn, roleSessionName: 'managed', policyArns: [{ arn: getUserOnly.arn }] } });
    const session = signed(result.credentials);
    expect((await session.data('{ getUser(userName: "managed-narrow") { userName } }')).getUser.userName).toBe('managed-narrow');
    expect((await session.error('{ listUsers { totalCount } }')).message).toMatch(/because no session policy allows the iam:ListUsers action$/);
  });

  it('keeps durations within the role\'s maximum and refuses a malformed session policy, issuing nothing', async () => {
    const { user, key } = await userKey(home.accountId, home.root, 'durations');
    const role = await world.role(home.accountId, 'OneHour', trust({ AWS: user.arn }));
    const before = await api.prisma.stsSession.count();
    const tooLong = await signed(key).error(assumeRole, { input: { roleArn: role.arn, roleSessionName: 'ss', durationSeconds: 7200 } });
    expect(tooLong).toMatchObject({ extensions: { code: 'InvalidInput' }, message: 'The requested DurationSeconds exceeds the MaxSessionDuration set for this role.' });
    const malformed = await signed(key).error(assumeRole, { input: { roleArn: role.arn, roleSessionName: 'ss', policy: '{"Statement": 3}' } });
    expect(malformed.extensions.code).toBe('MalformedPolicyDocument');
    expect(await api.prisma.stsSession.count()).toBe(before);
  });

  it('stops accepting the credentials once they expire, and when the role\'s sessions are revoked', async () => {
    const { user, key } = await userKey(home.accountId, home.root, 'expiring');
    const role = await world.role(home.accountId, 'Expiring', trust({ AWS: user.arn }));
    const first = (await signed(key).data(assumeRole, { input: { roleArn: role.arn, roleSessionName: 'aa' } })).assumeRole.credentials;
    const second = (await signed(key).data(assumeRole, { input: { roleArn: role.arn, roleSessionName: 'bb' } })).assumeRole.credentials;
    await api.prisma.stsSession.update({ where: { accessKeyId: first.accessKeyId }, data: { expiration: new Date(Date.now() - 1) } });
    await api.server.caughtUp();
    expect((await signed(first).error(whoAmI)).extensions.code).toBe('ExpiredToken');

    expect((await signed(second).data(whoAmI)).getCallerIdentity.arn).toMatch(/assumed-role\/Expiring\/bb$/);
    const revoked = await home.root.data('mutation { revokeRoleSessions(input: { roleName: "Expiring" }) }');
    expect(revoked.revokeRoleSessions).toBe(2);
    expect((await signed(second).error(whoAmI)).extensions.code).toBe('InvalidClientTokenId');
    // New sessions may still be issued after a revocation.
    const third = (await signed(key).data(assumeRole, { input: { roleArn: role.arn, roleSessionName: 'cc' } })).assumeRole.credentials;
    expect((await signed(third).data(whoAmI)).getCallerIdentity.arn).toMatch(/assumed-role\/Expiring\/cc$/);
  });
});

describe('assumeRole across accounts', () => {
  it('needs both the role\'s trust policy and the caller\'s own identity policy', async () => {
    const { user: withPolicy, key: withPolicyKey } = await userKey(home.accountId, home.root, 'xacct-allowed', {});
    const { user: withoutPolicy, key: withoutPolicyKey } = await userKey(home.accountId, home.root, 'xacct-no-policy');
    const role = await world.role(other.accountId, 'CrossAccountReader', trust({ AWS: [withPolicy.arn, withoutPolicy.arn] }), {
      Read: allow('iam:ListUsers'),
    });
    const untrusted = await world.role(other.accountId, 'Untrusted', trust({ AWS: `arn:aws:iam::${other.accountId}:root` }));
    await api.prisma.userPolicy.create({
      data: { userId: withPolicy.id, policyName: 'AssumeAnywhere', policyDocument: JSON.stringify(allow('sts:AssumeRole', `arn:aws:iam::${other.accountId}:role/*`)) },
    });

    const { assumeRole: result } = await signed(withPolicyKey).data(assumeRole, { input: { roleArn: role.arn, roleSessionName: 'xx' } });
    expect((await signed(result.credentials).data(whoAmI)).getCallerIdentity.account).toBe(other.accountId);

    const noIdentityAllow = await signed(withoutPolicyKey).error(assumeRole, { input: { roleArn: role.arn, roleSessionName: 'xx' } });
    expect(noIdentityAllow.message).toMatch(/because no identity-based policy allows the sts:AssumeRole action$/);
    const noTrust = await signed(withPolicyKey).error(assumeRole, { input: { roleArn: untrusted.arn, roleSessionName: 'xx' } });
    expect(noTrust.extensions.code).toBe('AccessDenied');
  });
});

describe('switch role in the console', () => {
  it('makes the console session act as the role session until it switches back', async () => {
    const user = await world.user(home.accountId, 'switcher');
    const role = await world.role(home.accountId, 'Console', trust({ AWS: user.arn }), { Read: allow('iam:ListUsers') });
    const console = await world.session(home.accountId, 'switcher');
    expect((await console.error('{ listUsers { totalCount } }')).extensions.code).toBe('AccessDenied');

    const switched = await console.data('mutation ($input: SwitchRoleInput!) { switchRole(input: $input) { assumedRoleUser { arn } expiration } }', {
      input: { roleArn: role.arn },
    });
    expect(switched.switchRole.assumedRoleUser.arn).toBe(`arn:aws:sts::${home.accountId}:assumed-role/Console/switcher`);
    expect((await console.data(whoAmI)).getCallerIdentity.arn).toBe(switched.switchRole.assumedRoleUser.arn);
    expect((await console.data('{ listUsers { totalCount } }')).listUsers.totalCount).toBeGreaterThan(0);

    await console.data('mutation { switchRoleBack }');
    expect((await console.data(whoAmI)).getCallerIdentity.arn).toBe(user.arn);
    expect((await console.error('{ listUsers { totalCount } }')).extensions.code).toBe('AccessDenied');
    const session = await api.prisma.stsSession.findFirstOrThrow({ where: { principalArn: switched.switchRole.assumedRoleUser.arn } });
    expect(session.revokedAt).not.toBeNull();
  });

  it("switches by account alias and role name, as AWS's form asks, and refuses an alias no account has", async () => {
    const switchRole = 'mutation ($input: SwitchRoleInput!) { switchRole(input: $input) { assumedRoleUser { arn } } }';
    await api.prisma.account.update({ where: { id: other.accountId }, data: { alias: `other-${other.accountId}` } });
    const user = await world.user(home.accountId, 'alias-switcher', { Assume: allow('sts:AssumeRole') });
    await world.role(other.accountId, 'ByAlias', trust({ AWS: user.arn }), {}, 3600);
    await api.prisma.role.update({ where: { accountId_roleName: { accountId: other.accountId, roleName: 'ByAlias' } }, data: { path: '/team/', arn: `arn:aws:iam::${other.accountId}:role/team/ByAlias` } });
    await api.server.caughtUp();
    const console = await world.session(home.accountId, 'alias-switcher');

    const switched = await console.data(switchRole, { input: { account: `other-${other.accountId}`, roleName: 'team/ByAlias' } });
    expect(switched.switchRole.assumedRoleUser.arn).toBe(`arn:aws:sts::${other.accountId}:assumed-role/ByAlias/alias-switcher`);
    await console.data('mutation { switchRoleBack }');

    const unknown = await console.error(switchRole, { input: { account: 'no-such-alias', roleName: 'ByAlias' } });
    expect(unknown).toMatchObject({ extensions: { code: 'InvalidInput' }, message: 'No account has the alias no-such-alias.' });
    const both = await console.error(switchRole, { input: { roleArn: `arn:aws:iam::${other.accountId}:role/ByAlias`, account: other.accountId, roleName: 'ByAlias' } });
    expect(both.extensions.code).toBe('InvalidInput');
  });

  it('refuses to switch to a role the trust policy does not allow', async () => {
    await world.user(home.accountId, 'no-switch');
    const role = await world.role(home.accountId, 'NotForYou', trust({ AWS: `arn:aws:iam::${home.accountId}:user/other` }));
    const console = await world.session(home.accountId, 'no-switch');
    const error = await console.error('mutation ($input: SwitchRoleInput!) { switchRole(input: $input) { expiration } }', { input: { roleArn: role.arn } });
    expect(error.extensions.code).toBe('AccessDenied');
  });
});
