import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { createPrismaClient } from '../client';
import type { PrismaClient } from '../generated/prisma/client';
import { applyMigrations } from '../migrate/apply-migrations';

export interface TestDatabase {
  databaseUrl: string;
  prisma: PrismaClient;
  /** Disconnects and removes the database (on the embedded database: leaves it for the next file to reset). */
  drop(): Promise<void>;
}

/**
 * Set by scripts/run-tests.mjs when it started the embedded database. Every database name reaches the same PGlite
 * database there, so isolation comes from resetting the schema and running test files one at a time.
 */
export const EMBEDDED_POSTGRES_FLAG = 'GATEHOUSE_EMBEDDED_POSTGRES';

function serverUrl(): string {
  const url = process.env.DATABASE_URL;
  if (!url) {
    throw new Error('DATABASE_URL is not set: run the tests through `npm test`, which starts the embedded database when it is missing');
  }
  return url;
}

/** A fresh database with every migration applied, for one test file. */
export async function createTestDatabase(): Promise<TestDatabase> {
  const baseUrl = serverUrl();
  const embedded = process.env[EMBEDDED_POSTGRES_FLAG] === '1';
  const databaseUrl = embedded ? baseUrl : await createDatabase(baseUrl);
  if (embedded) await resetPublicSchema(databaseUrl);
  await applyMigrations({ databaseUrl });
  const prisma = createPrismaClient(databaseUrl);
  return {
    databaseUrl,
    prisma,
    async drop() {
      await prisma.$disconnect();
      if (!embedded) await dropDatabase(baseUrl, new URL(databaseUrl).pathname.slice(1));
    },
  };
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

async function createDatabase(baseUrl: string): Promise<string> {
  const name = `gh_test_${process.pid}_${randomBytes(4).toString('hex')}`;
  await withClient(baseUrl, (client) => client.query(`CREATE DATABASE "${name}"`));
  const url = new URL(baseUrl);
  url.pathname = `/${name}`;
  return url.toString();
}

async function dropDatabase(baseUrl: string, name: string): Promise<void> {
  await withClient(baseUrl, (client) => client.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`));
}

async function resetPublicSchema(databaseUrl: string): Promise<void> {
  // Cascades to the citext extension and _prisma_migrations, which live in public too.
  await withClient(databaseUrl, (client) => client.query('DROP SCHEMA IF EXISTS public CASCADE; CREATE SCHEMA public'));
}
