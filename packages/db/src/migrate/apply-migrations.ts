import { randomUUID } from 'node:crypto';
import { ListeningClient } from '../listening-client';
import { migrationsDir as defaultMigrationsDir } from '../paths';
import { readMigrationFiles } from './migration-files';

// Prisma's schema engine takes `pg_advisory_lock(72707369)`: with the same key, this runner and `prisma migrate deploy`
// never run at once.
const PRISMA_ADVISORY_LOCK_KEY = 72707369;

// Prisma's bookkeeping table, column for column, so that Prisma's own tooling reads the same history.
const CREATE_MIGRATIONS_TABLE = `
CREATE TABLE IF NOT EXISTS "_prisma_migrations" (
    "id"                    VARCHAR(36) PRIMARY KEY NOT NULL,
    "checksum"              VARCHAR(64) NOT NULL,
    "finished_at"           TIMESTAMPTZ,
    "migration_name"        VARCHAR(255) NOT NULL,
    "logs"                  TEXT,
    "rolled_back_at"        TIMESTAMPTZ,
    "started_at"            TIMESTAMPTZ NOT NULL DEFAULT now(),
    "applied_steps_count"   INTEGER NOT NULL DEFAULT 0
)`;

export interface ApplyMigrationsOptions {
  databaseUrl: string;
  /** Defaults to the repository's prisma/migrations. */
  migrationsDir?: string;
}

export interface ApplyMigrationsResult {
  /** Names of the migrations applied by this call, oldest first; empty when the database was up to date. */
  applied: string[];
}

/** A migration that failed earlier must be resolved by an operator before anything else is applied (Prisma's P3009). */
export class FailedMigrationError extends Error {
  constructor(readonly migrationName: string, detail: string) {
    super(
      `migration \`${migrationName}\` failed: ${detail}. Fix the database, then mark the migration rolled back ` +
        `(UPDATE "_prisma_migrations" SET rolled_back_at = now() WHERE migration_name = '${migrationName}') and run migrate again`,
    );
    this.name = 'FailedMigrationError';
  }
}

interface MigrationRow {
  migration_name: string;
  checksum: string;
  finished_at: Date | null;
  rolled_back_at: Date | null;
  logs: string | null;
}

/**
 * Applies the migrations that the database has not recorded yet, like `prisma migrate deploy` but without Prisma's
 * native engine. Each migration.sql runs as one multi-statement query (one implicit transaction), under Prisma's
 * advisory lock, on a single connection.
 */
export async function applyMigrations(options: ApplyMigrationsOptions): Promise<ApplyMigrationsResult> {
  const migrations = await readMigrationFiles(options.migrationsDir ?? defaultMigrationsDir);
  const client = new ListeningClient({ connectionString: options.databaseUrl });
  await client.connect();
  try {
    await client.query('SELECT pg_advisory_lock($1)', [PRISMA_ADVISORY_LOCK_KEY]);
    try {
      await client.query(CREATE_MIGRATIONS_TABLE);
      const { rows } = await client.query<MigrationRow>(
        `SELECT migration_name, checksum, finished_at, rolled_back_at, logs FROM "_prisma_migrations" ORDER BY started_at`,
      );
      const failed = rows.find((row) => row.finished_at === null && row.rolled_back_at === null);
      if (failed) throw new FailedMigrationError(failed.migration_name, failed.logs ?? 'no log recorded');

      const finished = new Set(rows.filter((row) => row.rolled_back_at === null).map((row) => row.migration_name));
      const applied: string[] = [];
      for (const migration of migrations) {
        if (finished.has(migration.name)) continue;
        const id = randomUUID();
        await client.query(
          `INSERT INTO "_prisma_migrations" (id, checksum, migration_name, started_at, applied_steps_count)
           VALUES ($1, $2, $3, now(), 0)`,
          [id, migration.checksum, migration.name],
        );
        try {
          await client.query(migration.sql);
        } catch (error) {
          const detail = error instanceof Error ? error.message : String(error);
          await client.query(`UPDATE "_prisma_migrations" SET logs = $2 WHERE id = $1`, [id, detail]);
          throw new FailedMigrationError(migration.name, detail);
        }
        await client.query(
          `UPDATE "_prisma_migrations" SET finished_at = now(), applied_steps_count = 1 WHERE id = $1`,
          [id],
        );
        applied.push(migration.name);
      }
      return { applied };
    } finally {
      await client.query('SELECT pg_advisory_unlock($1)', [PRISMA_ADVISORY_LOCK_KEY]);
    }
  } finally {
    await client.end();
  }
}
