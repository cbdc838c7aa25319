import { ChangeNotifications, changeListenerApplicationName, createPrismaClient, type PrismaClient } from '@gatehouse/db';
import { createTestDatabase, type TestDatabase } from '@gatehouse/db/testing';
import { resolveApiConfig } from '../src/config';
import { createLogger } from '../src/logger';
import { createApiServer, type ApiServer } from '../src/server';
import { GraphQLClient } from './support/graphql-client';
import { createRootAccount, type RootAccount } from './support/test-api';
import { dumpAuditEvents } from './support/test-artifacts';
import { userSessionClient } from './support/user-session';
import { SignedGraphQLClient } from './auth/signed-client';

// Two API servers over one database, each with its own listening connection, as two processes behind a load balancer
// would have: console sessions and access keys are served from memory, and every change to one or to its user, made
// through either server or straight in the database, is seen by both. Each server's Prisma client counts the
// credential reads it makes.
let database: TestDatabase;
let root: RootAccount;
const servers: Array<{ api: ApiServer; notifications: ChangeNotifications; url: string; sessionReads: number; accessKeyReads: number; stsSessionReads: number }> = [];

// On PostgreSQL every server listens; the embedded database has no listener, and credentials are always read through.
const listens = Boolean(process.env.DATABASE_URL);

beforeAll(async () => {
  database = await createTestDatabase();
  root = await createRootAccount(database.prisma);
  for (let index = 0; index < 2; index++) {
    const counting = createPrismaClient(database.databaseUrl).$extends({
      query: {
        async $allOperations({ model, operation, args, query }) {
          if (model === 'AccessKey' && operation === 'findUnique') servers[index]!.accessKeyReads++;
          if (model === 'StsSession' && operation === 'findUnique') servers[index]!.stsSessionReads++;
          const text = operation === '$queryRaw' ? (args as { strings?: string[] }).strings?.join('?') : undefined;
          if (text?.includes('FROM "ConsoleSession"')) servers[index]!.sessionReads++;
          return query(args);
        },
      },
    }) as unknown as PrismaClient;
    const notifications = await ChangeNotifications.start(database.databaseUrl, () => undefined);
    const api = await createApiServer({ prisma: counting, notifications, config: resolveApiConfig(), logger: createLogger({ level: 'silent' }) });
    servers.push({ api, notifications, url: `${await api.listen(0, '127.0.0.1')}/graphql`, sessionReads: 0, accessKeyReads: 0, stsSessionReads: 0 });
  }
});
afterAll(async () => {
  for (const server of servers) {
    await server.api.close();
    await server.notifications.close();
  }
  await dumpAuditEvents(database.prisma);
  await database.drop();
});

const first = () => servers[0]!;
const second = () => servers[1]!;

async function rootClient(url: string): Promise<GraphQLClient> {
  const client = new GraphQLClient(url);
  await client.signIn(root.email, root.password);
  return client;
}

function on(url: string, signedIn: GraphQLClient): GraphQLClient {
  const client = new GraphQLClient(url);
  client.cookie = signedIn.cookie;
  return client;
}

const callerArn = async (client: GraphQLClient | SignedGraphQLClient) => (await client.data('{ getCallerIdentity { arn } }')).getCallerIdentity.arn as string;

it('reads a session from the database once, and from memory after that', async () => {
  expect(servers.map((server) => server.notifications.listening)).toEqual([listens, listens]);
  const client = await rootClient(first().url);
  const before = first().sessionReads;
  for (let request = 0; request < 3; request++) await callerArn(client);
  expect(first().sessionReads - before).toBe(listens ? 1 : 3);
});

it('ends a session on every server when it signs out through one', async () => {
  const one = await rootClient(first().url);
  const other = on(second().url, one);
  await callerArn(one);
  await callerArn(other);

  await one.request('mutation { signOut }');
  // The answer waited for this server to hear of the change, not for the other one: wait until it has.
  await second().notifications.sync();
  expect((await other.error('{ getCallerIdentity { arn } }')).extensions.code).toBe('MissingAuthenticationToken');
});

it('sees a session revoked in the database, outside the API', async () => {
  const client = await rootClient(first().url);
  await callerArn(client);
  await database.prisma.consoleSession.updateMany({ where: { accountId: root.accountId, revokedAt: null }, data: { revokedAt: new Date() } });
  await first().notifications.sync();
  expect((await client.error('{ getCallerIdentity { arn } }')).extensions.code).toBe('MissingAuthenticationToken');
});

it('names a renamed user in its cached sessions, and ends them when the user is deleted', async () => {
  const admin = await rootClient(second().url);
  await admin.data('mutation { createUser(input: { userName: "dana" }) { userId } }');
  const dana = await userSessionClient(database.prisma, first().url, root.accountId, 'dana');
  expect(await callerArn(dana)).toBe(`arn:aws:iam::${root.accountId}:user/dana`);

  await admin.data('mutation { updateUser(input: { userName: "dana", newUserName: "dana-ops" }) { userName } }');
  await first().notifications.sync();
  expect(await callerArn(dana)).toBe(`arn:aws:iam::${root.accountId}:user/dana-ops`);

  await admin.data('mutation { deleteUser(input: { userName: "dana-ops" }) }');
  await first().notifications.sync();
  expect((await dana.error('{ getCallerIdentity { arn } }')).extensions.code).toBe('MissingAuthenticationToken');
});

