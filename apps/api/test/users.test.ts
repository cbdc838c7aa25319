import { createRootAccount, startTestApi, type RootAccount, type TestApi } from './support/test-api';
import { GraphQLClient } from './support/graphql-client';

let api: TestApi;
let root: RootAccount;
let client: GraphQLClient;

beforeAll(async () => {
  api = await startTestApi({ quotas: { usersPerAccount: 40 } });
  root = await createRootAccount(api.prisma);
  client = new GraphQLClient(api.graphqlUrl);
  await client.signIn(root.email, root.password);
});
afterAll(() => api.stop());

const createUser = `mutation ($input: CreateUserInput!) {
  createUser(input: $input) { userId userName path arn createDate passwordLastUsed tags { key value } }
}`;
const getUser = `query ($userName: String) { getUser(userName: $userName) { userId userName path arn tags { key value } } }`;

async function create(userName: string, extra: Record<string, unknown> = {}) {
  return (await client.data(createUser, { input: { userName, ...extra } })).createUser;
}

describe('createUser', () => {
  it('creates a user with an AWS id, ARN, path and tags', async () => {
    const user = await create('alice', { path: '/engineering/', tags: [{ key: 'team', value: 'platform' }] });
    expect(user.userId).toMatch(/^AIDA[A-Z2-7]{17}$/);
    expect(user).toMatchObject({
      userName: 'alice',
      path: '/engineering/',
      arn: `arn:aws:iam::${root.accountId}:user/engineering/alice`,
      passwordLastUsed: null,
      tags: [{ key: 'team', value: 'platform' }],
    });
    expect(new Date(user.createDate).getTime()).toBeGreaterThan(Date.now() - 60_000);
    const row = await api.prisma.user.findUniqueOrThrow({ where: { id: user.userId } });
    expect(row.accountId).toBe(root.accountId);
  });

  it('defaults the path to /', async () => {
    expect((await create('bob')).path).toBe('/');
  });

  it('refuses a name that differs only in case (EntityAlreadyExists) and changes nothing', async () => {
    const before = await api.prisma.user.count();
    const error = await client.error(createUser, { input: { userName: 'ALICE' } });
    expect(error.extensions.code).toBe('EntityAlreadyExists');
    expect(error.message).toBe('User with name ALICE already exists.');
    expect(await api.prisma.user.count()).toBe(before);
  });

  it.each([
    [{ userName: 'has space' }, 'userName', 'Member must satisfy regular expression pattern: [\\w+=,.@-]+'],
    [{ userName: 'x'.repeat(65) }, 'userName', 'Member must have length less than or equal to 64'],
    [{ userName: 'pathless', path: 'no-slashes' }, 'path', 'regular expression pattern'],
    [{ userName: 'tagged', tags: [{ key: 'bad<key>', value: 'v' }] }, 'tags.0.key', 'regular expression pattern'],
    [{ userName: 'tagged', tags: [{ key: 'k', value: 'v'.repeat(257) }] }, 'tags.0.value', 'less than or equal to 256'],
  ])('refuses invalid input %j naming the field', async (input, field, constraint) => {
    const error = await client.error(createUser, { input });
    expect(error.extensions.code).toBe('InvalidInput');
    expect(error.extensions.field).toBe(field);
    expect(error.message).toMatch(/^1 validation error detected: Value .* at '.*' failed to satisfy constraint: /);
    expect(error.message).toContain(constraint);
  });

  it('refuses more than 50 tags, duplicate keys in any case, and the aws: prefix', async () => {
    const tags = Array.from({ length: 51 }, (_, i) => ({ key: `k${i}`, value: 'v' }));
    expect((await client.error(createUser, { input: { userName: 'many', tags } })).extensions.field).toBe('tags');
    const duplicate = await client.error(createUser, {
      input: { userName: 'dup', tags: [{ key: 'Team', value: 'a' }, { key: 'team', value: 'b' }] },
    });
    expect(duplicate.extensions.code).toBe('InvalidInput');
    expect(duplicate.message).toContain('Duplicate tag keys');
    const reserved = await client.error(createUser, { input: { userName: 'reserved', tags: [{ key: 'aws:owner', value: 'x' }] } });
    expect(reserved.extensions.code).toBe('InvalidInput');
    expect(await api.prisma.user.count({ where: { userName: { in: ['many', 'dup', 'reserved'] } } })).toBe(0);
  });

  it('refuses to exceed the account quota of users (LimitExceeded)', async () => {
    const quotaApi = await startTestApi({ quotas: { usersPerAccount: 2 } });
    try {
      const quotaRoot = await createRootAccount(quotaApi.prisma);
      const quotaClient = new GraphQLClient(quotaApi.graphqlUrl);
      await quotaClient.signIn(quotaRoot.email, quotaRoot.password);
      await quotaClient.data(createUser, { input: { userName: 'one' } });
      await quotaClient.data(createUser, { input: { userName: 'two' } });
      const error = await quotaClient.error(createUser, { input: { userName: 'three' } });
      expect(error.extensions.code).toBe('LimitExceeded');
      expect(error.message).toBe('Cannot exceed quota for UsersPerAccount: 2.');
    } finally {
      await quotaApi.stop();
    }
  });

  it('lets exactly one of two concurrent creates of the same name win', async () => {
    const results = await Promise.all([
      client.request(createUser, { input: { userName: 'racer' } }),
      client.request(createUser, { input: { userName: 'RACER' } }),
    ]);
    const winners = results.filter((result) => result.data?.createUser);
    const losers = results.flatMap((result) => result.errors ?? []);
    expect(winners).toHaveLength(1);
    expect(losers.map((error) => error.extensions.code)).toEqual(['EntityAlreadyExists']);
    expect(await api.prisma.user.count({ where: { accountId: root.accountId, userName: 'racer' } })).toBe(1);
  });

  it('creates many users of one account at once, none refused for the concurrency', async () => {
    const userNames = Array.from({ length: 12 }, (_, i) => `crowd${i}`);
    const results = await Promise.all(userNames.map((userName) => client.request(createUser, { input: { userName } })));
    expect(results.flatMap((result) => result.errors ?? [])).toEqual([]);
    expect(await api.prisma.user.count({ where: { accountId: root.accountId, userName: { in: userNames } } })).toBe(12);
  });

  it('gives the last place under the quota to exactly one of two concurrent creates', async () => {
    const quotaApi = await startTestApi({ quotas: { usersPerAccount: 1 } });
    try {
      const quotaRoot = await createRootAccount(quotaApi.prisma);
      const quotaClient = new GraphQLClient(quotaApi.graphqlUrl);
      await quotaClient.signIn(quotaRoot.email, quotaRoot.password);
      const results = await Promise.all([
        quotaClient.request(createUser, { input: { userName: 'first' } }),
        quotaClient.request(createUser, { input: { userName: 'second' } }),
      ]);
      expect(results.filter((result) => result.data?.createUser)).toHaveLength(1);
      expect(results.flatMap((result) => result.errors ?? []).map((error) => error.extensions.code)).toEqual(['LimitExceeded']);
      expect(await quotaApi.prisma.user.count({ where: { accountId: quotaRoot.accountId } })).toBe(1);
    } finally {
      await quotaApi.stop();
    }
  });
});

