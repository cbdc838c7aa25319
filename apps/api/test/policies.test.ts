import { createAwsManagedPolicy } from './support/aws-managed-policy';
import { createRootAccount, startTestApi, type RootAccount, type TestApi } from './support/test-api';
import { GraphQLClient } from './support/graphql-client';

let api: TestApi;
let root: RootAccount;
let client: GraphQLClient;
let awsReadOnlyArn: string;

beforeAll(async () => {
  api = await startTestApi({ quotas: { attachedPoliciesPerIdentity: 2 } });
  root = await createRootAccount(api.prisma);
  client = new GraphQLClient(api.graphqlUrl);
  await client.signIn(root.email, root.password);
  awsReadOnlyArn = (await createAwsManagedPolicy(api.prisma, 'ReadOnlyAccess', document('s3:Get*'))).arn;
});
afterAll(() => api.stop());

function document(action: string, sid?: string) {
  return { Version: '2012-10-17', Statement: [{ ...(sid ? { Sid: sid } : {}), Effect: 'Allow', Action: action, Resource: '*' }] };
}
const text = (action: string) => JSON.stringify(document(action));
const arnOf = (policyName: string, path = '/') => `arn:aws:iam::${root.accountId}:policy${path}${policyName}`;
const nodes = <T>(connection: { edges: { node: T }[] }): T[] => connection.edges.map((edge) => edge.node);

const createPolicy = `mutation ($input: CreatePolicyInput!) {
  createPolicy(input: $input) {
    policyId policyName path arn description defaultVersionId isAttachable attachmentCount permissionsBoundaryUsageCount
    tags { key value } defaultVersion { versionId document isDefaultVersion }
  }
}`;
const createPolicyVersion = `mutation ($input: CreatePolicyVersionInput!) { createPolicyVersion(input: $input) { versionId isDefaultVersion document } }`;
const attachUserPolicy = `mutation ($input: UserPolicyAttachmentInput!) { attachUserPolicy(input: $input) { arn attachmentCount } }`;

async function policy(policyName: string, extra: Record<string, unknown> = {}) {
  return (await client.data(createPolicy, { input: { policyName, policyDocument: text('s3:ListBucket'), ...extra } })).createPolicy;
}
async function user(userName: string) {
  await client.data('mutation ($input: CreateUserInput!) { createUser(input: $input) { userId } }', { input: { userName } });
}

describe('createPolicy and getPolicy', () => {
  it('creates a policy whose document is version v1, the default, with tags, path and description', async () => {
    const created = await policy('S3Reader', { path: '/storage/', description: 'Reads buckets', tags: [{ key: 'team', value: 'data' }] });
    expect(created.policyId).toMatch(/^ANPA[A-Z2-7]{17}$/);
    expect(created).toMatchObject({
      policyName: 'S3Reader',
      path: '/storage/',
      arn: arnOf('S3Reader', '/storage/'),
      description: 'Reads buckets',
      defaultVersionId: 'v1',
      isAttachable: true,
      attachmentCount: 0,
      permissionsBoundaryUsageCount: 0,
      tags: [{ key: 'team', value: 'data' }],
      defaultVersion: { versionId: 'v1', document: text('s3:ListBucket'), isDefaultVersion: true },
    });
    const found = (await client.data(`{ getPolicy(policyArn: "${arnOf('S3Reader', '/storage/')}") { policyName } }`)).getPolicy;
    expect(found).toEqual({ policyName: 'S3Reader' });
  });

  it('refuses an invalid document (MalformedPolicyDocument with the findings) and one over 6,144 characters', async () => {
    const principal = JSON.stringify({ Version: '2012-10-17', Statement: [{ Effect: 'Allow', Principal: '*', Action: 's3:*', Resource: '*' }] });
    const error = await client.error(createPolicy, { input: { policyName: 'Bad', policyDocument: principal } });
    expect(error.extensions).toMatchObject({ code: 'MalformedPolicyDocument', field: 'input.policyDocument' });
    expect(error.extensions.findings).toEqual([expect.objectContaining({ code: 'PRINCIPAL_IN_IDENTITY_POLICY' })]);
    const actions = Array.from({ length: 400 }, (_, i) => `s3:GetObjectVersion${i}`);
    const huge = JSON.stringify({ Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: actions, Resource: '*' }] });
    const tooBig = await client.error(createPolicy, { input: { policyName: 'Huge', policyDocument: huge } });
    expect(tooBig.extensions.findings).toEqual(expect.arrayContaining([expect.objectContaining({ code: 'POLICY_SIZE_EXCEEDED' })]));
    expect(await api.prisma.managedPolicy.count({ where: { policyName: { in: ['Bad', 'Huge'] } } })).toBe(0);
  });

  it('refuses a duplicate name in any case and answers NoSuchEntity for an unknown ARN', async () => {
    expect((await client.error(createPolicy, { input: { policyName: 's3reader', policyDocument: text('s3:*') } })).extensions.code).toBe('EntityAlreadyExists');
    const missing = await client.error(`{ getPolicy(policyArn: "${arnOf('Nope')}") { policyName } }`);
    expect(missing).toMatchObject({ extensions: { code: 'NoSuchEntity' }, message: `Policy ${arnOf('Nope')} does not exist or is not attachable.` });
  });

  it("shows AWS managed policies to every account, and never another account's own", async () => {
    const other = await createRootAccount(api.prisma);
    const otherClient = new GraphQLClient(api.graphqlUrl);
    await otherClient.signIn(other.email, other.password);
    expect((await otherClient.data(`{ getPolicy(policyArn: "${awsReadOnlyArn}") { policyName } }`)).getPolicy.policyName).toBe('ReadOnlyAccess');
    // AWS: another account's policy is a cross-account resource without a resource policy, so the request is refused.
    expect((await otherClient.error(`{ getPolicy(policyArn: "${arnOf('S3Reader', '/storage/')}") { policyName } }`)).extensions.code).toBe('AccessDenied');
  });
});

