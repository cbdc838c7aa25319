import { newUniqueId, policyArn, groupArn, roleArn } from '@gatehouse/db';
import { resolveApiConfig } from '../src/config';
import { startServer } from '../src/index';
import { createLogger } from '../src/logger';
import { accountQuotas } from '../src/modules/accounts/account-quotas';
import { createRootAccount, startTestApi, type RootAccount, type TestApi } from './support/test-api';
import { GraphQLClient } from './support/graphql-client';

let api: TestApi;
let root: RootAccount;
let client: GraphQLClient;

beforeAll(async () => {
  api = await startTestApi();
  root = await createRootAccount(api.prisma);
  client = new GraphQLClient(api.graphqlUrl);
  await client.signIn(root.email, root.password);
});
afterAll(() => api.stop());

async function createUser(userName: string) {
  return (await client.data('mutation ($input: CreateUserInput!) { createUser(input: $input) { userId arn } }', { input: { userName } })).createUser;
}

describe('account aliases', () => {
  const create = 'mutation ($accountAlias: String!) { createAccountAlias(input: { accountAlias: $accountAlias }) }';
  const remove = 'mutation ($accountAlias: String!) { deleteAccountAlias(input: { accountAlias: $accountAlias }) }';
  const list = '{ listAccountAliases }';

  it('sets, replaces, lists and deletes the one alias of the account', async () => {
    expect((await client.data(list)).listAccountAliases).toEqual([]);
    await client.data(create, { accountAlias: 'example-corp' });
    await client.data(create, { accountAlias: 'example-prod' });
    expect((await client.data(list)).listAccountAliases).toEqual(['example-prod']);
    expect((await client.error(remove, { accountAlias: 'example-corp' })).extensions.code).toBe('NoSuchEntity');
    await client.data(remove, { accountAlias: 'example-prod' });
    expect((await client.data(list)).listAccountAliases).toEqual([]);
  });

  it('refuses an alias another account holds, and malformed aliases', async () => {
    const other = await createRootAccount(api.prisma);
    await api.prisma.account.update({ where: { id: other.accountId }, data: { alias: 'taken-alias' } });
    const taken = await client.error(create, { accountAlias: 'taken-alias' });
    expect(taken.extensions.code).toBe('EntityAlreadyExists');
    for (const accountAlias of ['UPPER', 'double--hyphen', '-leading', 'ab']) {
      expect((await client.error(create, { accountAlias })).extensions).toMatchObject({ code: 'InvalidInput', field: 'accountAlias' });
    }
    expect((await api.prisma.account.findUniqueOrThrow({ where: { id: root.accountId } })).alias).toBeNull();
  });
});

describe('account password policy', () => {
  const get = '{ getAccountPasswordPolicy { minimumPasswordLength requireSymbols expirePasswords maxPasswordAge passwordReusePrevention hardExpiry allowUsersToChangePassword } }';
  const update = 'mutation ($input: UpdateAccountPasswordPolicyInput!) { updateAccountPasswordPolicy(input: $input) { minimumPasswordLength requireSymbols maxPasswordAge } }';

  it('answers NoSuchEntity while there is none, then the policy as set, with omitted members back to defaults', async () => {
    const missing = await client.error(get);
    expect(missing.extensions.code).toBe('NoSuchEntity');
    expect(missing.message).toBe(`The Password Policy with domain name ${root.accountId} cannot be found.`);

    await client.data(update, { input: { minimumPasswordLength: 14, requireSymbols: true, maxPasswordAge: 90, passwordReusePrevention: 5 } });
    expect((await client.data(get)).getAccountPasswordPolicy).toEqual({
      minimumPasswordLength: 14,
      requireSymbols: true,
      expirePasswords: true,
      maxPasswordAge: 90,
      passwordReusePrevention: 5,
      hardExpiry: false,
      allowUsersToChangePassword: false,
    });
    await client.data(update, { input: { requireSymbols: true } });
    expect((await client.data(get)).getAccountPasswordPolicy).toMatchObject({ minimumPasswordLength: 8, maxPasswordAge: null, expirePasswords: false });
  });

  it('refuses out-of-range values and keeps the stored policy', async () => {
    const error = await client.error(update, { input: { minimumPasswordLength: 5 } });
    expect(error.extensions).toMatchObject({ code: 'InvalidInput', field: 'minimumPasswordLength' });
    expect((await client.error(update, { input: { passwordReusePrevention: 25 } })).extensions.field).toBe('passwordReusePrevention');
    expect((await client.data(get)).getAccountPasswordPolicy.minimumPasswordLength).toBe(8);
  });

  it('deletes the policy; a second delete is NoSuchEntity', async () => {
    expect((await client.data('mutation { deleteAccountPasswordPolicy }')).deleteAccountPasswordPolicy).toBe(true);
    expect((await client.error(get)).extensions.code).toBe('NoSuchEntity');
    expect((await client.error('mutation { deleteAccountPasswordPolicy }')).extensions.code).toBe('NoSuchEntity');
  });
});

