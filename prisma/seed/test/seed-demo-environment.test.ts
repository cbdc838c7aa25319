import { randomBytes } from 'node:crypto';
import { SecretBox, verifyPassword } from '@gatehouse/credentials';
import { createTestDatabase, type TestDatabase } from '@gatehouse/db/testing';
import { DEVELOPMENT_ACCOUNT_ID, PRODUCTION_ACCOUNT_ID, seedDemoEnvironment, type DemoSeedResult } from '@gatehouse/seed';

jest.setTimeout(60_000);

let database: TestDatabase;
const secretBox = new SecretBox(randomBytes(32));
let first: DemoSeedResult;

beforeAll(async () => {
  database = await createTestDatabase();
  first = await seedDemoEnvironment(database.prisma, secretBox);
});

afterAll(() => database.drop());

async function snapshot() {
  const { prisma } = database;
  return {
    accounts: await prisma.account.findMany({ orderBy: { id: 'asc' } }),
    users: await prisma.user.findMany({ orderBy: { id: 'asc' } }),
    groups: await prisma.group.findMany({ orderBy: { id: 'asc' } }),
    roles: await prisma.role.findMany({ orderBy: { id: 'asc' } }),
    instanceProfiles: await prisma.instanceProfile.findMany({ orderBy: { id: 'asc' } }),
    openIdConnectProviders: await prisma.openIdConnectProvider.findMany({ orderBy: { id: 'asc' } }),
    policies: await prisma.managedPolicy.findMany({ orderBy: { id: 'asc' } }),
    versions: await prisma.policyVersion.count(),
    memberships: await prisma.groupMembership.count(),
    attachments: (await prisma.groupPolicyAttachment.count()) + (await prisma.userPolicyAttachment.count()) + (await prisma.rolePolicyAttachment.count()),
    accessKeys: await prisma.accessKey.findMany(),
    tags: (await prisma.userTag.count()) + (await prisma.roleTag.count()) + (await prisma.policyTag.count()),
  };
}

test('two accounts, production and development, each with a root user whose printed password works', async () => {
  const accounts = await database.prisma.account.findMany({ orderBy: { alias: 'asc' } });
  expect(accounts.map((account) => [account.id, account.alias])).toEqual([
    [DEVELOPMENT_ACCOUNT_ID, 'acme-development'],
    [PRODUCTION_ACCOUNT_ID, 'acme-production'],
  ]);
  for (const signIn of first.signIns) {
    const account = accounts.find((candidate) => candidate.id === signIn.accountId)!;
    expect(account.rootEmail).toBe(signIn.rootEmail);
    expect(await verifyPassword(account.rootPasswordHash, signIn.rootPassword!)).toBe(true);
  }
});

test('the core AWS managed policies are shared by every account, with their real documents', async () => {
  const policies = await database.prisma.managedPolicy.findMany({
    where: { accountId: null },
    include: { versions: true },
    orderBy: { policyName: 'asc' },
  });
  expect(policies.map((policy) => policy.arn)).toEqual(
    ['AdministratorAccess', 'IAMFullAccess', 'IAMReadOnlyAccess', 'IAMUserChangePassword', 'PowerUserAccess', 'ReadOnlyAccess'].map(
      (name) => `arn:aws:iam::aws:policy/${name}`,
    ),
  );
  const documentOf = (name: string) => {
    const policy = policies.find((candidate) => candidate.policyName === name)!;
    const version = policy.versions.find((candidate) => candidate.versionId === policy.defaultVersionId)!;
    return JSON.parse(version.document);
  };
  expect(documentOf('AdministratorAccess').Statement).toEqual([{ Effect: 'Allow', Action: '*', Resource: '*' }]);
  expect(documentOf('PowerUserAccess').Statement[0]).toEqual({
    Effect: 'Allow',
    NotAction: ['iam:*', 'organizations:*', 'account:*'],
    Resource: '*',
  });
  expect(documentOf('IAMUserChangePassword').Statement[0].Resource).toEqual([
    'arn:aws:iam::*:user/${aws:username}',
    'arn:aws:iam::*:user/*/${aws:username}',
  ]);
  const readOnlyActions: string[] = documentOf('ReadOnlyAccess').Statement.flatMap((statement: { Action: string[] }) => statement.Action);
  expect(readOnlyActions).toEqual(expect.arrayContaining(['s3:Get*', 'ec2:Describe*', 'iam:Get*']));
  expect(readOnlyActions.length).toBeGreaterThan(1000);
});

