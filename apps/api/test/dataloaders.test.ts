import { ChangeNotifications, createPrismaClient, newUniqueId, type PrismaClient } from '@gatehouse/db';
import { createTestDatabase, type TestDatabase } from '@gatehouse/db/testing';
import { resolveApiConfig } from '../src/config';
import { createLogger } from '../src/logger';
import { createApiServer, type ApiServer } from '../src/server';
import { createRootAccount, type RootAccount } from './support/test-api';
import { GraphQLClient } from './support/graphql-client';
import { dumpAuditEvents } from './support/test-artifacts';
import { SignedGraphQLClient } from './auth/signed-client';

// The API's Prisma client, wrapped to record every operation it runs: the number of database round trips of a
// nested query must not grow with the number of objects in it, and authentication adds as few as it can.
let database: TestDatabase;
let operations: string[];
let server: ApiServer;
let notifications: ChangeNotifications;
let root: RootAccount;
let client: GraphQLClient;

beforeAll(async () => {
  database = await createTestDatabase();
  operations = [];
  const counting = createPrismaClient(database.databaseUrl).$extends({
    query: {
      async $allOperations({ model, operation, args, query }) {
        operations.push(`${model ?? '$'}.${operation}`);
        return query(args);
      },
    },
  }) as unknown as PrismaClient;
  notifications = await ChangeNotifications.start(database.databaseUrl, () => undefined);
  server = await createApiServer({ prisma: counting, notifications, config: resolveApiConfig(), logger: createLogger({ level: 'silent' }) });
  const url = await server.listen(0, '127.0.0.1');
  root = await createRootAccount(database.prisma);
  client = new GraphQLClient(`${url}/graphql`);
  await client.signIn(root.email, root.password);
});
afterAll(async () => {
  await server.close();
  await notifications.close();
  await dumpAuditEvents(database.prisma);
  await database.drop();
});

async function createUserInTwoGroups(index: number): Promise<void> {
  const { prisma } = database;
  const accountId = root.accountId;
  const user = await prisma.user.create({
    data: { id: newUniqueId('user'), accountId, userName: `user${index}`, arn: `arn:aws:iam::${accountId}:user/user${index}` },
  });
  for (const suffix of ['a', 'b']) {
    const groupName = `group${index}${suffix}`;
    const group = await prisma.group.create({
      data: { id: newUniqueId('group'), accountId, groupName, arn: `arn:aws:iam::${accountId}:group/${groupName}` },
    });
    await prisma.groupMembership.create({ data: { groupId: group.id, userId: user.id } });
    const policyName = `policy${index}${suffix}`;
    const policy = await prisma.managedPolicy.create({
      data: {
        id: newUniqueId('managedPolicy'),
        accountId,
        policyName,
        arn: `arn:aws:iam::${accountId}:policy/${policyName}`,
        defaultVersionId: 'v1',
        versions: { create: { versionId: 'v1', document: `{"Version":"2012-10-17","Statement":[],"Id":"${policyName}"}` } },
      },
    });
    await prisma.groupPolicyAttachment.create({ data: { groupId: group.id, policyId: policy.id } });
  }
}

const nested = `{
  listUsers(first: 100) {
    edges { node { userName tags { key } groups { groupName attachedPolicies { policyName defaultVersion { versionId document } } } } }
  }
}`;

/** The operations a query runs to resolve its fields; authentication's reads are test/credential-cache.test.ts's. */
async function operationsFor(query: string): Promise<{ operations: string[]; users: any[] }> {
  operations.length = 0;
  const data = await client.data(query);
  return { operations: operations.filter((operation) => operation !== '$.$queryRaw'), users: data.listUsers.edges.map((edge: { node: unknown }) => edge.node) };
}