describe('getUser', () => {
  it('returns the user by name, case-insensitively', async () => {
    const user = (await client.data(getUser, { userName: 'Alice' })).getUser;
    expect(user).toMatchObject({ userName: 'alice', path: '/engineering/' });
  });

  it('answers NoSuchEntity with AWS message for an unknown user', async () => {
    const error = await client.error(getUser, { userName: 'nobody' });
    expect(error.extensions.code).toBe('NoSuchEntity');
    expect(error.message).toBe('The user with name nobody cannot be found.');
  });

  it('asks for a user name when the root user calls without one', async () => {
    const error = await client.error(getUser, {});
    expect(error.extensions).toMatchObject({ code: 'InvalidInput', field: 'userName' });
    expect(error.message).toBe('Must specify userName when calling with non-User credentials');
  });

  it("never shows another account's user", async () => {
    const other = await createRootAccount(api.prisma);
    const otherClient = new GraphQLClient(api.graphqlUrl);
    await otherClient.signIn(other.email, other.password);
    expect((await otherClient.error(getUser, { userName: 'alice' })).extensions.code).toBe('NoSuchEntity');
    const listed = await otherClient.data('{ listUsers { totalCount edges { node { userName } } } }');
    expect(listed.listUsers).toEqual({ totalCount: 0, edges: [] });
    await otherClient.data(createUser, { input: { userName: 'alice' } });
    expect((await client.data(getUser, { userName: 'alice' })).getUser.path).toBe('/engineering/');
  });
});