describe('getAccountSummary', () => {
  it('counts the account’s entities next to their quotas', async () => {
    const summary = async () =>
      Object.fromEntries(
        ((await client.data('{ getAccountSummary { summaryMap { key value } } }')).getAccountSummary.summaryMap as Array<{ key: string; value: number }>).map(
          (entry) => [entry.key, entry.value],
        ),
      );
    const before = await summary();
    expect(before).toMatchObject({ UsersQuota: 5000, GroupsQuota: 300, AccessKeysPerUserQuota: 2, AccountMFAEnabled: 0, AccountAccessKeysPresent: 0 });
    await createUser('summary-user');
    await client.data('mutation { createAccessKey { accessKeyId } }');
    const after = await summary();
    expect(after.Users).toBe(Number(before.Users) + 1);
    expect(after.AccountAccessKeysPresent).toBe(1);
    expect(after.Users).toBe(await api.prisma.user.count({ where: { accountId: root.accountId } }));
  });

  it('reports the quotas the server is configured to enforce', () => {
    const quotas = { groupsPerAccount: 30, rolesPerAccount: 40, policiesPerAccount: 50, groupsPerUser: 3, attachedPoliciesPerIdentity: 20, versionsPerPolicy: 4 };
    expect(accountQuotas(resolveApiConfig({ quotas }))).toMatchObject({
      GroupsQuota: 30,
      RolesQuota: 40,
      PoliciesQuota: 50,
      GroupsPerUserQuota: 3,
      AttachedPoliciesPerUserQuota: 20,
      AttachedPoliciesPerGroupQuota: 20,
      AttachedPoliciesPerRoleQuota: 20,
      VersionsPerPolicyQuota: 4,
    });
  });
});

