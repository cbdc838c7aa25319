import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { EMBEDDED_POOL_ENV, leaseEmbeddedDatabase } from '@gatehouse/embedded-postgres/pool';
import { spawnEmbeddedPostgres } from '@gatehouse/embedded-postgres/spawn';
import { createPrismaClient } from '../client';
import type { PrismaClient } from '../generated/prisma/client';
import { applyMigrations } from '../migrate/apply-migrations';
import { dropStaleTestDatabases, testDatabaseName } from './stale-test-databases';

export interface TestDatabase {
  databaseUrl: string;
  prisma: PrismaClient;
  /** Disconnects and removes the database. */
  drop(): Promise<void>;
}

/**
 * A fresh database with every migration applied; call it as often as a test file needs, each one is isolated. With
 * DATABASE_URL it is a new database on that server. Without, it is an embedded PostgreSQL: leased from the run's pool
 * in GATEHOUSE_EMBEDDED_POOL (started by the root `npm test`, or by the jest globalSetup of jest.embedded-pool.cjs),
 * else, outside both, a private one in a child process. (One embedded server is a single database and session, so it
 * serves one test database at a time.)
 */
export async function createTestDatabase(): Promise<TestDatabase> {
  const serverUrl = process.env.DATABASE_URL;
  const poolAddress = process.env[EMBEDDED_POOL_ENV];
  const isolated = serverUrl ? await serverDatabase(serverUrl) : poolAddress ? await leaseEmbeddedDatabase(poolAddress) : await privateEmbeddedDatabase();
  await applyMigrations({ databaseUrl: isolated.databaseUrl });
  const prisma = createPrismaClient(isolated.databaseUrl);
  return {
    databaseUrl: isolated.databaseUrl,
    prisma,
    async drop() {
      await prisma.$disconnect();
      await isolated.release();
    },
  };
}

interface IsolatedDatabase {
  databaseUrl: string;
  release(): Promise<void>;
}

async function privateEmbeddedDatabase(): Promise<IsolatedDatabase> {
  const server = await spawnEmbeddedPostgres();
  return { databaseUrl: server.databaseUrl, release: () => server.stop() };
}

async function withClient<T>(databaseUrl: string, run: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    return await run(client);
  } finally {
    await client.end();
  }
}

// Once per test file (jest gives each its own module registry): cheap, and crashed runs never pile databases up.
let staleDropped: Promise<unknown> | undefined;

/** A new database named gh_test_… on the server at `serverUrl`. */
async function serverDatabase(serverUrl: string): Promise<IsolatedDatabase> {
  const name = testDatabaseName(randomBytes(4).toString('hex'));
  await withClient(serverUrl, async (client) => {
    await (staleDropped ??= dropStaleTestDatabases(client));
    await client.query(`CREATE DATABASE "${name}"`);
  });
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return {
    databaseUrl: url.toString(),
    release: () => withClient(serverUrl, (client) => client.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`)).then(() => undefined),
  };
}
