import pg from 'pg';
import { applyMigrations, FailedMigrationError, readMigrationFiles } from '@gatehouse/db/migrate';
import { createTestDatabase, type TestDatabase } from '@gatehouse/db/testing';
import { mkdtemp, mkdir, writeFile, cp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { migrationsDir } from '../src/paths';

let database: TestDatabase;
let client: pg.Client;

beforeAll(async () => {
  database = await createTestDatabase();
  client = new pg.Client({ connectionString: database.databaseUrl });
  await client.connect();
});

afterAll(async () => {
  await client.end();
  await database.drop();
});

async function resetSchema(): Promise<void> {
  await client.query('DROP SCHEMA public CASCADE; CREATE SCHEMA public');
}

test('every migration applies to an empty database and is recorded the way Prisma records it', async () => {
  await resetSchema();
  const files = await readMigrationFiles(migrationsDir);
  const { applied } = await applyMigrations({ databaseUrl: database.databaseUrl });
  expect(applied).toEqual(files.map((file) => file.name));

  const { rows } = await client.query(
    'SELECT migration_name, checksum, finished_at, rolled_back_at, applied_steps_count FROM "_prisma_migrations" ORDER BY started_at',
  );
  expect(rows).toEqual(
    files.map((file) => ({
      migration_name: file.name,
      checksum: file.checksum,
      finished_at: expect.any(Date),
      rolled_back_at: null,
      applied_steps_count: 1,
    })),
  );
  const tables = await client.query(`SELECT count(*)::int AS n FROM pg_tables WHERE schemaname = 'public' AND tablename = 'User'`);
  expect(tables.rows[0].n).toBe(1);
});

test('applying again changes nothing', async () => {
  const before = await client.query('SELECT id, finished_at FROM "_prisma_migrations" ORDER BY id');
  const { applied } = await applyMigrations({ databaseUrl: database.databaseUrl });
  expect(applied).toEqual([]);
  const after = await client.query('SELECT id, finished_at FROM "_prisma_migrations" ORDER BY id');
  expect(after.rows).toEqual(before.rows);
});

test('a failed migration is recorded with its error and blocks every later run', async () => {
  const dir = await mkdtemp(join(tmpdir(), 'gatehouse-migrations-'));
  await cp(migrationsDir, dir, { recursive: true });
  await mkdir(join(dir, '29990101000000_broken'));
  await writeFile(join(dir, '29990101000000_broken', 'migration.sql'), 'CREATE TABLE "Broken" (id int); SELECT no_such_function();');
  await mkdir(join(dir, '29990101000001_after'));
  await writeFile(join(dir, '29990101000001_after', 'migration.sql'), 'CREATE TABLE "After" (id int);');

  await expect(applyMigrations({ databaseUrl: database.databaseUrl, migrationsDir: dir })).rejects.toThrow(
    /migration `29990101000000_broken` failed: function no_such_function\(\) does not exist/,
  );
  const failed = await client.query(`SELECT finished_at, logs FROM "_prisma_migrations" WHERE migration_name = '29990101000000_broken'`);
  expect(failed.rows).toEqual([{ finished_at: null, logs: expect.stringContaining('no_such_function') }]);
  // The failed script ran in one implicit transaction: its first statement left nothing behind.
  const broken = await client.query(`SELECT to_regclass('public."Broken"') AS oid`);
  expect(broken.rows[0].oid).toBeNull();

  await expect(applyMigrations({ databaseUrl: database.databaseUrl, migrationsDir: dir })).rejects.toBeInstanceOf(FailedMigrationError);
  const after = await client.query(`SELECT to_regclass('public."After"') AS oid`);
  expect(after.rows[0].oid).toBeNull();
});