test('humans get their permissions from the Admins and Developers groups, not directly', async () => {
  const { prisma } = database;
  for (const accountId of [PRODUCTION_ACCOUNT_ID, DEVELOPMENT_ACCOUNT_ID]) {
    const groups = await prisma.group.findMany({
      where: { accountId },
      include: { attachedPolicies: { include: { policy: true } }, members: { include: { user: true } } },
      orderBy: { groupName: 'asc' },
    });
    expect(groups.map((group) => group.groupName)).toEqual(['Admins', 'Developers']);
    expect(groups[0]!.attachedPolicies.map((attachment) => attachment.policy.policyName)).toEqual(['AdministratorAccess']);
    expect(groups[1]!.attachedPolicies.map((attachment) => attachment.policy.policyName)).toContain('PowerUserAccess');
    expect(groups.every((group) => group.members.length > 0)).toBe(true);
  }
  const humansWithDirectPolicies = await prisma.user.count({ where: { loginProfile: { isNot: null }, attachedPolicies: { some: {} } } });
  expect(humansWithDirectPolicies).toBe(0);
  const signInUsers = first.signIns.flatMap((signIn) => signIn.users.map((user) => ({ ...user, accountId: signIn.accountId })));
  for (const signIn of signInUsers) {
    const user = await prisma.user.findUniqueOrThrow({
      where: { accountId_userName: { accountId: signIn.accountId, userName: signIn.userName } },
      include: { loginProfile: true },
    });
    expect(await verifyPassword(user.loginProfile!.passwordHash, signIn.password)).toBe(true);
    expect(user.loginProfile!.passwordResetRequired).toBe(signIn.passwordResetRequired);
  }
});

test('jenkins deploys with an access key whose secret is stored sealed', async () => {
  const jenkins = await database.prisma.user.findUniqueOrThrow({
    where: { accountId_userName: { accountId: PRODUCTION_ACCOUNT_ID, userName: 'jenkins' } },
    include: { accessKeys: true, loginProfile: true, attachedPolicies: { include: { policy: { include: { versions: true } } } } },
  });
  expect(jenkins.arn).toBe(`arn:aws:iam::${PRODUCTION_ACCOUNT_ID}:user/system/jenkins`);
  expect(jenkins.loginProfile).toBeNull();
  expect(first.createdAccessKeys).toHaveLength(1);
  const [created] = first.createdAccessKeys;
  const [stored] = jenkins.accessKeys;
  expect(stored!.accessKeyId).toBe(created!.accessKeyId);
  expect(stored!.secretSealed).not.toContain(created!.secretAccessKey);
  expect(secretBox.unseal(stored!.secretSealed, stored!.accessKeyId)).toBe(created!.secretAccessKey);

  const [deploy] = jenkins.attachedPolicies;
  expect(deploy!.policy.defaultVersionId).toBe('v3');
  expect(deploy!.policy.versions.map((version) => version.versionId).sort()).toEqual(['v1', 'v2', 'v3']);
  const document = deploy!.policy.versions.find((version) => version.versionId === 'v3')!.document;
  expect(document).toContain('ecr:PutImage');
  expect(document).toContain('ec2:RunInstances');
});