describe('listUsers', () => {
  const listUsers = `query ($first: Int, $after: String, $pathPrefix: String) {
    listUsers(first: $first, after: $after, pathPrefix: $pathPrefix) {
      totalCount
      edges { cursor node { userName path } }
      pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
    }
  }`;

  beforeAll(async () => {
    for (const userName of ['Carol', 'dave', 'Erin', 'frank']) await create(userName, { path: '/sales/' });
    await create('under_score', { path: '/a_b/' });
    await create('percent', { path: '/a%b/' });
  });

  it('pages through the users in name order, case-insensitively, with cursors', async () => {
    const seen: string[] = [];
    let after: string | undefined;
    let pages = 0;
    for (;;) {
      const { listUsers: page } = await client.data(listUsers, { first: 3, after });
      seen.push(...page.edges.map((edge: { node: { userName: string } }) => edge.node.userName));
      expect(page.pageInfo.hasPreviousPage).toBe(after !== undefined);
      expect(page.totalCount).toBe(seen.length + (page.pageInfo.hasNextPage ? page.totalCount - seen.length : 0));
      pages += 1;
      if (!page.pageInfo.hasNextPage) break;
      after = page.pageInfo.endCursor;
    }
    const sorted = [...seen].sort((a, b) => a.toLowerCase().localeCompare(b.toLowerCase()));
    expect(seen).toEqual(sorted);
    expect(new Set(seen.map((name) => name.toLowerCase())).size).toBe(seen.length);
    expect(pages).toBe(Math.ceil(seen.length / 3));
    expect(seen).toEqual(expect.arrayContaining(['alice', 'bob', 'Carol', 'dave', 'Erin', 'frank']));
  });

  it('reads after: null as no cursor, the first page', async () => {
    const { listUsers: page } = await client.data(listUsers, { first: 2, after: null });
    expect(page.pageInfo.hasPreviousPage).toBe(false);
    expect(page).toEqual((await client.data(listUsers, { first: 2 })).listUsers);
  });

  it('filters by path prefix, with _ and % taken literally', async () => {
    const sales = (await client.data(listUsers, { pathPrefix: '/sales/' })).listUsers;
    expect(sales.totalCount).toBe(4);
    expect(sales.edges.map((edge: { node: { userName: string } }) => edge.node.userName)).toEqual(['Carol', 'dave', 'Erin', 'frank']);
    const underscore = (await client.data(listUsers, { pathPrefix: '/a_' })).listUsers;
    expect(underscore.edges.map((edge: { node: { userName: string } }) => edge.node.userName)).toEqual(['under_score']);
    const percent = (await client.data(listUsers, { pathPrefix: '/a%' })).listUsers;
    expect(percent.edges.map((edge: { node: { userName: string } }) => edge.node.userName)).toEqual(['percent']);
  });

  it('refuses a page size outside 1–1000 and a forged cursor', async () => {
    expect((await client.error(listUsers, { first: 0 })).extensions).toMatchObject({ code: 'InvalidInput', field: 'first' });
    expect((await client.error(listUsers, { first: 1001 })).extensions).toMatchObject({ code: 'InvalidInput', field: 'first' });
    const forged = Buffer.from(JSON.stringify({ userName: 'x' })).toString('base64url');
    expect((await client.error(listUsers, { after: forged })).extensions).toMatchObject({ code: 'InvalidInput', field: 'after' });
    expect((await client.error(listUsers, { after: '%%%' })).extensions).toMatchObject({ code: 'InvalidInput', field: 'after' });
  });
});

