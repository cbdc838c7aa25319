import { loadServerKey, SecretBox } from '@gatehouse/credentials';
import { createRootAccount, startTestApi, type RootAccount, type TestApi } from './support/test-api';
import { GraphQLClient } from './support/graphql-client';
import { userSessionClient } from './support/user-session';

let api: TestApi;
let root: RootAccount;
let client: GraphQLClient;

beforeAll(async () => {
  api = await startTestApi();
  root = await createRootAccount(api.prisma);
  client = new GraphQLClient(api.graphqlUrl);
  await client.signIn(root.email, root.password);
  for (const userName of ['alice', 'bob', 'carol']) {
    await client.data('mutation ($input: CreateUserInput!) { createUser(input: $input) { userId } }', { input: { userName } });
  }
});
afterAll(() => api.stop());

const createAccessKey = `mutation ($input: CreateAccessKeyInput) {
  createAccessKey(input: $input) { userName accessKeyId status createDate secretAccessKey }
}`;
const listAccessKeys = `query ($userName: String) {
  listAccessKeys(userName: $userName) { totalCount edges { node { userName accessKeyId status createDate } } }
}`;
const updateAccessKey = `mutation ($input: UpdateAccessKeyInput!) { updateAccessKey(input: $input) { accessKeyId status } }`;
const deleteAccessKey = `mutation ($input: DeleteAccessKeyInput!) { deleteAccessKey(input: $input) }`;
const getAccessKeyLastUsed = `query ($accessKeyId: String!) {
  getAccessKeyLastUsed(accessKeyId: $accessKeyId) { userName accessKeyLastUsed { lastUsedDate serviceName region } }
}`;

describe('createAccessKey', () => {
  it('returns an AKIA key id and a 40-character secret, and stores the secret only sealed under the server key', async () => {
    const { createAccessKey: key } = await client.data(createAccessKey, { input: { userName: 'alice' } });
    expect(key).toMatchObject({ userName: 'alice', status: 'Active' });
    expect(key.accessKeyId).toMatch(/^AKIA[A-Z2-7]{16}$/);
    expect(key.secretAccessKey).toMatch(/^[A-Za-z0-9+/]{40}$/);

    const row = await api.prisma.accessKey.findUniqueOrThrow({ where: { accessKeyId: key.accessKeyId } });
    expect(row.secretSealed).not.toContain(key.secretAccessKey);
    const secretBox = new SecretBox((await loadServerKey()).key);
    expect(secretBox.unseal(row.secretSealed, key.accessKeyId)).toBe(key.secretAccessKey);
  });

  it('keeps the secret out of the audit event and the logs', async () => {
    const { createAccessKey: key } = await client.data(createAccessKey, { input: { userName: 'bob' } });
    const event = await api.prisma.auditEvent.findFirstOrThrow({
      where: { eventName: 'CreateAccessKey', resources: { has: `arn:aws:iam::${root.accountId}:user/bob` } },
    });
    expect(event.responseElements).toMatchObject({ accessKey: { accessKeyId: key.accessKeyId, userName: 'bob' } });
    const events = await api.prisma.auditEvent.findMany();
    expect(JSON.stringify(events)).not.toContain(key.secretAccessKey);
    expect(JSON.stringify(api.logs)).not.toContain(key.secretAccessKey);
  });

  it('refuses a third key for a user (LimitExceeded) and writes nothing', async () => {
    await client.data(createAccessKey, { input: { userName: 'carol' } });
    await client.data(createAccessKey, { input: { userName: 'carol' } });
    const error = await client.error(createAccessKey, { input: { userName: 'carol' } });
    expect(error.extensions.code).toBe('LimitExceeded');
    expect(error.message).toBe('Cannot exceed quota for AccessKeysPerUser: 2.');
    expect(await api.prisma.accessKey.count({ where: { user: { userName: 'carol' } } })).toBe(2);
  });

  it('gives exactly one of two racing creates the second slot', async () => {
    await client.data('mutation { createUser(input: { userName: "racer" }) { userId } }');
    await client.data(createAccessKey, { input: { userName: 'racer' } });
    const results = await Promise.all([1, 2].map(() => client.request(createAccessKey, { input: { userName: 'racer' } })));
    expect(results.filter((result) => result.data?.createAccessKey).length).toBe(1);
    expect(results.flatMap((result) => result.errors ?? []).map((error) => error.extensions.code)).toEqual(['LimitExceeded']);
    expect(await api.prisma.accessKey.count({ where: { user: { userName: 'racer' } } })).toBe(2);
  });

  it('answers NoSuchEntity for an unknown user', async () => {
    const error = await client.error(createAccessKey, { input: { userName: 'nobody' } });
    expect(error.extensions.code).toBe('NoSuchEntity');
    expect(error.message).toBe('The user with name nobody cannot be found.');
  });

  it('creates a root key when the root user names no user', async () => {
    const { createAccessKey: key } = await client.data(createAccessKey, {});
    expect(key.userName).toBeNull();
    const row = await api.prisma.accessKey.findUniqueOrThrow({ where: { accessKeyId: key.accessKeyId } });
    expect(row).toMatchObject({ accountId: root.accountId, userId: null });
    const { listAccessKeys: rootKeys } = await client.data(listAccessKeys, {});
    expect(rootKeys.edges.map((edge: any) => edge.node.accessKeyId)).toEqual([key.accessKeyId]);
  });
});

