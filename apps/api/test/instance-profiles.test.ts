import { defaultApiConfig } from '../src/config';
import { accountQuotas } from '../src/modules/accounts/account-quotas';
import { IamWorld } from './auth/iam-world';
import { allow } from './authz/iam-fixtures';
import type { GraphQLClient } from './support/graphql-client';
import { startTestApi, type TestApi } from './support/test-api';

// Instance profiles as AWS has them: AIPA ids, instance-profile ARNs with their path, one role per profile, and
// iam:PassRole on the role to put it in a profile (it is then handed to EC2); tags; a per-account quota that
// GetAccountSummary reports (configured small here, so that reaching it is cheap).

/** The account quota of instance profiles this file's server enforces. */
const instanceProfilesQuota = 4;

let api: TestApi;
let world: IamWorld;
let accountId: string;
let root: GraphQLClient;

const ec2Trust = { Version: '2012-10-17', Statement: [{ Effect: 'Allow', Principal: { Service: 'ec2.amazonaws.com' }, Action: 'sts:AssumeRole' }] };
const profileFields = 'instanceProfileId instanceProfileName path arn createDate roles { roleName arn }';
const create = `mutation ($input: CreateInstanceProfileInput!) { createInstanceProfile(input: $input) { ${profileFields} } }`;
const get = `query ($name: String!) { getInstanceProfile(instanceProfileName: $name) { ${profileFields} } }`;
const list = 'query ($pathPrefix: String) { listInstanceProfiles(pathPrefix: $pathPrefix) { totalCount edges { node { instanceProfileName } } } }';
const listForRole = 'query ($roleName: String!) { listInstanceProfilesForRole(roleName: $roleName) { totalCount edges { node { instanceProfileName roles { roleName } } } } }';
const addRole = `mutation ($input: InstanceProfileRoleInput!) { addRoleToInstanceProfile(input: $input) { ${profileFields} } }`;
const removeRole = `mutation ($input: InstanceProfileRoleInput!) { removeRoleFromInstanceProfile(input: $input) { ${profileFields} } }`;
const deleteProfile = 'mutation ($input: DeleteInstanceProfileInput!) { deleteInstanceProfile(input: $input) }';
const deleteRole = 'mutation ($input: DeleteRoleInput!) { deleteRole(input: $input) }';
const tagProfile = 'mutation ($input: TagInstanceProfileInput!) { tagInstanceProfile(input: $input) { instanceProfileName tags { key value } } }';
const untagProfile = 'mutation ($input: UntagInstanceProfileInput!) { untagInstanceProfile(input: $input) { instanceProfileName tags { key value } } }';
const listTags = 'query ($name: String!, $first: Int, $after: String) { listInstanceProfileTags(instanceProfileName: $name, first: $first, after: $after) { totalCount pageInfo { hasNextPage endCursor } edges { node { key value } } } }';
const summary = '{ getAccountSummary { summaryMap { key value } } }';

beforeAll(async () => {
  api = await startTestApi({ quotas: { instanceProfilesPerAccount: instanceProfilesQuota } });
  world = new IamWorld(api);
  const account = await world.account();
  accountId = account.accountId;
  root = account.root;
  await world.role(accountId, 'WebServer', ec2Trust);
  await world.role(accountId, 'Worker', ec2Trust);
});
afterAll(() => api.stop());

