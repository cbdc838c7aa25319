import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
// Each database runs in a process of its own (jest cannot load PGlite itself), so a test can stop it or kill it.
import { spawnEmbeddedPostgres } from '@gatehouse/embedded-postgres/spawn';

jest.setTimeout(120_000);

async function query<T extends pg.QueryResultRow>(databaseUrl: string, sql: string): Promise<T[]> {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    return (await client.query<T>(sql)).rows;
  } finally {
    await client.end();
  }
}

async function scratchDataDir(): Promise<string> {
  return join(await mkdtemp(join(tmpdir(), 'gatehouse-embedded-')), 'postgres');
}

test('rows written before a clean stop (SIGTERM) are there after the next start', async () => {
  const dataDir = await scratchDataDir();
  const first = await spawnEmbeddedPostgres({ dataDir });
  await query(first.databaseUrl, `CREATE EXTENSION citext; CREATE TABLE note (body citext UNIQUE); INSERT INTO note VALUES ('Kept')`);
  await first.stop('SIGTERM');
  expect(first.child.exitCode).toBe(0);

  const second = await spawnEmbeddedPostgres({ dataDir });
  try {
    expect(await query(second.databaseUrl, `SELECT body FROM note WHERE body = 'kept'`)).toEqual([{ body: 'Kept' }]);
  } finally {
    await second.stop('SIGTERM');
  }
});

test('committed rows survive a crash (SIGKILL)', async () => {
  const dataDir = await scratchDataDir();
  const first = await spawnEmbeddedPostgres({ dataDir });
  await query(first.databaseUrl, `CREATE TABLE note (body text); INSERT INTO note VALUES ('committed')`);
  await first.stop('SIGKILL');

  const second = await spawnEmbeddedPostgres({ dataDir });
  try {
    expect(await query(second.databaseUrl, 'SELECT body FROM note')).toEqual([{ body: 'committed' }]);
  } finally {
    await second.stop('SIGTERM');
  }
});

test('many pooled connections are served at once, as the API pool needs', async () => {
  const served = await spawnEmbeddedPostgres();
  const pool = new pg.Pool({ connectionString: served.databaseUrl, max: 10 });
  try {
    const results = await Promise.all(Array.from({ length: 50 }, (_, i) => pool.query<{ n: number }>('SELECT $1::int AS n', [i])));
    expect(results.map((result) => result.rows[0]?.n)).toEqual(Array.from({ length: 50 }, (_, i) => i));
  } finally {
    await pool.end();
    await served.stop('SIGTERM');
  }
});

test('a second process on the same folder is refused while the first runs', async () => {
  const dataDir = await scratchDataDir();
  const first = await spawnEmbeddedPostgres({ dataDir });
  try {
    const second = spawn(process.execPath, ['--import', 'tsx', join(__dirname, '..', 'src', 'serve.ts'), '--data-dir', dataDir], {
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stderr = '';
    second.stderr!.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    const [exitCode] = (await once(second, 'exit')) as [number];
    expect(exitCode).toBe(1);
    expect(stderr).toContain(`the embedded database in ${dataDir} is in use by process ${first.child.pid}`);
  } finally {
    await first.stop('SIGTERM');
  }
});

test('the database stops by itself when the process that spawned it goes away', async () => {
  const served = await spawnEmbeddedPostgres();
  const exited = once(served.child, 'exit');
  // What the parent's death does to the pipe: its end of the child's standard input closes.
  served.child.stdin!.end();
  const [exitCode] = (await exited) as [number];
  expect(exitCode).toBe(0);
});
