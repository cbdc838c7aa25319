import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { createInterface } from 'node:readline';
import pg from 'pg';
// The pool runs in a process of its own (jest cannot load PGlite itself), as it does for a whole `npm test`.
import { leaseEmbeddedDatabase, spawnDatabasePool, type SpawnedDatabasePool } from '@gatehouse/embedded-postgres/pool';

jest.setTimeout(120_000);

let pool: SpawnedDatabasePool;

beforeAll(async () => {
  pool = await spawnDatabasePool();
});

afterAll(async () => {
  await pool.stop('SIGTERM');
});

async function query<T extends pg.QueryResultRow>(databaseUrl: string, sql: string): Promise<T[]> {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    return (await client.query<T>(sql)).rows;
  } finally {
    await client.end();
  }
}

const userSchemas = `SELECT nspname FROM pg_namespace WHERE nspname NOT LIKE 'pg\\_%' AND nspname <> 'information_schema' ORDER BY nspname`;

test('a released database comes back empty: schemas, tables, extensions and session state are gone', async () => {
  const first = await leaseEmbeddedDatabase(pool.poolAddress);
  await query(
    first.databaseUrl,
    `CREATE EXTENSION citext; CREATE TABLE note (body citext); INSERT INTO note VALUES ('left behind');
     CREATE SCHEMA audit; CREATE TABLE audit.entry (id int)`,
  );
  // A client the test forgot to close, in the middle of a transaction.
  const forgotten = new pg.Client({ connectionString: first.databaseUrl });
  forgotten.on('error', () => undefined);
  await forgotten.connect();
  await forgotten.query(`BEGIN; INSERT INTO note VALUES ('uncommitted')`);
  await first.release();

  const second = await leaseEmbeddedDatabase(pool.poolAddress);
  try {
    expect(second.databaseUrl).not.toBe(first.databaseUrl);
    expect(await query(second.databaseUrl, userSchemas)).toEqual([{ nspname: 'public' }]);
    expect(await query(second.databaseUrl, `SELECT extname FROM pg_extension WHERE extname = 'citext'`)).toEqual([]);
    expect(await query(second.databaseUrl, `SELECT count(*)::int AS n FROM pg_tables WHERE schemaname = 'public'`)).toEqual([{ n: 0 }]);
    // The forgotten client cannot reach the next lease's database: its connection was closed with the release.
    await expect(forgotten.query('SELECT 1')).rejects.toThrow();
  } finally {
    await second.release();
  }
});

test('leases held at the same time are separate databases', async () => {
  const [a, b] = await Promise.all([leaseEmbeddedDatabase(pool.poolAddress), leaseEmbeddedDatabase(pool.poolAddress)]);
  try {
    await query(a.databaseUrl, `CREATE TABLE only_in_a (id int)`);
    expect(await query(b.databaseUrl, `SELECT tablename FROM pg_tables WHERE schemaname = 'public'`)).toEqual([]);
    expect(await query(a.databaseUrl, `SELECT tablename FROM pg_tables WHERE schemaname = 'public'`)).toEqual([{ tablename: 'only_in_a' }]);
  } finally {
    await Promise.all([a.release(), b.release()]);
  }
});

test('a lease ends with its connection, so a test process that dies gives its database back', async () => {
  // A process that takes a lease, reports it and is then killed without releasing anything.
  const [host, port] = pool.poolAddress.split(':');
  const holder = spawn(
    process.execPath,
    ['-e', `require('node:net').connect(${port}, '${host}').on('data', (line) => process.stdout.write(line))`],
    { stdio: ['ignore', 'pipe', 'inherit'] },
  );
  const [line] = (await once(createInterface({ input: holder.stdout! }), 'line')) as [string];
  const { databaseUrl } = JSON.parse(line) as { databaseUrl: string };
  await query(databaseUrl, `CREATE TABLE orphan (id int)`);
  holder.kill('SIGKILL');
  await once(holder, 'exit');

  // Released: its address is closed.
  await expect(async () => {
    for (;;) {
      await query(databaseUrl, 'SELECT 1');
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  }).rejects.toThrow();
});
