import { spawnEmbeddedPostgres, type SpawnedPostgres } from '@gatehouse/embedded-postgres/spawn';
import { createPrismaClient } from '@gatehouse/db';
import { applyMigrations } from '@gatehouse/db/migrate';

jest.setTimeout(60_000);

let server: SpawnedPostgres;

beforeAll(async () => {
  server = await spawnEmbeddedPostgres();
  await applyMigrations({ databaseUrl: server.databaseUrl });
});

afterAll(() => server.stop());

// The embedded database serves all connections from one session; named prepared statements would collide there.
test('the same query runs at once on several pooled connections to the embedded database', async () => {
  const prisma = createPrismaClient(server.databaseUrl);
  try {
    const results = await Promise.all(Array.from({ length: 20 }, (_, i) => prisma.account.count({ where: { id: String(i) } })));
    expect(results).toEqual(Array.from({ length: 20 }, () => 0));
  } finally {
    await prisma.$disconnect();
  }
});