describe('policy versions', () => {
  const arn = () => arnOf('Versioned');
  const listVersions = () => client.data(`{ listPolicyVersions(policyArn: "${arn()}") { totalCount edges { node { versionId isDefaultVersion } } } }`);

  beforeAll(() => policy('Versioned'));

  it('creates versions, optionally as the default, and lists them newest first', async () => {
    expect((await client.data(createPolicyVersion, { input: { policyArn: arn(), policyDocument: text('s3:GetObject') } })).createPolicyVersion).toEqual({
      versionId: 'v2',
      isDefaultVersion: false,
      document: text('s3:GetObject'),
    });
    const v3 = (await client.data(createPolicyVersion, { input: { policyArn: arn(), policyDocument: text('s3:PutObject'), setAsDefault: true } })).createPolicyVersion;
    expect(v3).toMatchObject({ versionId: 'v3', isDefaultVersion: true });
    const listed = (await listVersions()).listPolicyVersions;
    expect(nodes(listed)).toEqual([
      { versionId: 'v3', isDefaultVersion: true },
      { versionId: 'v2', isDefaultVersion: false },
      { versionId: 'v1', isDefaultVersion: false },
    ]);
    const policyNow = (await client.data(`{ getPolicy(policyArn: "${arn()}") { defaultVersionId defaultVersion { document } } }`)).getPolicy;
    expect(policyNow).toEqual({ defaultVersionId: 'v3', defaultVersion: { document: text('s3:PutObject') } });
  });

  it('gets a version, sets another default, and refuses to delete the default (DeleteConflict)', async () => {
    const v2 = (await client.data(`{ getPolicyVersion(policyArn: "${arn()}", versionId: "v2") { document isDefaultVersion } }`)).getPolicyVersion;
    expect(v2).toEqual({ document: text('s3:GetObject'), isDefaultVersion: false });
    await client.data(`mutation { setDefaultPolicyVersion(input: { policyArn: "${arn()}", versionId: "v2" }) { versionId } }`);
    const refused = await client.error(`mutation { deletePolicyVersion(input: { policyArn: "${arn()}", versionId: "v2" }) }`);
    expect(refused).toMatchObject({ extensions: { code: 'DeleteConflict' }, message: 'Cannot delete the default version of a policy.' });
    expect((await client.data(`mutation { deletePolicyVersion(input: { policyArn: "${arn()}", versionId: "v1" }) }`)).deletePolicyVersion).toBe(true);
    expect((await client.error(`{ getPolicyVersion(policyArn: "${arn()}", versionId: "v1") { document } }`)).extensions.code).toBe('NoSuchEntity');
    expect((await client.error(`{ getPolicyVersion(policyArn: "${arn()}", versionId: "one") { document } }`)).extensions).toMatchObject({
      code: 'InvalidInput',
      field: 'versionId',
    });
  });

  it('never reuses a number and allows at most 5 versions; of two racing for the fifth, exactly one wins', async () => {
    await client.data(createPolicyVersion, { input: { policyArn: arn(), policyDocument: text('s3:A*') } });
    await client.data(createPolicyVersion, { input: { policyArn: arn(), policyDocument: text('s3:B*') } });
    expect(nodes((await listVersions()).listPolicyVersions)).toHaveLength(4);
    const racers = await Promise.all(
      ['s3:C*', 's3:D*'].map((action) => client.request(createPolicyVersion, { input: { policyArn: arn(), policyDocument: text(action) } })),
    );
    expect(racers.filter((result) => result.data?.createPolicyVersion)).toHaveLength(1);
    const [loser] = racers.flatMap((result) => result.errors ?? []);
    expect(loser).toMatchObject({
      extensions: { code: 'LimitExceeded' },
      message: 'A managed policy can have up to 5 versions. Before you create a new version, you must delete an existing version.',
    });
    const versionIds = nodes<{ versionId: string }>((await listVersions()).listPolicyVersions).map((version) => version.versionId);
    expect(versionIds).toEqual(['v6', 'v5', 'v4', 'v3', 'v2']);
  });
});