describe('instance profiles and their role', () => {
  it('creates, gets and lists profiles by path, with AWS ids and ARNs; a second with the same name is refused', async () => {
    const created = (await root.data(create, { input: { instanceProfileName: 'WebProfile', path: '/web/' } })).createInstanceProfile;
    expect(created).toMatchObject({
      instanceProfileId: expect.stringMatching(/^AIPA[A-Z2-7]{17}$/),
      instanceProfileName: 'WebProfile',
      path: '/web/',
      arn: `arn:aws:iam::${accountId}:instance-profile/web/WebProfile`,
      roles: [],
    });
    await root.data(create, { input: { instanceProfileName: 'BatchProfile' } });
    expect((await root.data(get, { name: 'webprofile' })).getInstanceProfile.arn).toBe(created.arn);

    const duplicate = await root.error(create, { input: { instanceProfileName: 'WebProfile' } });
    expect(duplicate).toMatchObject({ message: 'Instance Profile WebProfile already exists.', extensions: { code: 'EntityAlreadyExists' } });
    const all = (await root.data(list, {})).listInstanceProfiles;
    expect(all.edges.map((edge: { node: { instanceProfileName: string } }) => edge.node.instanceProfileName)).toEqual(['BatchProfile', 'WebProfile']);
    expect((await root.data(list, { pathPrefix: '/web/' })).listInstanceProfiles.totalCount).toBe(1);
    const missing = await root.error(get, { name: 'Nope' });
    expect(missing).toMatchObject({ message: 'Instance Profile Nope cannot be found.', extensions: { code: 'NoSuchEntity' } });
  });

  it('holds one role (LimitExceeded for a second), which then cannot be deleted, nor the profile, until it is removed', async () => {
    const added = (await root.data(addRole, { input: { instanceProfileName: 'WebProfile', roleName: 'WebServer' } })).addRoleToInstanceProfile;
    expect(added.roles).toEqual([{ roleName: 'WebServer', arn: `arn:aws:iam::${accountId}:role/WebServer` }]);
    expect((await root.data(get, { name: 'WebProfile' })).getInstanceProfile.roles).toHaveLength(1);

    for (const roleName of ['Worker', 'WebServer']) {
      const second = await root.error(addRole, { input: { instanceProfileName: 'WebProfile', roleName } });
      expect(second).toMatchObject({ message: 'Cannot exceed quota for InstanceSessionsPerInstanceProfile: 1.', extensions: { code: 'LimitExceeded' } });
    }
    const forRole = (await root.data(listForRole, { roleName: 'WebServer' })).listInstanceProfilesForRole;
    expect(forRole).toEqual({ totalCount: 1, edges: [{ node: { instanceProfileName: 'WebProfile', roles: [{ roleName: 'WebServer' }] } }] });

    const roleInUse = await root.error(deleteRole, { input: { roleName: 'WebServer' } });
    expect(roleInUse).toMatchObject({ message: 'Cannot delete entity, must remove roles from instance profile first.', extensions: { code: 'DeleteConflict' } });
    const profileInUse = await root.error(deleteProfile, { input: { instanceProfileName: 'WebProfile' } });
    expect(profileInUse).toMatchObject({ message: 'Cannot delete entity, must remove roles from instance profile first.', extensions: { code: 'DeleteConflict' } });
    expect(await api.prisma.instanceProfile.count({ where: { accountId } })).toBe(2);

    const notThere = await root.error(removeRole, { input: { instanceProfileName: 'WebProfile', roleName: 'Worker' } });
    expect(notThere.extensions.code).toBe('NoSuchEntity');
    expect((await root.data(removeRole, { input: { instanceProfileName: 'WebProfile', roleName: 'WebServer' } })).removeRoleFromInstanceProfile.roles).toEqual([]);
    expect(await root.data(deleteProfile, { input: { instanceProfileName: 'WebProfile' } })).toEqual({ deleteInstanceProfile: true });
    expect(await root.data(deleteRole, { input: { roleName: 'WebServer' } })).toEqual({ deleteRole: true });
  });

  it('records an audit event for every change, naming the profile (and the role added)', async () => {
    const events = await api.prisma.auditEvent.findMany({ where: { accountId, eventName: { contains: 'InstanceProfile' }, errorCode: null }, orderBy: { eventTime: 'asc' } });
    expect(events.map((event) => event.eventName)).toEqual([
      'CreateInstanceProfile',
      'CreateInstanceProfile',
      'AddRoleToInstanceProfile',
      'RemoveRoleFromInstanceProfile',
      'DeleteInstanceProfile',
    ]);
    expect(events[2]!.resources).toEqual([`arn:aws:iam::${accountId}:instance-profile/web/WebProfile`, `arn:aws:iam::${accountId}:role/WebServer`]);
  });
});

