import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { spawnEmbeddedPostgres } from '@gatehouse/embedded-postgres/spawn';
import { createPrismaClient } from '../client';
import type { PrismaClient } from '../generated/prisma/client';
import { applyMigrations } from '../migrate/apply-migrations';

export interface TestDatabase {
  databaseUrl: string;
  prisma: PrismaClient;
  /** Disconnects and removes the database. */
  drop(): Promise<void>;
}

/**
 * Set by scripts/run-tests.mjs when DATABASE_URL is not: each test database is then a private in-memory embedded
 * PostgreSQL. (One embedded server cannot be shared: every database name reaches its one database, through one
 * session, so a test could not have a database of its own there.)
 */
export const EMBEDDED_POSTGRES_FLAG = 'GATEHOUSE_EMBEDDED_POSTGRES';

/** A fresh database with every migration applied. Call it as often as a test file needs; each is isolated. */
export async function createTestDatabase(): Promise<TestDatabase> {
  const isolated = process.env[EMBEDDED_POSTGRES_FLAG] === '1' ? await embeddedDatabase() : await serverDatabase();
  await applyMigrations({ databaseUrl: isolated.databaseUrl });
  const prisma = createPrismaClient(isolated.databaseUrl);
  return {
    databaseUrl: isolated.databaseUrl,
    prisma,
    async drop() {
      await prisma.$disconnect();
      await isolated.remove();
    },
  };
}

interface IsolatedDatabase {
  databaseUrl: string;
  remove(): Promise<void>;
}

async function embeddedDatabase(): Promise<IsolatedDatabase> {
  const server = await spawnEmbeddedPostgres();
  return { databaseUrl: server.databaseUrl, remove: () => server.stop() };
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

/** A new database named gh_test_… on the server in DATABASE_URL. */
async function serverDatabase(): Promise<IsolatedDatabase> {
  const serverUrl = process.env.DATABASE_URL;
  if (!serverUrl) {
    throw new Error(`DATABASE_URL is not set: run the tests through \`npm test\`, which uses embedded databases when it is missing`);
  }
  const name = `gh_test_${process.pid}_${randomBytes(4).toString('hex')}`;
  await withClient(serverUrl, (client) => client.query(`CREATE DATABASE "${name}"`));
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return {
    databaseUrl: url.toString(),
    remove: () => withClient(serverUrl, (client) => client.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`)).then(() => undefined),
  };
}
