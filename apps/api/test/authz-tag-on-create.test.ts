import { startTestApi, type TestApi } from './support/test-api';
import { IamWorld } from './auth/iam-world';
import { allow } from './authz/iam-fixtures';
import type { GraphQLClient } from './support/graphql-client';

// AWS: creating a user, role, customer managed policy or instance profile with tags also needs the tagging action
// (iam:TagUser, iam:TagRole, iam:TagPolicy, iam:TagInstanceProfile) on the new resource; without it the create is refused and nothing is made. The tags of a
// request are condition keys (aws:RequestTag/KEY, aws:TagKeys) for every action it is authorized for.

let api: TestApi;
let world: IamWorld;
let accountId: string;
let createOnly: GraphQLClient;
let createAndTag: GraphQLClient;
let createOnlyArn: string;

const trustDocument = () =>
  JSON.stringify({ Version: '2012-10-17', Statement: [{ Effect: 'Allow', Principal: { AWS: `arn:aws:iam::${accountId}:root` }, Action: 'sts:AssumeRole' }] });
const policyDocument = JSON.stringify({ Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: 'iam:GetUser', Resource: '*' }] });
const tags = [{ key: 'team', value: 'blue' }];

const createUser = 'mutation ($input: CreateUserInput!) { createUser(input: $input) { userName tags { key value } } }';
const createRole = 'mutation ($input: CreateRoleInput!) { createRole(input: $input) { roleName tags { key value } } }';
const createPolicy = 'mutation ($input: CreatePolicyInput!) { createPolicy(input: $input) { policyName tags { key value } } }';
const createInstanceProfile = 'mutation ($input: CreateInstanceProfileInput!) { createInstanceProfile(input: $input) { instanceProfileName tags { key value } } }';

beforeAll(async () => {
  api = await startTestApi();
  world = new IamWorld(api);
  accountId = (await world.account()).accountId;
  const creates = ['iam:CreateUser', 'iam:CreateRole', 'iam:CreatePolicy', 'iam:CreateInstanceProfile'];
  createOnlyArn = (await world.user(accountId, 'creator', { Create: allow(creates) })).arn;
  await world.user(accountId, 'tagging-creator', { Create: allow([...creates, 'iam:TagUser', 'iam:TagRole', 'iam:TagPolicy', 'iam:TagInstanceProfile']) });
  // The reads of the created entity's tags in the responses.
  for (const userName of ['creator', 'tagging-creator']) {
    const user = await api.prisma.user.findFirstOrThrow({ where: { accountId, userName } });
    await api.prisma.userPolicy.create({
      data: { userId: user.id, policyName: 'ReadTags', policyDocument: JSON.stringify(allow(['iam:ListUserTags', 'iam:ListRoleTags', 'iam:ListPolicyTags', 'iam:ListInstanceProfileTags'])) },
    });
  }
  [createOnly, createAndTag] = await Promise.all([world.session(accountId, 'creator'), world.session(accountId, 'tagging-creator')]);
});
afterAll(() => api.stop());

const cases = [
  {
    entity: 'user',
    tagAction: 'iam:TagUser',
    document: createUser,
    input: (name: string) => ({ userName: name }),
    arn: (name: string) => `arn:aws:iam::${accountId}:user/${name}`,
    count: (name: string) => api.prisma.user.count({ where: { accountId, userName: name } }),
  },
  {
    entity: 'role',
    tagAction: 'iam:TagRole',
    document: createRole,
    input: (name: string) => ({ roleName: name, assumeRolePolicyDocument: trustDocument() }),
    arn: (name: string) => `arn:aws:iam::${accountId}:role/${name}`,
    count: (name: string) => api.prisma.role.count({ where: { accountId, roleName: name } }),
  },
  {
    entity: 'policy',
    tagAction: 'iam:TagPolicy',
    document: createPolicy,
    input: (name: string) => ({ policyName: name, policyDocument }),
    arn: (name: string) => `arn:aws:iam::${accountId}:policy/${name}`,
    count: (name: string) => api.prisma.managedPolicy.count({ where: { accountId, policyName: name } }),
  },
  {
    entity: 'instance-profile',
    tagAction: 'iam:TagInstanceProfile',
    document: createInstanceProfile,
    input: (name: string) => ({ instanceProfileName: name }),
    arn: (name: string) => `arn:aws:iam::${accountId}:instance-profile/${name}`,
    count: (name: string) => api.prisma.instanceProfile.count({ where: { accountId, instanceProfileName: name } }),
  },
];