describe('iam:PassRole for AddRoleToInstanceProfile', () => {
  const profileArn = () => `arn:aws:iam::${accountId}:instance-profile/BatchProfile`;
  const workerArn = () => `arn:aws:iam::${accountId}:role/Worker`;

  it('is refused, naming iam:PassRole on the role, to a caller allowed AddRoleToInstanceProfile alone, and changes nothing', async () => {
    await world.user(accountId, 'no-pass', { Add: allow('iam:AddRoleToInstanceProfile', profileArn()) });
    const client = await world.session(accountId, 'no-pass');
    const refused = await client.error(addRole, { input: { instanceProfileName: 'BatchProfile', roleName: 'Worker' } });
    expect(refused.extensions.code).toBe('AccessDenied');
    expect(refused.message).toMatch(new RegExp(`is not authorized to perform: iam:PassRole on resource: ${workerArn()} because no identity-based policy allows the iam:PassRole action$`));
    expect((await root.data(get, { name: 'BatchProfile' })).getInstanceProfile.roles).toEqual([]);
  });

  it('is evaluated with iam:PassedToService ec2.amazonaws.com: allowed for EC2, refused when PassRole is for another service', async () => {
    const passTo = (service: string) => ({
      Version: '2012-10-17',
      Statement: [
        { Effect: 'Allow', Action: 'iam:AddRoleToInstanceProfile', Resource: profileArn() },
        { Effect: 'Allow', Action: 'iam:PassRole', Resource: workerArn(), Condition: { StringEquals: { 'iam:PassedToService': service } } },
      ],
    });
    await world.user(accountId, 'pass-to-lambda', { Pass: passTo('lambda.amazonaws.com') });
    await world.user(accountId, 'pass-to-ec2', { Pass: passTo('ec2.amazonaws.com') });
    const input = { instanceProfileName: 'BatchProfile', roleName: 'Worker' };

    const lambda = await (await world.session(accountId, 'pass-to-lambda')).error(addRole, { input });
    expect(lambda.message).toMatch(/not authorized to perform: iam:PassRole/);
    const ec2 = (await (await world.session(accountId, 'pass-to-ec2')).data(addRole, { input })).addRoleToInstanceProfile;
    expect(ec2.roles).toEqual([{ roleName: 'Worker', arn: workerArn() }]);
  });
});