describe('listAccessKeys, updateAccessKey, deleteAccessKey', () => {
  it('lists a user’s keys without secrets, deactivates one and deletes it', async () => {
    await client.data('mutation { createUser(input: { userName: "dave" }) { userId } }');
    const first = (await client.data(createAccessKey, { input: { userName: 'dave' } })).createAccessKey;
    const second = (await client.data(createAccessKey, { input: { userName: 'dave' } })).createAccessKey;
    const listed = (await client.data(listAccessKeys, { userName: 'dave' })).listAccessKeys;
    expect(listed.totalCount).toBe(2);
    expect(listed.edges.map((edge: any) => edge.node.accessKeyId).sort()).toEqual([first.accessKeyId, second.accessKeyId].sort());

    const updated = await client.data(updateAccessKey, { input: { userName: 'dave', accessKeyId: first.accessKeyId, status: 'Inactive' } });
    expect(updated.updateAccessKey).toEqual({ accessKeyId: first.accessKeyId, status: 'Inactive' });
    expect((await api.prisma.accessKey.findUniqueOrThrow({ where: { accessKeyId: first.accessKeyId } })).status).toBe('Inactive');

    expect((await client.data(deleteAccessKey, { input: { userName: 'dave', accessKeyId: first.accessKeyId } })).deleteAccessKey).toBe(true);
    const after = (await client.data(listAccessKeys, { userName: 'dave' })).listAccessKeys;
    expect(after.edges.map((edge: any) => edge.node.accessKeyId)).toEqual([second.accessKeyId]);
  });

  it('does not find a key through a user who does not own it (NoSuchEntity), and changes nothing', async () => {
    const key = (await client.data(createAccessKey, { input: { userName: 'alice' } })).createAccessKey;
    const error = await client.error(updateAccessKey, { input: { userName: 'bob', accessKeyId: key.accessKeyId, status: 'Inactive' } });
    expect(error.extensions.code).toBe('NoSuchEntity');
    expect(error.message).toBe(`The Access Key with id ${key.accessKeyId} cannot be found.`);
    const deleteError = await client.error(deleteAccessKey, { input: { userName: 'bob', accessKeyId: key.accessKeyId } });
    expect(deleteError.extensions.code).toBe('NoSuchEntity');
    expect(await api.prisma.accessKey.findUniqueOrThrow({ where: { accessKeyId: key.accessKeyId } })).toMatchObject({ status: 'Active' });
  });

  it('refuses a malformed key id and an unknown status', async () => {
    const error = await client.error(updateAccessKey, { input: { accessKeyId: 'short', status: 'Active' } });
    expect(error.extensions).toMatchObject({ code: 'InvalidInput', field: 'accessKeyId' });
    const status = await client.error(updateAccessKey, { input: { accessKeyId: 'AKIAAAAAAAAAAAAAAAAA', status: 'Paused' } });
    expect(status.extensions.code).toBe('InvalidInput');
  });

  it('blocks deleting a user while the user has access keys (DeleteConflict)', async () => {
    const error = await client.error('mutation { deleteUser(input: { userName: "bob" }) }');
    expect(error.extensions.code).toBe('DeleteConflict');
    expect(error.extensions.conflicts).toContain('AccessKeys');
  });
});

describe('an IAM user without userName', () => {
  it('creates and lists its own keys only', async () => {
    const { createUser } = await client.data('mutation { createUser(input: { userName: "erin" }) { userId } }');
    // AWS's "manage your own access keys" policy: allowed only on the caller's own user, through ${aws:username}.
    const ownKeysPolicy = {
      Version: '2012-10-17',
      Statement: [{ Effect: 'Allow', Action: ['iam:CreateAccessKey', 'iam:ListAccessKeys'], Resource: 'arn:aws:iam::*:user/${aws:username}' }],
    };
    await api.prisma.userPolicy.create({
      data: { userId: createUser.userId, policyName: 'ManageOwnAccessKeys', policyDocument: JSON.stringify(ownKeysPolicy) },
    });
    const erin = await userSessionClient(api.prisma, api.graphqlUrl, root.accountId, 'erin');
    const key = (await erin.data(createAccessKey, {})).createAccessKey;
    expect(key.userName).toBe('erin');
    const listed = (await erin.data(listAccessKeys, {})).listAccessKeys;
    expect(listed.edges.map((edge: any) => edge.node)).toEqual([expect.objectContaining({ userName: 'erin', accessKeyId: key.accessKeyId })]);
  });
});

describe('getAccessKeyLastUsed', () => {
  it('answers N/A until the key is used, then the recorded date, service and region', async () => {
    const key = (await client.data(createAccessKey, { input: { userName: 'dave' } })).createAccessKey;
    const unused = (await client.data(getAccessKeyLastUsed, { accessKeyId: key.accessKeyId })).getAccessKeyLastUsed;
    expect(unused).toEqual({ userName: 'dave', accessKeyLastUsed: { lastUsedDate: null, serviceName: 'N/A', region: 'N/A' } });

    const usedAt = new Date('2026-03-01T10:00:00.000Z');
    await api.prisma.accessKey.update({
      where: { accessKeyId: key.accessKeyId },
      data: { lastUsedDate: usedAt, lastUsedService: 'iam', lastUsedRegion: 'us-east-1' },
    });
    const used = (await client.data(getAccessKeyLastUsed, { accessKeyId: key.accessKeyId })).getAccessKeyLastUsed;
    expect(used.accessKeyLastUsed).toEqual({ lastUsedDate: usedAt.toISOString(), serviceName: 'iam', region: 'us-east-1' });
  });

  it('does not see a key of another account (NoSuchEntity)', async () => {
    const other = await createRootAccount(api.prisma);
    const otherClient = new GraphQLClient(api.graphqlUrl);
    await otherClient.signIn(other.email, other.password);
    const key = (await otherClient.data(createAccessKey, {})).createAccessKey;
    const error = await client.error(getAccessKeyLastUsed, { accessKeyId: key.accessKeyId });
    expect(error.extensions.code).toBe('NoSuchEntity');
  });
});
