import { newUniqueId, policyArn } from '@gatehouse/db';
import { createRootAccount, startTestApi, type RootAccount, type TestApi } from './support/test-api';
import { GraphQLClient } from './support/graphql-client';

let api: TestApi;
let root: RootAccount;
let client: GraphQLClient;

beforeAll(async () => {
  api = await startTestApi({ quotas: { groupsPerUser: 3 } });
  root = await createRootAccount(api.prisma);
  client = new GraphQLClient(api.graphqlUrl);
  await client.signIn(root.email, root.password);
});
afterAll(() => api.stop());

const createGroup = `mutation ($input: CreateGroupInput!) { createGroup(input: $input) { groupId groupName path arn createDate } }`;
const getGroup = `query ($groupName: String!, $first: Int, $after: String) {
  getGroup(groupName: $groupName) {
    groupName path arn
    users(first: $first, after: $after) { totalCount edges { node { userName } } pageInfo { hasNextPage endCursor } }
  }
}`;
const addUserToGroup = `mutation ($input: GroupMembershipInput!) { addUserToGroup(input: $input) { groupName } }`;
const removeUserFromGroup = `mutation ($input: GroupMembershipInput!) { removeUserFromGroup(input: $input) { groupName } }`;
const deleteGroup = `mutation ($input: DeleteGroupInput!) { deleteGroup(input: $input) }`;
const names = (connection: { edges: { node: Record<string, string> }[] }, field: string): string[] =>
  connection.edges.map((edge) => String(edge.node[field]));

async function group(groupName: string, path?: string) {
  return (await client.data(createGroup, { input: { groupName, ...(path ? { path } : {}) } })).createGroup;
}
async function user(userName: string) {
  return (await client.data('mutation ($input: CreateUserInput!) { createUser(input: $input) { userId } }', { input: { userName } })).createUser;
}

describe('createGroup and getGroup', () => {
  it('creates a group with an AWS id and ARN, found by name in any case', async () => {
    const created = await group('Developers', '/eng/');
    expect(created.groupId).toMatch(/^AGPA[A-Z2-7]{17}$/);
    expect(created).toMatchObject({ groupName: 'Developers', path: '/eng/', arn: `arn:aws:iam::${root.accountId}:group/eng/Developers` });
    const found = (await client.data(getGroup, { groupName: 'developers' })).getGroup;
    expect(found).toMatchObject({ groupName: 'Developers', users: { totalCount: 0, edges: [] } });
  });

  it('refuses a duplicate name in another case, a bad name, and an unknown group', async () => {
    const duplicate = await client.error(createGroup, { input: { groupName: 'DEVELOPERS' } });
    expect(duplicate).toMatchObject({ extensions: { code: 'EntityAlreadyExists' }, message: 'Group with name DEVELOPERS already exists.' });
    const invalid = await client.error(createGroup, { input: { groupName: 'x'.repeat(129) } });
    expect(invalid.extensions).toMatchObject({ code: 'InvalidInput', field: 'groupName' });
    const missing = await client.error(getGroup, { groupName: 'nobody' });
    expect(missing).toMatchObject({ extensions: { code: 'NoSuchEntity' }, message: 'The group with name nobody cannot be found.' });
    expect(await api.prisma.group.count()).toBe(1);
  });

  it('lets exactly one of two concurrent creates of the same name win', async () => {
    const results = await Promise.all([
      client.request(createGroup, { input: { groupName: 'racers' } }),
      client.request(createGroup, { input: { groupName: 'RACERS' } }),
    ]);
    expect(results.filter((result) => result.data?.createGroup)).toHaveLength(1);
    expect(results.flatMap((result) => result.errors ?? []).map((error) => error.extensions.code)).toEqual(['EntityAlreadyExists']);
  });
});

describe('members', () => {
  beforeAll(async () => {
    for (const userName of ['ann', 'ben', 'cat']) await user(userName);
  });

  it('adds users (twice is a no-op) and pages through the members', async () => {
    for (const userName of ['cat', 'ann', 'ben', 'ann']) await client.data(addUserToGroup, { input: { groupName: 'Developers', userName } });
    const first = (await client.data(getGroup, { groupName: 'Developers', first: 2 })).getGroup.users;
    expect(first.totalCount).toBe(3);
    expect(names(first, 'userName')).toEqual(['ann', 'ben']);
    expect(first.pageInfo.hasNextPage).toBe(true);
    const second = (await client.data(getGroup, { groupName: 'Developers', first: 2, after: first.pageInfo.endCursor })).getGroup.users;
    expect(names(second, 'userName')).toEqual(['cat']);
  });

  it('lists the groups of a user, through the query and the User.groups link', async () => {
    await group('Testers');
    await client.data(addUserToGroup, { input: { groupName: 'Testers', userName: 'ann' } });
    const listed = await client.data(`{ listGroupsForUser(userName: "ANN") { totalCount edges { node { groupName } } } getUser(userName: "ann") { groups { groupName } } }`);
    expect(names(listed.listGroupsForUser, 'groupName')).toEqual(['Developers', 'Testers']);
    expect(listed.getUser.groups.map((g: { groupName: string }) => g.groupName)).toEqual(['Developers', 'Testers']);
    expect((await client.error('{ listGroupsForUser(userName: "nobody") { totalCount } }')).extensions.code).toBe('NoSuchEntity');
  });

  it('refuses more groups per user than the quota (LimitExceeded) and adds nothing', async () => {
    await group('ThirdGroup');
    await group('FourthGroup');
    await client.data(addUserToGroup, { input: { groupName: 'ThirdGroup', userName: 'ann' } });
    const error = await client.error(addUserToGroup, { input: { groupName: 'FourthGroup', userName: 'ann' } });
    expect(error).toMatchObject({ extensions: { code: 'LimitExceeded' }, message: 'Cannot exceed quota for GroupsPerUser: 3.' });
    const ann = await api.prisma.user.findFirstOrThrow({ where: { accountId: root.accountId, userName: 'ann' } });
    expect(await api.prisma.groupMembership.count({ where: { userId: ann.id } })).toBe(3);
  });

  it('removes a member; removing a non-member or an unknown user is NoSuchEntity', async () => {
    await client.data(removeUserFromGroup, { input: { groupName: 'ThirdGroup', userName: 'ann' } });
    const again = await client.error(removeUserFromGroup, { input: { groupName: 'ThirdGroup', userName: 'ann' } });
    expect(again.extensions.code).toBe('NoSuchEntity');
    expect((await client.error(addUserToGroup, { input: { groupName: 'ThirdGroup', userName: 'ghost' } })).message).toBe(
      'The user with name ghost cannot be found.',
    );
  });
});