describe('instance profile tags', () => {
  const tagsOf = async (name: string) =>
    (await api.prisma.instanceProfileTag.findMany({ where: { instanceProfile: { accountId, instanceProfileName: name } }, orderBy: { key: 'asc' } })).map(
      ({ key, value }) => ({ key, value }),
    );

  it('creates a profile with tags, answered by getInstanceProfile, listInstanceProfiles and listInstanceProfileTags (paged, in key order)', async () => {
    const tags = [{ key: 'team', value: 'web' }, { key: 'CostCenter', value: '42' }];
    const created = (await root.data(create, { input: { instanceProfileName: 'TaggedProfile', tags } })).createInstanceProfile;
    expect(created.instanceProfileName).toBe('TaggedProfile');
    expect((await root.data(`query ($name: String!) { getInstanceProfile(instanceProfileName: $name) { tags { key value } } }`, { name: 'TaggedProfile' })).getInstanceProfile.tags).toEqual([
      { key: 'CostCenter', value: '42' },
      { key: 'team', value: 'web' },
    ]);
    const listed = (await root.data('{ listInstanceProfiles { edges { node { instanceProfileName tags { key } } } } }')).listInstanceProfiles.edges;
    expect(listed.map((edge: { node: object }) => edge.node)).toContainEqual({ instanceProfileName: 'TaggedProfile', tags: [{ key: 'CostCenter' }, { key: 'team' }] });

    const first = (await root.data(listTags, { name: 'TaggedProfile', first: 1 })).listInstanceProfileTags;
    expect(first).toMatchObject({ totalCount: 2, pageInfo: { hasNextPage: true }, edges: [{ node: { key: 'CostCenter', value: '42' } }] });
    const rest = (await root.data(listTags, { name: 'TaggedProfile', first: 1, after: first.pageInfo.endCursor })).listInstanceProfileTags;
    expect(rest).toMatchObject({ pageInfo: { hasNextPage: false }, edges: [{ node: { key: 'team', value: 'web' } }] });
    expect((await root.error(listTags, { name: 'Nope' })).extensions.code).toBe('NoSuchEntity');
  });

  it('tags (a key in any case overwrites its value) and untags (keys in any case, absent ones ignored)', async () => {
    const tagged = (await root.data(tagProfile, { input: { instanceProfileName: 'TaggedProfile', tags: [{ key: 'TEAM', value: 'batch' }, { key: 'env', value: 'prod' }] } }))
      .tagInstanceProfile;
    expect(tagged.tags).toEqual([{ key: 'CostCenter', value: '42' }, { key: 'env', value: 'prod' }, { key: 'TEAM', value: 'batch' }]);
    const untagged = (await root.data(untagProfile, { input: { instanceProfileName: 'TaggedProfile', tagKeys: ['costcenter', 'absent'] } })).untagInstanceProfile;
    expect(untagged.tags).toEqual([{ key: 'env', value: 'prod' }, { key: 'TEAM', value: 'batch' }]);
    expect(await tagsOf('TaggedProfile')).toEqual(untagged.tags);
    const missing = await root.error(tagProfile, { input: { instanceProfileName: 'Nope', tags: [{ key: 'a', value: 'b' }] } });
    expect(missing).toMatchObject({ message: 'Instance Profile Nope cannot be found.', extensions: { code: 'NoSuchEntity' } });
  });

  it('refuses AWS’s bad tags (over 50 in a request, duplicate keys in any case, the aws: prefix) and changes nothing', async () => {
    const before = await tagsOf('TaggedProfile');
    const many = Array.from({ length: 51 }, (_, i) => ({ key: `k${i}`, value: 'v' }));
    expect((await root.error(tagProfile, { input: { instanceProfileName: 'TaggedProfile', tags: many } })).extensions).toMatchObject({ code: 'InvalidInput' });
    const duplicate = await root.error(tagProfile, { input: { instanceProfileName: 'TaggedProfile', tags: [{ key: 'Tier', value: 'a' }, { key: 'tier', value: 'b' }] } });
    expect(duplicate).toMatchObject({ extensions: { code: 'InvalidInput' }, message: expect.stringContaining('Duplicate tag keys') });
    const reserved = await root.error(create, { input: { instanceProfileName: 'Reserved', tags: [{ key: 'aws:owner', value: 'x' }] } });
    expect(reserved.extensions.code).toBe('InvalidInput');
    expect(await tagsOf('TaggedProfile')).toEqual(before);
    expect(await api.prisma.instanceProfile.count({ where: { accountId, instanceProfileName: 'Reserved' } })).toBe(0);
  });

  it('keeps at most 50 tags on a profile: past that, LimitExceeded and nothing changes; overwriting a key adds none', async () => {
    const fill = Array.from({ length: 48 }, (_, i) => ({ key: `fill${String(i).padStart(2, '0')}`, value: 'x' }));
    await root.data(tagProfile, { input: { instanceProfileName: 'TaggedProfile', tags: fill } });
    expect(await tagsOf('TaggedProfile')).toHaveLength(50);
    const over = await root.error(tagProfile, { input: { instanceProfileName: 'TaggedProfile', tags: [{ key: 'env', value: 'dev' }, { key: 'one-more', value: 'x' }] } });
    expect(over).toMatchObject({ message: 'Cannot exceed quota for TagsPerResource: 50.', extensions: { code: 'LimitExceeded' } });
    expect((await tagsOf('TaggedProfile')).find((tag) => tag.key === 'env')).toEqual({ key: 'env', value: 'prod' });
    await root.data(tagProfile, { input: { instanceProfileName: 'TaggedProfile', tags: [{ key: 'env', value: 'dev' }] } });
    expect(await tagsOf('TaggedProfile')).toHaveLength(50);
    await root.data(untagProfile, { input: { instanceProfileName: 'TaggedProfile', tagKeys: fill.map((tag) => tag.key) } });
    expect(await tagsOf('TaggedProfile')).toEqual([{ key: 'env', value: 'dev' }, { key: 'TEAM', value: 'batch' }]);
  });

  it('records TagInstanceProfile and UntagInstanceProfile with the profile and the request', async () => {
    const events = await api.prisma.auditEvent.findMany({ where: { accountId, eventName: { in: ['TagInstanceProfile', 'UntagInstanceProfile'] }, errorCode: null }, orderBy: { eventTime: 'asc' } });
    expect(events.map((event) => event.eventName)).toEqual(['TagInstanceProfile', 'UntagInstanceProfile', 'TagInstanceProfile', 'TagInstanceProfile', 'UntagInstanceProfile']);
    expect(events[1]).toMatchObject({
      resources: [`arn:aws:iam::${accountId}:instance-profile/TaggedProfile`],
      requestParameters: { instanceProfileName: 'TaggedProfile', tagKeys: ['costcenter', 'absent'] },
    });
  });

  it('a tag action is authorized on the profile with its request tags as condition keys (aws:TagKeys)', async () => {
    const profileArn = `arn:aws:iam::${accountId}:instance-profile/TaggedProfile`;
    await world.user(accountId, 'env-tagger', {
      EnvOnly: allow(['iam:TagInstanceProfile', 'iam:UntagInstanceProfile'], profileArn, { Condition: { 'ForAllValues:StringEquals': { 'aws:TagKeys': ['env'] } } }),
    });
    const client = await world.session(accountId, 'env-tagger');
    const otherKey = await client.error('mutation ($input: TagInstanceProfileInput!) { tagInstanceProfile(input: $input) { instanceProfileName } }', {
      input: { instanceProfileName: 'TaggedProfile', tags: [{ key: 'owner', value: 'me' }] },
    });
    expect(otherKey.message).toMatch(new RegExp(`not authorized to perform: iam:TagInstanceProfile on resource: ${profileArn} `));
    await client.data('mutation ($input: UntagInstanceProfileInput!) { untagInstanceProfile(input: $input) { instanceProfileName } }', {
      input: { instanceProfileName: 'TaggedProfile', tagKeys: ['env'] },
    });
    expect(await tagsOf('TaggedProfile')).toEqual([{ key: 'TEAM', value: 'batch' }]);
  });

  it('deleting a profile deletes its tags', async () => {
    await root.data(create, { input: { instanceProfileName: 'ShortLived', tags: [{ key: 'ttl', value: '1h' }] } });
    await root.data(deleteProfile, { input: { instanceProfileName: 'ShortLived' } });
    expect(await api.prisma.instanceProfileTag.count({ where: { key: 'ttl' } })).toBe(0);
  });
});

