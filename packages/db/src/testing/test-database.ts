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
 * A fresh database with every migration applied; call it as often as a test file needs, each one is isolated. With
 * DATABASE_URL it is a new database on that server; without, a private in-memory embedded PostgreSQL. (One embedded
 * server cannot be shared: every database name reaches its single database, through a single session.)
 */
export async function createTestDatabase(): Promise<TestDatabase> {
  const serverUrl = process.env.DATABASE_URL;
  const isolated = serverUrl ? await serverDatabase(serverUrl) : await embeddedDatabase();
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

/** A new database named gh_test_… on the server at `serverUrl`. */
async function serverDatabase(serverUrl: string): Promise<IsolatedDatabase> {
  const name = `gh_test_${process.pid}_${randomBytes(4).toString('hex')}`;
  await withClient(serverUrl, (client) => client.query(`CREATE DATABASE "${name}"`));
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return {
    databaseUrl: url.toString(),
    remove: () => withClient(serverUrl, (client) => client.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`)).then(() => undefined),
  };
}