test('EC2 assumes the website role; the development account may assume the read-only role in production', async () => {
  const roles = await database.prisma.role.findMany({
    where: { accountId: PRODUCTION_ACCOUNT_ID },
    include: { attachedPolicies: { include: { policy: true } }, tags: true, instanceProfiles: true },
    orderBy: { roleName: 'asc' },
  });
  const [readOnly, website] = ['DevelopmentReadOnly', 'WebsiteRole'].map((name) => roles.find((role) => role.roleName === name));
  expect(JSON.parse(website!.assumeRolePolicyDocument).Statement[0].Principal).toEqual({ Service: 'ec2.amazonaws.com' });
  // The instance profile that hands the role to the website's instances.
  expect(website!.instanceProfiles.map((profile) => profile.arn)).toEqual([`arn:aws:iam::${PRODUCTION_ACCOUNT_ID}:instance-profile/application/WebsiteRole`]);
  expect(readOnly!.instanceProfiles).toEqual([]);
  expect(website!.attachedPolicies[0]!.policy.policyName).toBe('WebsiteDatabaseAccess');
  expect(website!.tags).toEqual(expect.arrayContaining([expect.objectContaining({ key: 'Application', value: 'website' })]));
  expect(JSON.parse(readOnly!.assumeRolePolicyDocument).Statement[0].Principal).toEqual({
    AWS: `arn:aws:iam::${DEVELOPMENT_ACCOUNT_ID}:root`,
  });
  expect(readOnly!.attachedPolicies[0]!.policy.arn).toBe('arn:aws:iam::aws:policy/ReadOnlyAccess');
});

test('GitHub Actions is an OIDC provider of production, whose website workflow on main may assume GitHubActionsDeploy', async () => {
  const provider = await database.prisma.openIdConnectProvider.findFirstOrThrow({ where: { accountId: PRODUCTION_ACCOUNT_ID }, include: { tags: true } });
  expect(provider).toMatchObject({
    url: 'token.actions.githubusercontent.com',
    arn: `arn:aws:iam::${PRODUCTION_ACCOUNT_ID}:oidc-provider/token.actions.githubusercontent.com`,
    clientIDList: ['sts.amazonaws.com'],
  });
  const role = await database.prisma.role.findFirstOrThrow({ where: { accountId: PRODUCTION_ACCOUNT_ID, roleName: 'GitHubActionsDeploy' } });
  const [statement] = JSON.parse(role.assumeRolePolicyDocument).Statement;
  expect(statement).toMatchObject({ Principal: { Federated: provider.arn }, Action: 'sts:AssumeRoleWithWebIdentity' });
  expect(statement.Condition.StringEquals['token.actions.githubusercontent.com:sub']).toBe('repo:acme/website:ref:refs/heads/main');
});

test('customer managed policies keep several versions, the last one default', async () => {
  const policies = await database.prisma.managedPolicy.findMany({
    where: { accountId: PRODUCTION_ACCOUNT_ID },
    include: { versions: true },
  });
  const multiVersion = policies.filter((policy) => policy.versions.length > 1);
  expect(multiVersion.map((policy) => policy.policyName).sort()).toEqual(['JenkinsDeploy', 'WebsiteDatabaseAccess']);
  for (const policy of policies) expect(policy.defaultVersionId).toBe(`v${policy.versions.length}`);
});

test('running the seed again changes nothing, creates no second access key and repeats no password', async () => {
  const before = await snapshot();
  const again = await seedDemoEnvironment(database.prisma, secretBox);
  expect(again).toEqual({ createdAccessKeys: [], signIns: [] });
  expect(await snapshot()).toEqual(before);
  expect(before.tags).toBeGreaterThan(0);
});

test('a demo user deleted since is created again, and only its password is shown', async () => {
  await database.prisma.user.delete({ where: { accountId_userName: { accountId: PRODUCTION_ACCOUNT_ID, userName: 'carol' } } });
  const again = await seedDemoEnvironment(database.prisma, secretBox);
  const carol = first.signIns.find((signIn) => signIn.accountId === PRODUCTION_ACCOUNT_ID)!.users.find((user) => user.userName === 'carol')!;
  expect(again.signIns).toEqual([
    { accountId: PRODUCTION_ACCOUNT_ID, alias: 'acme-production', rootEmail: expect.any(String), rootPassword: null, users: [carol] },
  ]);
});
