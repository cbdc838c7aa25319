import { createTestDatabase, type TestDatabase } from '@gatehouse/db/testing';
import { startApiProcess, type ApiProcess } from './support/api-process';
import { createRootAccount } from './support/test-api';
import { GraphQLClient } from './support/graphql-client';
import { dumpAuditEvents } from './support/test-artifacts';

// Two API processes over one database, as behind a load balancer: a session made through one is valid on the other,
// and a change made through one is read at once through the other (nothing that matters is kept in memory, and what is
// cached is dropped in every process when it changes).
let database: TestDatabase;
let servers: ApiProcess[];

beforeAll(async () => {
  database = await createTestDatabase();
  servers = await Promise.all([0, 1].map(() => startApiProcess(database.databaseUrl)));
});
afterAll(async () => {
  await Promise.all(servers.map((server) => server.stop()));
  await dumpAuditEvents(database.prisma);
  await database.drop();
});

it('shares sessions and sees changes across servers at once', async () => {
  const root = await createRootAccount(database.prisma);
  const [first, second] = servers.map((server) => new GraphQLClient(`${server.url}/graphql`)) as [GraphQLClient, GraphQLClient];
  await first.signIn(root.email, root.password);
  second.cookie = first.cookie;

  await first.data('mutation { createUser(input: { userName: "shared" }) { userId } }');
  expect((await second.data('{ getUser(userName: "shared") { userName } }')).getUser.userName).toBe('shared');
  await second.data('mutation { tagUser(input: { userName: "shared", tags: [{ key: "k", value: "v" }] }) { userId } }');
  expect((await first.data('{ getUser(userName: "shared") { tags { key value } } }')).getUser.tags).toEqual([{ key: 'k', value: 'v' }]);

  await second.request('mutation { signOut }');
  expect((await first.error('{ listUsers { totalCount } }')).extensions.code).toBe('MissingAuthenticationToken');
});