describe('getAccountAuthorizationDetails', () => {
  const query = `query ($filter: [EntityType!]) {
    getAccountAuthorizationDetails(filter: $filter) {
      userDetailList { userName groupList userPolicyList { policyName policyDocument } attachedManagedPolicies { policyName policyArn } }
      groupDetailList { groupName groupPolicyList { policyName } attachedManagedPolicies { policyArn } }
      roleDetailList { roleName assumeRolePolicyDocument attachedManagedPolicies { policyArn } }
      policies { policyName arn defaultVersionId attachmentCount policyVersionList { versionId isDefaultVersion document } }
    }
  }`;
  const document = JSON.stringify({ Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: 's3:GetObject', Resource: '*' }] });
  const trust = JSON.stringify({ Version: '2012-10-17', Statement: [{ Effect: 'Allow', Principal: { Service: 'ec2.amazonaws.com' }, Action: 'sts:AssumeRole' }] });

  beforeAll(async () => {
    const { accountId } = root;
    const user = await createUser('auditor');
    const policyId = newUniqueId('managedPolicy');
    await api.prisma.managedPolicy.create({
      data: {
        id: policyId,
        accountId,
        policyName: 'ReadObjects',
        arn: policyArn(accountId, '/', 'ReadObjects'),
        defaultVersionId: 'v2',
        lastVersionNumber: 2,
        versions: { create: [{ versionId: 'v1', document: '{"Version":"2012-10-17","Statement":[]}' }, { versionId: 'v2', document }] },
      },
    });
    const groupId = newUniqueId('group');
    await api.prisma.group.create({
      data: {
        id: groupId,
        accountId,
        groupName: 'Readers',
        arn: groupArn(accountId, '/', 'Readers'),
        members: { create: [{ userId: user.userId }] },
        attachedPolicies: { create: [{ policyId }] },
        inlinePolicies: { create: [{ policyName: 'GroupInline', policyDocument: document }] },
      },
    });
    await api.prisma.userPolicy.create({ data: { userId: user.userId, policyName: 'UserInline', policyDocument: document } });
    await api.prisma.role.create({
      data: {
        id: newUniqueId('role'),
        accountId,
        roleName: 'WebServer',
        arn: roleArn(accountId, '/', 'WebServer'),
        assumeRolePolicyDocument: trust,
        attachedPolicies: { create: [{ policyId }] },
      },
    });
  });

  it('returns users, groups, roles and policies with their attachments and documents', async () => {
    const details = (await client.data(query)).getAccountAuthorizationDetails;
    expect(details.userDetailList.find((user: any) => user.userName === 'auditor')).toEqual({
      userName: 'auditor',
      groupList: ['Readers'],
      userPolicyList: [{ policyName: 'UserInline', policyDocument: document }],
      attachedManagedPolicies: [],
    });
    expect(details.groupDetailList).toEqual([
      { groupName: 'Readers', groupPolicyList: [{ policyName: 'GroupInline' }], attachedManagedPolicies: [{ policyArn: policyArn(root.accountId, '/', 'ReadObjects') }] },
    ]);
    expect(details.roleDetailList).toEqual([
      { roleName: 'WebServer', assumeRolePolicyDocument: trust, attachedManagedPolicies: [{ policyArn: policyArn(root.accountId, '/', 'ReadObjects') }] },
    ]);
    expect(details.policies).toEqual([
      {
        policyName: 'ReadObjects',
        arn: policyArn(root.accountId, '/', 'ReadObjects'),
        defaultVersionId: 'v2',
        attachmentCount: 2,
        policyVersionList: [
          { versionId: 'v1', isDefaultVersion: false, document: '{"Version":"2012-10-17","Statement":[]}' },
          { versionId: 'v2', isDefaultVersion: true, document },
        ],
      },
    ]);
  });

  it("gives one principal's governing policies, its groups' included, with getPrincipalPolicies", async () => {
    const principalPolicies = `query ($arn: String!) {
      getPrincipalPolicies(principalArn: $arn) { principalArn groupList identityPolicies { policyName policyArn policyType groupName policyDocument } permissionsBoundary { policyName } }
    }`;
    const auditorArn = `arn:aws:iam::${root.accountId}:user/auditor`;
    const readObjects = policyArn(root.accountId, '/', 'ReadObjects');
    expect((await client.data(principalPolicies, { arn: auditorArn })).getPrincipalPolicies).toEqual({
      principalArn: auditorArn,
      groupList: ['Readers'],
      // Managed policies first, then inline ones; each time the user's own before its groups'.
      identityPolicies: [
        { policyName: 'ReadObjects', policyArn: readObjects, policyType: 'user_managed', groupName: 'Readers', policyDocument: document },
        { policyName: 'UserInline', policyArn: null, policyType: 'user', groupName: null, policyDocument: document },
        { policyName: 'GroupInline', policyArn: null, policyType: 'group', groupName: 'Readers', policyDocument: document },
      ],
      permissionsBoundary: null,
    });
    expect((await client.error(principalPolicies, { arn: `arn:aws:iam::${root.accountId}:user/nobody` })).extensions.code).toBe('NoSuchEntity');
    expect((await client.error(principalPolicies, { arn: 'arn:aws:iam::999999999999:user/auditor' })).extensions.code).toBe('InvalidInput');
  });

  it('returns only the kinds named in the filter', async () => {
    const details = (await client.data(query, { filter: ['Role', 'LocalManagedPolicy'] })).getAccountAuthorizationDetails;
    expect(details.userDetailList).toEqual([]);
    expect(details.groupDetailList).toEqual([]);
    expect(details.roleDetailList.map((role: any) => role.roleName)).toEqual(['WebServer']);
    expect(details.policies.map((policy: any) => policy.policyName)).toEqual(['ReadObjects']);
  });
});