it('resolves users → groups → attached policies → default version in one query per level at most, however many users', async () => {
  for (let index = 0; index < 3; index++) await createUserInTwoGroups(index);
  const few = await operationsFor(nested);
  expect(few.users).toHaveLength(3);
  expect(few.users[2].groups[1].attachedPolicies[0].defaultVersion.document).toContain('policy2b');

  for (let index = 3; index < 12; index++) await createUserInTwoGroups(index);
  const many = await operationsFor(nested);
  expect(many.users).toHaveLength(12);
  expect(many.users.every((user: { groups: unknown[] }) => user.groups.length === 2)).toBe(true);

  expect(many.operations).toEqual(few.operations);
  // The groups' attached policies are read with the groups, as the query selects them.
  expect(many.operations).toEqual(['User.findMany', 'UserTag.findMany', 'GroupMembership.findMany', 'PolicyVersion.findMany']);
});

it('reads a user named in getUser with its groups and their attached policies in one query when the operation selects them', async () => {
  const userWithGroups = `query ($userName: String) {
    getUser(userName: $userName) { userName ...groups }
  }
  fragment groups on User { groups { groupName attachedPolicies { policyName } } }`;
  const read = async (query: string) => {
    operations.length = 0;
    const { getUser } = await client.data(query, { userName: 'user1' });
    return { user: getUser, operations: operations.filter((operation) => operation !== '$.$queryRaw') };
  };

  const nestedRead = await read(userWithGroups);
  expect(nestedRead.user).toEqual({
    userName: 'user1',
    groups: [
      { groupName: 'group1a', attachedPolicies: [{ policyName: 'policy1a' }] },
      { groupName: 'group1b', attachedPolicies: [{ policyName: 'policy1b' }] },
    ],
  });
  expect(nestedRead.operations).toEqual(['User.findMany']);

  const groupsOnly = await read('query ($userName: String) { getUser(userName: $userName) { groups { groupName } } }');
  expect(groupsOnly.user.groups.map((group: { groupName: string }) => group.groupName)).toEqual(['group1a', 'group1b']);
  expect(groupsOnly.operations).toEqual(['User.findMany']);
});

it('still authorizes each linked field when its rows were read with the user', async () => {
  await client.data('mutation { createUser(input: { userName: "reader" }) { userId } }');
  const document = JSON.stringify({ Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: 'iam:GetUser', Resource: '*' }] });
  await client.data('mutation ($document: String!) { putUserPolicy(input: { userName: "reader", policyName: "get-user", policyDocument: $document }) { policyName } }', { document });
  const { createAccessKey } = await client.data('mutation { createAccessKey(input: { userName: "reader" }) { accessKeyId secretAccessKey } }');
  const reader = new SignedGraphQLClient(client.graphqlUrl, createAccessKey);

  const query = 'query ($userName: String) { getUser(userName: $userName) { userName groups { groupName attachedPolicies { policyName } } } }';
  operations.length = 0;
  const response = await reader.request(query, { userName: 'user1' });
  // The groups came with the user (authentication and the reader's own policies account for the other reads).
  expect(operations).toContain('User.findMany');
  expect(operations).not.toContain('GroupMembership.findMany');
  expect(response.data).toBeNull();
  expect(response.errors).toEqual([expect.objectContaining({ path: ['getUser', 'groups'], extensions: expect.objectContaining({ code: 'AccessDenied' }) })]);
  expect(JSON.stringify(response)).not.toContain('group1a');
});

it('writes an access key\'s last use only when a minute has passed', async () => {
  await client.data('mutation { createUser(input: { userName: "signer" }) { userId } }');
  const { createAccessKey } = await client.data('mutation { createAccessKey(input: { userName: "signer" }) { accessKeyId secretAccessKey } }');
  const signer = new SignedGraphQLClient(client.graphqlUrl, createAccessKey);
  const whoAmI = '{ getCallerIdentity { arn } }';
  // The key itself is read through the credential cache (test/credential-cache.test.ts counts those reads).
  const lastUseWrites = async () => {
    operations.length = 0;
    await signer.data(whoAmI);
    await notifications.sync();
    return operations.filter((operation) => operation === 'AccessKey.updateMany').length;
  };

  expect(await lastUseWrites()).toBe(1);
  expect(await lastUseWrites()).toBe(0);
  await database.prisma.accessKey.update({ where: { accessKeyId: createAccessKey.accessKeyId }, data: { lastUsedDate: new Date(Date.now() - 120_000) } });
  await notifications.sync();
  expect(await lastUseWrites()).toBe(1);
});
