import { join } from 'node:path';
import pg from 'pg';
import { defaultDataDir } from '@gatehouse/credentials';
import { createPrismaClient, Prisma, type PrismaClient } from '@gatehouse/db';
import { startEmbeddedPostgres } from '@gatehouse/embedded-postgres';
import { CliError, ExitCode } from './cli-error';

export interface Database {
  databaseUrl: string;
  /** True when this process started the embedded database; false for DATABASE_URL. */
  embedded: boolean;
  close(): Promise<void>;
}

/** The URL with any password masked, fit for messages. */
export function redactUrl(databaseUrl: string): string {
  const url = new URL(databaseUrl);
  if (url.password) url.password = '***';
  return url.toString();
}

async function assertReachable(databaseUrl: string): Promise<void> {
  const client = new pg.Client({ connectionString: databaseUrl, connectionTimeoutMillis: 5_000 });
  try {
    await client.connect();
  } catch (error) {
    const reason = error instanceof Error ? error.message || (error as NodeJS.ErrnoException).code : String(error);
    throw new CliError(`cannot reach the database at ${redactUrl(databaseUrl)}: ${reason}`, ExitCode.databaseUnreachable);
  } finally {
    await client.end().catch(() => undefined);
  }
}

/**
 * DATABASE_URL when it is set, after checking that it answers; otherwise the embedded database persisted in
 * `<data folder>/postgres`, started inside this process.
 */
export async function openDatabase(): Promise<Database> {
  const configured = process.env.DATABASE_URL;
  if (configured) {
    if (!URL.canParse(configured) || !/^postgres(ql)?:$/.test(new URL(configured).protocol)) {
      throw new CliError('DATABASE_URL must be a postgresql:// URL', ExitCode.usage);
    }
    await assertReachable(configured);
    return { databaseUrl: configured, embedded: false, close: async () => undefined };
  }
  const dataDir = join(defaultDataDir(), 'postgres');
  const embedded = await startEmbeddedPostgres({ dataDir }).catch((error: unknown) => {
    throw new CliError(`cannot start the embedded database in ${dataDir}: ${error instanceof Error ? error.message : error}`);
  });
  return { databaseUrl: embedded.databaseUrl, embedded: true, close: () => embedded.stop() };
}

/** Runs `work` against the database and always closes it (stopping the embedded database cleanly). */
export async function withDatabase<T>(work: (database: Database) => Promise<T>): Promise<T> {
  const database = await openDatabase();
  try {
    return await work(database);
  } finally {
    await database.close();
  }
}

/** A Prisma client for `work`, disconnected afterwards; a database without Gatehouse's tables gets a clear error. */
export async function withPrisma<T>(databaseUrl: string, work: (prisma: PrismaClient) => Promise<T>): Promise<T> {
  const prisma = createPrismaClient(databaseUrl);
  try {
    return await work(prisma);
  } catch (error) {
    throw notMigratedError(error) ?? error;
  } finally {
    await prisma.$disconnect();
  }
}

/** For Prisma's "the table does not exist" (P2021): the operator's error saying what to do. */
export function notMigratedError(error: unknown): CliError | undefined {
  if (!(error instanceof Prisma.PrismaClientKnownRequestError) || error.code !== 'P2021') return undefined;
  return new CliError('the database has no Gatehouse tables yet: run `gatehouse migrate` first');
}