describe('updateUser', () => {
  const updateUser = `mutation ($input: UpdateUserInput!) { updateUser(input: $input) { userId userName path arn } }`;

  it('renames and moves a user; the ARN follows and the id stays', async () => {
    const before = await create('renameme', { path: '/old/' });
    const after = (await client.data(updateUser, { input: { userName: 'renameme', newUserName: 'renamed', newPath: '/new/' } })).updateUser;
    expect(after).toEqual({
      userId: before.userId,
      userName: 'renamed',
      path: '/new/',
      arn: `arn:aws:iam::${root.accountId}:user/new/renamed`,
    });
    expect((await client.error(getUser, { userName: 'renameme' })).extensions.code).toBe('NoSuchEntity');
  });

  it('allows a change of case of the same user', async () => {
    await create('casey');
    expect((await client.data(updateUser, { input: { userName: 'casey', newUserName: 'Casey' } })).updateUser.userName).toBe('Casey');
  });

  it('refuses a new name that is taken and an unknown user, changing nothing', async () => {
    const taken = await client.error(updateUser, { input: { userName: 'bob', newUserName: 'ALICE' } });
    expect(taken.extensions.code).toBe('EntityAlreadyExists');
    expect((await client.data(getUser, { userName: 'bob' })).getUser.userName).toBe('bob');
    expect((await client.error(updateUser, { input: { userName: 'ghost', newPath: '/x/' } })).extensions.code).toBe('NoSuchEntity');
  });
});

describe('tags', () => {
  const tagUser = `mutation ($input: TagUserInput!) { tagUser(input: $input) { tags { key value } } }`;
  const untagUser = `mutation ($input: UntagUserInput!) { untagUser(input: $input) { tags { key value } } }`;
  const listUserTags = `query ($userName: String!, $first: Int, $after: String) {
    listUserTags(userName: $userName, first: $first, after: $after) { totalCount edges { node { key value } } pageInfo { hasNextPage endCursor } }
  }`;

  it('adds tags and overwrites values of existing keys in any case', async () => {
    await create('tagged', { tags: [{ key: 'Team', value: 'a' }] });
    const { tagUser: user } = await client.data(tagUser, {
      input: { userName: 'tagged', tags: [{ key: 'team', value: 'b' }, { key: 'env', value: 'prod' }] },
    });
    expect(user.tags).toEqual([
      { key: 'env', value: 'prod' },
      { key: 'team', value: 'b' },
    ]);
  });

  it('removes tags by key, ignoring keys the user does not have', async () => {
    const { untagUser: user } = await client.data(untagUser, { input: { userName: 'tagged', tagKeys: ['ENV', 'missing'] } });
    expect(user.tags).toEqual([{ key: 'team', value: 'b' }]);
  });

  it('lists tags as a connection', async () => {
    await client.data(tagUser, { input: { userName: 'tagged', tags: [{ key: 'a', value: '1' }, { key: 'b', value: '2' }] } });
    const first = (await client.data(listUserTags, { userName: 'tagged', first: 2 })).listUserTags;
    expect(first.totalCount).toBe(3);
    expect(first.edges.map((edge: { node: { key: string } }) => edge.node.key)).toEqual(['a', 'b']);
    const second = (await client.data(listUserTags, { userName: 'tagged', first: 2, after: first.pageInfo.endCursor })).listUserTags;
    expect(second.edges.map((edge: { node: { key: string } }) => edge.node.key)).toEqual(['team']);
    expect(second.pageInfo.hasNextPage).toBe(false);
    expect((await client.error(listUserTags, { userName: 'ghost' })).extensions.code).toBe('NoSuchEntity');
  });

  it('refuses to go past 50 tags (LimitExceeded), even when two requests race', async () => {
    await create('crowded');
    const batch = (prefix: string) => Array.from({ length: 30 }, (_, i) => ({ key: `${prefix}${i}`, value: 'v' }));
    const results = await Promise.all([
      client.request(tagUser, { input: { userName: 'crowded', tags: batch('x') } }),
      client.request(tagUser, { input: { userName: 'crowded', tags: batch('y') } }),
    ]);
    const codes = results.flatMap((result) => result.errors ?? []).map((error) => error.extensions.code);
    expect(codes).toEqual(['LimitExceeded']);
    const user = await api.prisma.user.findFirstOrThrow({ where: { accountId: root.accountId, userName: 'crowded' } });
    expect(await api.prisma.userTag.count({ where: { userId: user.id } })).toBe(30);
  });
});