describe('the account quota of instance profiles', () => {
  const summaryMap = async (): Promise<Record<string, number>> =>
    Object.fromEntries(((await root.data(summary)).getAccountSummary.summaryMap as Array<{ key: string; value: number }>).map((entry) => [entry.key, entry.value]));

  it('GetAccountSummary reports InstanceProfiles and the configured InstanceProfilesQuota; past the quota, LimitExceeded and nothing is created', async () => {
    const before = await summaryMap();
    expect(before.InstanceProfilesQuota).toBe(instanceProfilesQuota);
    expect(before.InstanceProfiles).toBe(await api.prisma.instanceProfile.count({ where: { accountId } }));
    expect(before.InstanceProfiles).toBeLessThan(instanceProfilesQuota);

    for (let i = before.InstanceProfiles!; i < instanceProfilesQuota; i++) await root.data(create, { input: { instanceProfileName: `Fill${i}` } });
    expect((await summaryMap()).InstanceProfiles).toBe(instanceProfilesQuota);
    const over = await root.error(create, { input: { instanceProfileName: 'OneTooMany' } });
    expect(over).toMatchObject({ message: `Cannot exceed quota for InstanceProfilesPerAccount: ${instanceProfilesQuota}.`, extensions: { code: 'LimitExceeded' } });
    expect(await api.prisma.instanceProfile.count({ where: { accountId } })).toBe(instanceProfilesQuota);
    expect(await api.prisma.auditEvent.count({ where: { accountId, eventName: 'CreateInstanceProfile', resources: { has: `arn:aws:iam::${accountId}:instance-profile/OneTooMany` } } })).toBe(0);
  });

  it('defaults to AWS’s 1,000 per account', () => {
    expect(accountQuotas(defaultApiConfig)).toMatchObject({ InstanceProfilesQuota: 1000 });
  });
});