describe('tags', () => {
  it('tags, untags and lists the tags of a policy', async () => {
    const arn = arnOf('S3Reader', '/storage/');
    await client.data(`mutation { tagPolicy(input: { policyArn: "${arn}", tags: [{ key: "Team", value: "ml" }, { key: "env", value: "prod" }] }) { arn } }`);
    await client.data(`mutation { untagPolicy(input: { policyArn: "${arn}", tagKeys: ["ENV"] }) { arn } }`);
    const tags = (await client.data(`{ listPolicyTags(policyArn: "${arn}") { totalCount edges { node { key value } } } }`)).listPolicyTags;
    expect(tags).toEqual({ totalCount: 1, edges: [{ node: { key: 'Team', value: 'ml' } }] });
    const awsTag = await client.error(`mutation { tagPolicy(input: { policyArn: "${awsReadOnlyArn}", tags: [{ key: "a", value: "b" }] }) { arn } }`);
    // AWS managed policies belong to AWS's account: no customer may change them.
    expect(awsTag.extensions.code).toBe('AccessDenied');
  });
});

describe('attachments', () => {
  beforeAll(async () => {
    await user('alice');
    await client.data(`mutation { createGroup(input: { groupName: "Readers", path: "/r/" }) { groupId } }`);
    await client.data(`mutation ($input: CreateRoleInput!) { createRole(input: $input) { roleId } }`, {
      input: {
        roleName: 'Worker',
        assumeRolePolicyDocument: JSON.stringify({
          Version: '2012-10-17',
          Statement: [{ Effect: 'Allow', Principal: { Service: 'lambda.amazonaws.com' }, Action: 'sts:AssumeRole' }],
        }),
      },
    });
  });

  it('attaches customer and AWS managed policies to a user (twice is a no-op) up to the quota', async () => {
    const attached = (await client.data(attachUserPolicy, { input: { userName: 'alice', policyArn: awsReadOnlyArn } })).attachUserPolicy;
    expect(attached).toEqual({ arn: awsReadOnlyArn, attachmentCount: 1 });
    await client.data(attachUserPolicy, { input: { userName: 'alice', policyArn: awsReadOnlyArn } });
    await client.data(attachUserPolicy, { input: { userName: 'alice', policyArn: arnOf('S3Reader', '/storage/') } });
    const third = await client.error(attachUserPolicy, { input: { userName: 'alice', policyArn: arnOf('Versioned') } });
    expect(third).toMatchObject({ extensions: { code: 'LimitExceeded' }, message: 'Cannot exceed quota for PoliciesPerUser: 2.' });
    const listed = (await client.data(`{ listAttachedUserPolicies(userName: "alice") { totalCount edges { node { policyName policyArn policy { defaultVersionId } } } } }`))
      .listAttachedUserPolicies;
    expect(listed.totalCount).toBe(2);
    expect(nodes(listed)).toEqual([
      { policyName: 'ReadOnlyAccess', policyArn: awsReadOnlyArn, policy: { defaultVersionId: 'v3' } },
      { policyName: 'S3Reader', policyArn: arnOf('S3Reader', '/storage/'), policy: { defaultVersionId: 'v1' } },
    ]);
    const filtered = (await client.data(`{ listAttachedUserPolicies(userName: "alice", pathPrefix: "/storage/") { edges { node { policyName } } } }`)).listAttachedUserPolicies;
    expect(nodes(filtered)).toEqual([{ policyName: 'S3Reader' }]);
    const linked = (await client.data('{ getUser(userName: "alice") { attachedPolicies { policyName } } }')).getUser.attachedPolicies;
    expect(linked).toEqual([{ policyName: 'ReadOnlyAccess' }, { policyName: 'S3Reader' }]);
  });

  it('attaches to groups and roles, lists them, and detaches', async () => {
    await client.data(`mutation { attachGroupPolicy(input: { groupName: "Readers", policyArn: "${awsReadOnlyArn}" }) { arn } }`);
    await client.data(`mutation { attachRolePolicy(input: { roleName: "Worker", policyArn: "${arnOf('Versioned')}" }) { arn } }`);
    const lists = await client.data(`{
      listAttachedGroupPolicies(groupName: "Readers") { edges { node { policyName } } }
      listAttachedRolePolicies(roleName: "Worker") { edges { node { policyName } } }
      getRole(roleName: "Worker") { attachedPolicies { policyName } }
    }`);
    expect(nodes(lists.listAttachedGroupPolicies)).toEqual([{ policyName: 'ReadOnlyAccess' }]);
    expect(nodes(lists.listAttachedRolePolicies)).toEqual([{ policyName: 'Versioned' }]);
    expect(lists.getRole.attachedPolicies).toEqual([{ policyName: 'Versioned' }]);
    await client.data(`mutation { detachRolePolicy(input: { roleName: "Worker", policyArn: "${arnOf('Versioned')}" }) { arn } }`);
    const again = await client.error(`mutation { detachRolePolicy(input: { roleName: "Worker", policyArn: "${arnOf('Versioned')}" }) { arn } }`);
    expect(again).toMatchObject({ extensions: { code: 'NoSuchEntity' }, message: `Policy ${arnOf('Versioned')} was not found.` });
    // Each kind's audit events carry AWS's event name and request parameters (the owner's name under its own member).
    const events = await api.prisma.auditEvent.findMany({
      where: { eventName: { in: ['AttachGroupPolicy', 'AttachRolePolicy', 'DetachRolePolicy'] }, errorCode: null },
      orderBy: { eventTime: 'asc' },
      select: { eventName: true, requestParameters: true, resources: true },
    });
    expect(events).toEqual([
      { eventName: 'AttachGroupPolicy', requestParameters: { groupName: 'Readers', policyArn: awsReadOnlyArn }, resources: [awsReadOnlyArn] },
      { eventName: 'AttachRolePolicy', requestParameters: { roleName: 'Worker', policyArn: arnOf('Versioned') }, resources: [arnOf('Versioned')] },
      { eventName: 'DetachRolePolicy', requestParameters: { roleName: 'Worker', policyArn: arnOf('Versioned') }, resources: [arnOf('Versioned')] },
    ]);
    expect((await client.error(`mutation { attachGroupPolicy(input: { groupName: "Nobody", policyArn: "${awsReadOnlyArn}" }) { arn } }`)).message).toBe(
      'The group with name Nobody cannot be found.',
    );
    expect((await client.error(`mutation { attachRolePolicy(input: { roleName: "Worker", policyArn: "${arnOf('Nope')}" }) { arn } }`)).extensions.code).toBe(
      'NoSuchEntity',
    );
  });

  it('lists the entities of a policy, filtered by kind, path and usage, with counts on the policy', async () => {
    await client.data(`mutation ($input: CreateRoleInput!) { createRole(input: $input) { roleId } }`, {
      input: {
        roleName: 'Bounded',
        permissionsBoundary: awsReadOnlyArn,
        assumeRolePolicyDocument: JSON.stringify({
          Version: '2012-10-17',
          Statement: [{ Effect: 'Allow', Principal: { Service: 'lambda.amazonaws.com' }, Action: 'sts:AssumeRole' }],
        }),
      },
    });
    const entities = (filter = '') => `{ listEntitiesForPolicy(policyArn: "${awsReadOnlyArn}"${filter}) {
      policyUsers { totalCount edges { node { userName } } }
      policyGroups { edges { node { groupName } } }
      policyRoles { edges { node { roleName } } }
    } }`;
    expect((await client.data(entities())).listEntitiesForPolicy).toEqual({
      policyUsers: { totalCount: 1, edges: [{ node: { userName: 'alice' } }] },
      policyGroups: { edges: [{ node: { groupName: 'Readers' } }] },
      policyRoles: { edges: [{ node: { roleName: 'Bounded' } }] },
    });
    const boundaries = (await client.data(entities(', policyUsageFilter: PermissionsBoundary'))).listEntitiesForPolicy;
    expect(boundaries).toMatchObject({ policyUsers: { totalCount: 0 }, policyGroups: { edges: [] }, policyRoles: { edges: [{ node: { roleName: 'Bounded' } }] } });
    const groupsOnly = (await client.data(entities(', entityFilter: Group, pathPrefix: "/r/"'))).listEntitiesForPolicy;
    expect(groupsOnly).toMatchObject({ policyUsers: { totalCount: 0 }, policyGroups: { edges: [{ node: { groupName: 'Readers' } }] }, policyRoles: { edges: [] } });
    const counts = (await client.data(`{ getPolicy(policyArn: "${awsReadOnlyArn}") { attachmentCount permissionsBoundaryUsageCount } }`)).getPolicy;
    expect(counts).toEqual({ attachmentCount: 2, permissionsBoundaryUsageCount: 1 });
  });
});