describe('deleteUser', () => {
  const deleteUser = `mutation ($input: DeleteUserInput!) { deleteUser(input: $input) }`;

  it('deletes a user with nothing attached, tags and all', async () => {
    await create('leaving', { tags: [{ key: 'k', value: 'v' }] });
    expect((await client.data(deleteUser, { input: { userName: 'leaving' } })).deleteUser).toBe(true);
    expect((await client.error(getUser, { userName: 'leaving' })).extensions.code).toBe('NoSuchEntity');
    expect((await client.error(deleteUser, { input: { userName: 'leaving' } })).extensions.code).toBe('NoSuchEntity');
  });

  it('refuses while anything is attached, naming every kind, and deletes nothing', async () => {
    const user = await create('attached');
    await api.prisma.loginProfile.create({ data: { userId: user.userId, passwordHash: 'x' } });
    await api.prisma.userPolicy.create({ data: { userId: user.userId, policyName: 'inline', policyDocument: '{}' } });
    const group = await api.prisma.group.create({
      data: { id: 'AGPAAAAAAAAAAAAAAAAAA', accountId: root.accountId, groupName: 'devs', arn: `arn:aws:iam::${root.accountId}:group/devs` },
    });
    await api.prisma.groupMembership.create({ data: { groupId: group.id, userId: user.userId } });

    const error = await client.error(deleteUser, { input: { userName: 'attached' } });
    expect(error.extensions.code).toBe('DeleteConflict');
    expect(error.message).toBe('Cannot delete entity, must delete login profile first.');
    expect(error.extensions.conflicts).toEqual(['LoginProfile', 'InlinePolicies', 'GroupMemberships']);
    expect(await api.prisma.user.count({ where: { id: user.userId } })).toBe(1);

    await api.prisma.loginProfile.delete({ where: { userId: user.userId } });
    await api.prisma.userPolicy.deleteMany({ where: { userId: user.userId } });
    const remaining = await client.error(deleteUser, { input: { userName: 'attached' } });
    expect(remaining.message).toBe('Cannot delete entity, must remove user from all groups first.');
    expect(remaining.extensions.conflicts).toEqual(['GroupMemberships']);
  });
});

describe('linked objects', () => {
  it("resolves a user's groups, their attached policies and the default version's document", async () => {
    const user = await create('linked');
    const group = await api.prisma.group.create({
      data: { id: 'AGPABBBBBBBBBBBBBBBBB', accountId: root.accountId, groupName: 'readers', arn: `arn:aws:iam::${root.accountId}:group/readers` },
    });
    const document = JSON.stringify({ Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: 'iam:Get*', Resource: '*' }] });
    const policy = await api.prisma.managedPolicy.create({
      data: {
        id: 'ANPACCCCCCCCCCCCCCCCC',
        accountId: root.accountId,
        policyName: 'ReadIam',
        arn: `arn:aws:iam::${root.accountId}:policy/ReadIam`,
        defaultVersionId: 'v2',
        lastVersionNumber: 2,
        versions: { create: [{ versionId: 'v1', document: '{"Version":"2012-10-17","Statement":[]}' }, { versionId: 'v2', document }] },
      },
    });
    await api.prisma.groupMembership.create({ data: { groupId: group.id, userId: user.userId } });
    await api.prisma.groupPolicyAttachment.create({ data: { groupId: group.id, policyId: policy.id } });

    const { getUser: linked } = await client.data(`{
      getUser(userName: "linked") {
        groups { groupName attachedPolicies { policyName arn defaultVersionId defaultVersion { versionId isDefaultVersion document } } }
      }
    }`);
    expect(linked.groups).toEqual([
      {
        groupName: 'readers',
        attachedPolicies: [
          {
            policyName: 'ReadIam',
            arn: `arn:aws:iam::${root.accountId}:policy/ReadIam`,
            defaultVersionId: 'v2',
            defaultVersion: { versionId: 'v2', isDefaultVersion: true, document },
          },
        ],
      },
    ]);
  });
});