describe.each(cases)('creating with tags: $entity', ({ entity, tagAction, document, input, arn, count }) => {
  it(`needs only the create action without tags (or with an empty tag list)`, async () => {
    await createOnly.data(document, { input: input(`plain-${entity}`) });
    await createOnly.data(document, { input: { ...input(`empty-tags-${entity}`), tags: [] } });
    expect(await count(`plain-${entity}`)).toBe(1);
    expect(await count(`empty-tags-${entity}`)).toBe(1);
  });

  it(`is refused with AccessDenied naming ${tagAction} when the caller may create but not tag, and creates nothing`, async () => {
    const name = `tagged-${entity}`;
    const refused = await createOnly.error(document, { input: { ...input(name), tags } });
    expect(refused.extensions.code).toBe('AccessDenied');
    expect(refused.message).toBe(
      `User: ${createOnlyArn} is not authorized to perform: ${tagAction} on resource: ${arn(name)} because no identity-based policy allows the ${tagAction} action`,
    );
    expect(await count(name)).toBe(0);
  });

  it(`succeeds, tags and all, when the caller may also ${tagAction}`, async () => {
    const name = `tagged-by-tagger-${entity}`;
    const created = Object.values(await createAndTag.data(document, { input: { ...input(name), tags } }))[0] as { tags: unknown };
    expect(created.tags).toEqual(tags);
    expect(await count(name)).toBe(1);
  });
});

describe('the tags of a request as condition keys (aws:RequestTag/…, aws:TagKeys)', () => {
  const tagUser = 'mutation ($input: TagUserInput!) { tagUser(input: $input) { userName } }';
  const untagUser = 'mutation ($input: UntagUserInput!) { untagUser(input: $input) { userName } }';
  let teamOnly: GraphQLClient;
  let blueOnly: GraphQLClient;

  beforeAll(async () => {
    // AWS's documented pattern: tag only with approved keys, or only with an approved value.
    await world.user(accountId, 'team-tagger', {
      TeamKeyOnly: allow(['iam:CreateUser', 'iam:TagUser', 'iam:UntagUser'], '*', { Condition: { 'ForAllValues:StringEquals': { 'aws:TagKeys': ['team'] } } }),
    });
    await world.user(accountId, 'blue-tagger', {
      CreateRoles: allow('iam:CreateRole'),
      BlueOnly: allow('iam:TagRole', '*', { Condition: { StringEquals: { 'aws:RequestTag/team': 'blue' } } }),
    });
    [teamOnly, blueOnly] = await Promise.all([world.session(accountId, 'team-tagger'), world.session(accountId, 'blue-tagger')]);
  });

  it('CreateUser and TagUser see aws:TagKeys: approved keys pass, any other key is refused and nothing changes', async () => {
    await teamOnly.data(createUser.replace(' tags { key value }', ''), { input: { userName: 'keyed-ok', tags: [{ key: 'team', value: 'red' }] } });
    const otherKey = await teamOnly.error(createUser.replace(' tags { key value }', ''), {
      input: { userName: 'keyed-refused', tags: [{ key: 'team', value: 'red' }, { key: 'cost-center', value: '42' }] },
    });
    expect(otherKey.message).toMatch(/not authorized to perform: iam:CreateUser/);
    expect(await api.prisma.user.count({ where: { accountId, userName: 'keyed-refused' } })).toBe(0);

    const tagOther = await teamOnly.error(tagUser, { input: { userName: 'keyed-ok', tags: [{ key: 'cost-center', value: '42' }] } });
    expect(tagOther.message).toMatch(/not authorized to perform: iam:TagUser/);
    await teamOnly.data(tagUser, { input: { userName: 'keyed-ok', tags: [{ key: 'team', value: 'blue' }] } });
    const userTags = await api.prisma.userTag.findMany({ where: { user: { accountId, userName: 'keyed-ok' } } });
    expect(userTags.map(({ key, value }) => ({ key, value }))).toEqual([{ key: 'team', value: 'blue' }]);
  });

  it('UntagUser sees the keys to remove as aws:TagKeys', async () => {
    const otherKey = await teamOnly.error(untagUser, { input: { userName: 'keyed-ok', tagKeys: ['cost-center'] } });
    expect(otherKey.message).toMatch(/not authorized to perform: iam:UntagUser/);
    await teamOnly.data(untagUser, { input: { userName: 'keyed-ok', tagKeys: ['team'] } });
    expect(await api.prisma.userTag.count({ where: { user: { accountId, userName: 'keyed-ok' } } })).toBe(0);
  });

  it('the tag action of a create sees aws:RequestTag/KEY: only the approved value passes', async () => {
    const input = (roleName: string, value: string) => ({ input: { ...cases[1]!.input(roleName), tags: [{ key: 'team', value }] } });
    await blueOnly.data(createRole.replace(' tags { key value }', ''), input('blue-role', 'blue'));
    const red = await blueOnly.error(createRole.replace(' tags { key value }', ''), input('red-role', 'red'));
    expect(red.message).toMatch(/not authorized to perform: iam:TagRole on resource: .*role\/red-role/);
    expect(await api.prisma.role.count({ where: { accountId, roleName: { in: ['blue-role', 'red-role'] } } })).toBe(1);
  });
});