describe('listGroups and updateGroup', () => {
  it('lists in name order with a path prefix filter', async () => {
    await group('Auditors', '/finance/');
    const all = (await client.data('{ listGroups { totalCount edges { node { groupName } } } }')).listGroups;
    // Names compare case-insensitively (citext); the concurrent-create winner may be `racers` or `RACERS`.
    expect(names(all, 'groupName').map((name) => name.toLowerCase())).toEqual(['auditors', 'developers', 'fourthgroup', 'racers', 'testers', 'thirdgroup']);
    expect(all.totalCount).toBe(6);
    const finance = (await client.data('{ listGroups(pathPrefix: "/finance/") { edges { node { groupName } } } }')).listGroups;
    expect(names(finance, 'groupName')).toEqual(['Auditors']);
  });

  it('renames and moves a group keeping its id and members; refuses a taken name', async () => {
    const before = (await client.data('{ getGroup(groupName: "Testers") { groupId } }')).getGroup;
    const updated = (
      await client.data(`mutation { updateGroup(input: { groupName: "Testers", newGroupName: "QA", newPath: "/qa/" }) { groupId groupName arn users { totalCount } } }`)
    ).updateGroup;
    expect(updated).toEqual({ groupId: before.groupId, groupName: 'QA', arn: `arn:aws:iam::${root.accountId}:group/qa/QA`, users: { totalCount: 1 } });
    const clash = await client.error(`mutation { updateGroup(input: { groupName: "QA", newGroupName: "developers" }) { groupName } }`);
    expect(clash.extensions.code).toBe('EntityAlreadyExists');
  });
});

describe('deleteGroup', () => {
  it('refuses while the group has members, then attached and inline policies (DeleteConflict), and deletes when empty', async () => {
    await group('Doomed');
    await client.data(addUserToGroup, { input: { groupName: 'Doomed', userName: 'ben' } });
    const doomed = await api.prisma.group.findFirstOrThrow({ where: { accountId: root.accountId, groupName: 'Doomed' } });
    const policy = await api.prisma.managedPolicy.create({
      data: {
        id: newUniqueId('managedPolicy'),
        accountId: root.accountId,
        policyName: 'DoomedPolicy',
        arn: policyArn(root.accountId, '/', 'DoomedPolicy'),
        defaultVersionId: 'v1',
        versions: { create: { versionId: 'v1', document: '{"Version":"2012-10-17","Statement":[]}' } },
      },
    });
    await api.prisma.groupPolicyAttachment.create({ data: { groupId: doomed.id, policyId: policy.id } });
    await api.prisma.groupPolicy.create({ data: { groupId: doomed.id, policyName: 'inline', policyDocument: '{}' } });

    const members = await client.error(deleteGroup, { input: { groupName: 'Doomed' } });
    expect(members).toMatchObject({
      message: 'Cannot delete entity, must remove users from group first.',
      extensions: { code: 'DeleteConflict', conflicts: ['Users', 'AttachedPolicies', 'InlinePolicies'] },
    });
    await client.data(removeUserFromGroup, { input: { groupName: 'Doomed', userName: 'ben' } });
    expect((await client.error(deleteGroup, { input: { groupName: 'Doomed' } })).message).toBe('Cannot delete entity, must detach all policies first.');
    await api.prisma.groupPolicyAttachment.deleteMany({ where: { groupId: doomed.id } });
    expect((await client.error(deleteGroup, { input: { groupName: 'Doomed' } })).message).toBe('Cannot delete entity, must delete policies first.');
    await api.prisma.groupPolicy.deleteMany({ where: { groupId: doomed.id } });

    expect((await client.data(deleteGroup, { input: { groupName: 'doomed' } })).deleteGroup).toBe(true);
    expect(await api.prisma.group.count({ where: { id: doomed.id } })).toBe(0);
    const events = await api.prisma.auditEvent.findMany({ where: { accountId: root.accountId, eventName: 'DeleteGroup', errorCode: null } });
    expect(events.map((event) => event.resources)).toEqual([[doomed.arn]]);
    expect((await client.error(deleteGroup, { input: { groupName: 'Doomed' } })).extensions.code).toBe('NoSuchEntity');
  });
});