describe('getAccountAuthorizationDetails pages (AWS MaxItems and Marker)', () => {
  const pageQuery = `query ($filter: [EntityType!], $first: Int, $after: String) {
    getAccountAuthorizationDetails(filter: $filter, first: $first, after: $after) {
      userDetailList { userName }
      groupDetailList { groupName }
      roleDetailList { roleName }
      policies { policyName }
      pageInfo { hasNextPage hasPreviousPage endCursor }
      totalCount
    }
  }`;
  let owner: GraphQLClient;
  const names = (page: any) => [
    ...page.userDetailList.map((user: any) => `user:${user.userName}`),
    ...page.groupDetailList.map((group: any) => `group:${group.groupName}`),
    ...page.roleDetailList.map((role: any) => `role:${role.roleName}`),
    ...page.policies.map((policy: any) => `policy:${policy.policyName}`),
  ];
  async function walk(variables: Record<string, unknown>) {
    const pages: any[] = [];
    let after: string | null = null;
    do {
      const page: any = (await owner.data(pageQuery, { ...variables, after })).getAccountAuthorizationDetails;
      pages.push(page);
      after = page.pageInfo.hasNextPage ? page.pageInfo.endCursor : null;
    } while (after !== null && pages.length < 10);
    return pages;
  }

  beforeAll(async () => {
    // An account of its own, so that the other tests' entities do not count.
    const pagedRoot = await createRootAccount(api.prisma);
    owner = new GraphQLClient(api.graphqlUrl);
    await owner.signIn(pagedRoot.email, pagedRoot.password);
    const trust = JSON.stringify({ Version: '2012-10-17', Statement: [{ Effect: 'Allow', Principal: { Service: 'ec2.amazonaws.com' }, Action: 'sts:AssumeRole' }] });
    const policyDocument = JSON.stringify({ Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: 's3:GetObject', Resource: '*' }] });
    for (const userName of ['u3', 'u1', 'u2']) await owner.data('mutation ($userName: String!) { createUser(input: { userName: $userName }) { userId } }', { userName });
    for (const groupName of ['g2', 'g1']) await owner.data('mutation ($groupName: String!) { createGroup(input: { groupName: $groupName }) { groupId } }', { groupName });
    await owner.data('mutation ($input: CreateRoleInput!) { createRole(input: $input) { roleId } }', { input: { roleName: 'r1', assumeRolePolicyDocument: trust } });
    for (const policyName of ['p2', 'p1']) await owner.data('mutation ($input: CreatePolicyInput!) { createPolicy(input: $input) { arn } }', { input: { policyName, policyDocument } });
  });

  it('counts first across the four lists in AWS order and resumes after the last entity of the previous page, whatever its kind', async () => {
    const pages = await walk({ first: 3 });
    expect(pages.map(names)).toEqual([
      ['user:u1', 'user:u2', 'user:u3'],
      ['group:g1', 'group:g2', 'role:r1'],
      ['policy:p1', 'policy:p2'],
    ]);
    expect(pages.map((page) => [page.pageInfo.hasNextPage, page.pageInfo.hasPreviousPage])).toEqual([[true, false], [true, true], [false, true]]);
    expect(pages.map((page) => page.totalCount)).toEqual([8, 8, 8]);
    const whole = (await owner.data(pageQuery, { first: 1000 })).getAccountAuthorizationDetails;
    expect(names(whole)).toEqual(pages.flatMap(names));
    expect(whole.pageInfo.hasNextPage).toBe(false);
  });

  it('ends without a further page when the last page is exactly full; without first, one page of up to 100 holds all', async () => {
    const [exact] = await walk({ first: 8 });
    expect(names(exact)).toHaveLength(8);
    expect(exact.pageInfo.hasNextPage).toBe(false);
    const unsized = (await owner.data(pageQuery)).getAccountAuthorizationDetails;
    expect([names(unsized).length, unsized.pageInfo.hasNextPage]).toEqual([8, false]);
  });

  it('pages through the kinds the filter names only', async () => {
    const pages = await walk({ filter: ['Role', 'LocalManagedPolicy'], first: 2 });
    expect(pages.map(names)).toEqual([['role:r1', 'policy:p1'], ['policy:p2']]);
    expect(pages.map((page) => page.totalCount)).toEqual([3, 3]);
  });

  it('refuses a page size outside 1–1000 and a cursor it did not issue (InvalidInput)', async () => {
    expect((await owner.error(pageQuery, { first: 0 })).extensions).toMatchObject({ code: 'InvalidInput', field: 'first' });
    expect((await owner.error(pageQuery, { first: 1001 })).extensions).toMatchObject({ code: 'InvalidInput', field: 'first' });
    const forged = Buffer.from(JSON.stringify([9, 'u1'])).toString('base64url');
    expect((await owner.error(pageQuery, { after: forged })).extensions).toMatchObject({ code: 'InvalidInput', field: 'after' });
  });
});