describe('listPolicies', () => {
  const list = (args: string) => client.data(`{ listPolicies(${args}) { totalCount edges { node { policyName } } } }`);
  const names = async (args: string) => nodes<{ policyName: string }>((await list(args)).listPolicies).map((p) => p.policyName);

  it('filters by scope, path, attachment and usage', async () => {
    expect(await names('scope: Local')).toEqual(['S3Reader', 'Versioned']);
    expect(await names('scope: AWS')).toEqual(['ReadOnlyAccess']);
    expect(await names('scope: All')).toEqual(['ReadOnlyAccess', 'S3Reader', 'Versioned']);
    expect(await names('pathPrefix: "/storage/"')).toEqual(['S3Reader']);
    expect(await names('onlyAttached: true')).toEqual(['ReadOnlyAccess', 'S3Reader']);
    expect(await names('onlyAttached: true, scope: Local')).toEqual(['S3Reader']);
    expect(await names('policyUsageFilter: PermissionsBoundary')).toEqual(['ReadOnlyAccess']);
  });

  it('pages with cursors', async () => {
    const first = (await client.data('{ listPolicies(first: 2) { totalCount edges { node { policyName } } pageInfo { endCursor hasNextPage } } }')).listPolicies;
    expect(first.totalCount).toBe(3);
    expect(first.pageInfo.hasNextPage).toBe(true);
    expect(await names(`first: 2, after: "${first.pageInfo.endCursor}"`)).toEqual(['Versioned']);
  });
});