it('reads every session from the database while it is not listening, and caches again once it listens anew', async () => {
  const client = await rootClient(first().url);
  await callerArn(client);
  // Cut every listening connection: whatever is committed now reaches no server's memory.
  await database.prisma.$executeRaw`SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = current_database() AND application_name = ${changeListenerApplicationName}`;
  await until(() => !first().notifications.listening);
  await database.prisma.consoleSession.updateMany({ where: { accountId: root.accountId, revokedAt: null }, data: { revokedAt: new Date() } });
  expect((await client.error('{ getCallerIdentity { arn } }')).extensions.code).toBe('MissingAuthenticationToken');

  await until(() => first().notifications.listening === listens);
  const fresh = await rootClient(first().url);
  const before = first().sessionReads;
  await callerArn(fresh);
  await callerArn(fresh);
  expect(first().sessionReads - before).toBe(listens ? 1 : 2);
});

describe('access keys', () => {
  async function signedClients(userName: string) {
    const admin = await rootClient(second().url);
    await admin.data(`mutation { createUser(input: { userName: "${userName}" }) { userId } }`);
    const { createAccessKey } = await admin.data(`mutation { createAccessKey(input: { userName: "${userName}" }) { accessKeyId secretAccessKey } }`);
    return { admin, onFirst: new SignedGraphQLClient(first().url, createAccessKey), onSecond: new SignedGraphQLClient(second().url, createAccessKey) };
  }

  it('reads a key from the database once, and from memory after that', async () => {
    const { onFirst } = await signedClients('erin');
    await callerArn(onFirst);
    // The first use records the key's last use, which drops it everywhere; once that is heard, it stays.
    await first().notifications.sync();
    const before = first().accessKeyReads;
    for (let request = 0; request < 3; request++) await callerArn(onFirst);
    expect(first().accessKeyReads - before).toBe(listens ? 1 : 3);
  });

  it('refuses a key on every server once it is made inactive or deleted through one', async () => {
    const { admin, onFirst, onSecond } = await signedClients('finn');
    await callerArn(onFirst);
    await callerArn(onSecond);
    const { accessKeyId } = onFirst.credentials;

    // Each change is made through the second server, whose answer waits only until it has heard: the first is
    // asked once it has heard too.
    await admin.data(`mutation { updateAccessKey(input: { userName: "finn", accessKeyId: "${accessKeyId}", status: Inactive }) { status } }`);
    await first().notifications.sync();
    expect((await onFirst.error('{ getCallerIdentity { arn } }')).extensions.code).toBe('InvalidClientTokenId');
    await admin.data(`mutation { updateAccessKey(input: { userName: "finn", accessKeyId: "${accessKeyId}", status: Active }) { status } }`);
    await first().notifications.sync();
    expect(await callerArn(onFirst)).toBe(`arn:aws:iam::${root.accountId}:user/finn`);

    await admin.data(`mutation { deleteAccessKey(input: { userName: "finn", accessKeyId: "${accessKeyId}" }) }`);
    await first().notifications.sync();
    expect((await onFirst.error('{ getCallerIdentity { arn } }')).extensions.code).toBe('InvalidClientTokenId');
  });

  it('names a renamed user as the caller of its cached key', async () => {
    const { admin, onFirst } = await signedClients('gail');
    await callerArn(onFirst);
    await admin.data('mutation { updateUser(input: { userName: "gail", newUserName: "gail-ci" }) { userName } }');
    await first().notifications.sync();
    expect(await callerArn(onFirst)).toBe(`arn:aws:iam::${root.accountId}:user/gail-ci`);
  });
});

describe('temporary credentials', () => {
  it('reads a session from the database once, and refuses it on every server once its role\'s sessions are revoked through one', async () => {
    const admin = await rootClient(second().url);
    await admin.data('mutation { createUser(input: { userName: "hana" }) { userId } }');
    await admin.data('mutation ($d: String!) { putUserPolicy(input: { userName: "hana", policyName: "assume", policyDocument: $d }) { policyName } }', {
      d: JSON.stringify({ Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: 'sts:AssumeRole', Resource: '*' }] }),
    });
    const { createAccessKey } = await admin.data('mutation { createAccessKey(input: { userName: "hana" }) { accessKeyId secretAccessKey } }');
    await admin.data('mutation ($t: String!) { createRole(input: { roleName: "OnCall", assumeRolePolicyDocument: $t }) { roleName } }', {
      t: JSON.stringify({ Version: '2012-10-17', Statement: [{ Effect: 'Allow', Principal: { AWS: `arn:aws:iam::${root.accountId}:user/hana` }, Action: 'sts:AssumeRole' }] }),
    });
    const { assumeRole } = await new SignedGraphQLClient(first().url, createAccessKey).data(
      'mutation { assumeRole(input: { roleArn: "arn:aws:iam::' + root.accountId + ':role/OnCall", roleSessionName: "night" }) { credentials { accessKeyId secretAccessKey sessionToken } } }',
    );
    const onFirst = new SignedGraphQLClient(first().url, assumeRole.credentials);
    const onSecond = new SignedGraphQLClient(second().url, assumeRole.credentials);
    const sessionArn = `arn:aws:sts::${root.accountId}:assumed-role/OnCall/night`;
    expect(await callerArn(onSecond)).toBe(sessionArn);

    const before = first().stsSessionReads;
    for (let request = 0; request < 3; request++) expect(await callerArn(onFirst)).toBe(sessionArn);
    expect(first().stsSessionReads - before).toBe(listens ? 1 : 3);

    await admin.data('mutation { revokeRoleSessions(input: { roleName: "OnCall" }) }');
    await first().notifications.sync();
    expect((await onFirst.error('{ getCallerIdentity { arn } }')).extensions.code).toBe('InvalidClientTokenId');
    expect((await onSecond.error('{ getCallerIdentity { arn } }')).extensions.code).toBe('InvalidClientTokenId');
  });
});

async function until(condition: () => boolean): Promise<void> {
  for (let waited = 0; !condition(); waited += 50) {
    if (waited > 10_000) throw new Error('condition not reached in 10 s');
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}