describe('credential report', () => {
  it('answers ReportNotPresent before one is generated, then a CSV with AWS’s columns and a <root_account> row', async () => {
    const missing = await client.error('{ getCredentialReport { content } }');
    expect(missing.extensions.code).toBe('ReportNotPresent');

    const reportUser = await createUser('reported');
    await client.data('mutation { createLoginProfile(input: { userName: "reported", password: "Reported-Passw0rd" }) { userName } }');
    const key = (await client.data('mutation { createAccessKey(input: { userName: "reported" }) { accessKeyId secretAccessKey } }')).createAccessKey;
    await api.prisma.accessKey.update({
      where: { accessKeyId: key.accessKeyId },
      data: { lastUsedDate: new Date('2026-02-03T04:05:06.789Z'), lastUsedRegion: 'us-east-1', lastUsedService: 'iam' },
    });

    const generated = (await client.data('mutation { generateCredentialReport { state description } }')).generateCredentialReport;
    expect(generated.state).toBe('COMPLETE');
    const report = (await client.data('{ getCredentialReport { content reportFormat generatedTime } }')).getCredentialReport;
    expect(report.reportFormat).toBe('text/csv');
    const [header, ...lines] = report.content.split('\n');
    const columns = header.split(',');
    expect(columns.slice(0, 14)).toEqual([
      'user', 'arn', 'user_creation_time', 'password_enabled', 'password_last_used', 'password_last_changed', 'password_next_rotation',
      'mfa_active', 'access_key_1_active', 'access_key_1_last_rotated', 'access_key_1_last_used_date', 'access_key_1_last_used_region',
      'access_key_1_last_used_service', 'access_key_2_active',
    ]);
    const rows = lines.map((line: string) => Object.fromEntries(line.split(',').map((value, i) => [columns[i], value])));
    expect(rows[0]).toMatchObject({ user: '<root_account>', arn: `arn:aws:iam::${root.accountId}:root`, password_enabled: 'not_supported' });
    const reported = rows.find((row: any) => row.user === 'reported');
    expect(reported).toMatchObject({
      arn: reportUser.arn,
      password_enabled: 'true',
      password_last_used: 'no_information',
      password_next_rotation: 'N/A',
      mfa_active: 'false',
      access_key_1_active: 'true',
      access_key_1_last_used_date: '2026-02-03T04:05:06+00:00',
      access_key_1_last_used_region: 'us-east-1',
      access_key_1_last_used_service: 'iam',
      access_key_2_active: 'false',
      access_key_2_last_rotated: 'N/A',
    });
    expect(reported!.password_last_changed).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\+00:00$/);
    expect(rows.find((row: any) => row.user === 'summary-user')).toMatchObject({ password_enabled: 'false', password_last_used: 'N/A' });
    expect(rows.length).toBe((await api.prisma.user.count({ where: { accountId: root.accountId } })) + 1);
    expect(report.content).not.toContain(key.secretAccessKey);
  });

  const hours = (count: number) => count * 3600 * 1000;
  /** A stored report of `ageMs`, as if generated then, with a marker for content. */
  async function storeReport(ageMs: number): Promise<Date> {
    const generatedAt = new Date(Date.now() - ageMs);
    const row = { content: 'stored-report', generatedAt };
    await api.prisma.credentialReport.upsert({ where: { accountId: root.accountId }, create: { accountId: root.accountId, ...row }, update: row });
    return generatedAt;
  }
  const get = '{ getCredentialReport { content generatedTime } }';
  const generate = 'mutation { generateCredentialReport { state description } }';

  it('answers ReportExpired once the report is four hours old; GenerateCredentialReport then makes a new one', async () => {
    await storeReport(hours(4) + 1000);
    const expired = await client.error(get);
    expect(expired).toMatchObject({
      message: 'The request was rejected because the most recent credential report has expired. To generate a new credential report, use GenerateCredentialReport.',
      extensions: { code: 'ReportExpired' },
    });
    expect((await client.data(generate)).generateCredentialReport.description).toBe('The credential report has been generated.');
    const fresh = (await client.data(get)).getCredentialReport;
    expect(fresh.content).toMatch(/^user,arn,/);
    expect(Date.now() - new Date(fresh.generatedTime).getTime()).toBeLessThan(60_000);
  });

  it('returns a report just under four hours old as it is, and GenerateCredentialReport keeps it', async () => {
    const generatedAt = await storeReport(hours(4) - 60_000);
    expect((await client.data(generate)).generateCredentialReport).toEqual({
      state: 'COMPLETE',
      description: 'No new report generated: the current report has not expired.',
    });
    expect((await client.data(get)).getCredentialReport).toEqual({ content: 'stored-report', generatedTime: generatedAt.toISOString() });
  });

  it('answers the live report from the rows as they are now, leaving the stored report alone', async () => {
    const generatedAt = await storeReport(hours(1));
    await createUser('live-mfa');
    await api.prisma.virtualMfaDevice.create({
      data: {
        serialNumber: `arn:aws:iam::${root.accountId}:mfa/live-mfa`,
        accountId: root.accountId,
        deviceName: 'live-mfa',
        seedSealed: 'v1.unused',
        userId: (await api.prisma.user.findFirstOrThrow({ where: { accountId: root.accountId, userName: 'live-mfa' } })).id,
        enableDate: new Date(),
      },
    });
    const live = (await client.data('{ getLiveCredentialReport { content generatedTime reportFormat } }')).getLiveCredentialReport;
    const [header, ...lines] = live.content.split('\n');
    const columns = header.split(',');
    const row = lines.map((line: string) => Object.fromEntries(line.split(',').map((value, i) => [columns[i], value]))).find((r: any) => r.user === 'live-mfa');
    expect(row).toMatchObject({ mfa_active: 'true' });
    expect(Date.now() - new Date(live.generatedTime).getTime()).toBeLessThan(60_000);
    expect((await client.data(get)).getCredentialReport).toEqual({ content: 'stored-report', generatedTime: generatedAt.toISOString() });
  });

  it('expires reports after the configured lifetime (credentialReport.lifetimeSeconds)', async () => {
    const shortLived = await startServer({
      databaseUrl: api.databaseUrl,
      port: 0,
      host: '127.0.0.1',
      config: { credentialReport: { lifetimeSeconds: 60 } },
      logger: createLogger({ level: 'silent' }),
    });
    try {
      const shortClient = new GraphQLClient(`${shortLived.url}/graphql`);
      await shortClient.signIn(root.email, root.password);
      await storeReport(59_000);
      expect((await shortClient.data(get)).getCredentialReport.content).toBe('stored-report');
      await storeReport(61_000);
      expect((await shortClient.error(get)).extensions.code).toBe('ReportExpired');
      // The default lifetime of four hours still holds on the first server.
      expect((await client.data(get)).getCredentialReport.content).toBe('stored-report');
    } finally {
      await shortLived.close();
    }
  });
});