describe('deletePolicy', () => {
  it('refuses while attached, used as a boundary or with non-default versions (DeleteConflict), then deletes', async () => {
    const arn = arnOf('S3Reader', '/storage/');
    const deletePolicy = `mutation { deletePolicy(input: { policyArn: "${arn}" }) }`;
    await client.data(`mutation { createPolicyVersion(input: { policyArn: "${arn}", policyDocument: ${JSON.stringify(text('s3:*'))} }) { versionId } }`);
    expect((await client.error(deletePolicy)).extensions).toMatchObject({ code: 'DeleteConflict', conflicts: ['Attachments', 'PolicyVersions'] });
    await client.data(`mutation { detachUserPolicy(input: { userName: "alice", policyArn: "${arn}" }) { arn } }`);
    expect((await client.error(deletePolicy)).extensions.conflicts).toEqual(['PolicyVersions']);
    await client.data(`mutation { deletePolicyVersion(input: { policyArn: "${arn}", versionId: "v2" }) }`);
    expect((await client.data(deletePolicy)).deletePolicy).toBe(true);
    expect(await api.prisma.managedPolicy.count({ where: { arn } })).toBe(0);
    expect(await api.prisma.policyVersion.count({ where: { policy: { arn } } })).toBe(0);
    expect((await client.error(deletePolicy)).extensions.code).toBe('NoSuchEntity');
  });
});
