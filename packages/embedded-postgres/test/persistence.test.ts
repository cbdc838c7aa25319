import { spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import pg from 'pg';

jest.setTimeout(120_000);

// jest runs CommonJS and PGlite needs real dynamic imports, so each database runs in a process of its own, started
// the way scripts/run-tests.mjs starts it; that also lets the test kill it.
const serveScript = join(__dirname, '..', 'src', 'serve.ts');

interface Served {
  child: ChildProcess;
  databaseUrl: string;
}

async function serve(dataDir?: string): Promise<Served> {
  const args = ['--import', 'tsx', serveScript, ...(dataDir ? ['--data-dir', dataDir] : [])];
  const child = spawn(process.execPath, args, { stdio: ['ignore', 'pipe', 'inherit'] });
  const lines = createInterface({ input: child.stdout! });
  const [firstLine] = (await once(lines, 'line')) as [string];
  lines.close();
  return { child, databaseUrl: (JSON.parse(firstLine) as { databaseUrl: string }).databaseUrl };
}

async function stop(served: Served, signal: NodeJS.Signals): Promise<void> {
  const exited = once(served.child, 'exit');
  served.child.kill(signal);
  await exited;
}

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
  const first = await serve(dataDir);
  await query(first.databaseUrl, `CREATE EXTENSION citext; CREATE TABLE note (body citext UNIQUE); INSERT INTO note VALUES ('Kept')`);
  await stop(first, 'SIGTERM');
  expect(first.child.exitCode).toBe(0);

  const second = await serve(dataDir);
  try {
    expect(await query(second.databaseUrl, `SELECT body FROM note WHERE body = 'kept'`)).toEqual([{ body: 'Kept' }]);
  } finally {
    await stop(second, 'SIGTERM');
  }
});

test('committed rows survive a crash (SIGKILL)', async () => {
  const dataDir = await scratchDataDir();
  const first = await serve(dataDir);
  await query(first.databaseUrl, `CREATE TABLE note (body text); INSERT INTO note VALUES ('committed')`);
  await stop(first, 'SIGKILL');

  const second = await serve(dataDir);
  try {
    expect(await query(second.databaseUrl, 'SELECT body FROM note')).toEqual([{ body: 'committed' }]);
  } finally {
    await stop(second, 'SIGTERM');
  }
});

test('many pooled connections are served at once, as the API pool needs', async () => {
  const served = await serve();
  const pool = new pg.Pool({ connectionString: served.databaseUrl, max: 10 });
  try {
    const results = await Promise.all(Array.from({ length: 50 }, (_, i) => pool.query<{ n: number }>('SELECT $1::int AS n', [i])));
    expect(results.map((result) => result.rows[0]?.n)).toEqual(Array.from({ length: 50 }, (_, i) => i));
  } finally {
    await pool.end();
    await stop(served, 'SIGTERM');
  }
});

test('a second process on the same folder is refused while the first runs', async () => {
  const dataDir = await scratchDataDir();
  const first = await serve(dataDir);
  try {
    const second = spawn(process.execPath, ['--import', 'tsx', serveScript, '--data-dir', dataDir], { stdio: ['ignore', 'pipe', 'pipe'] });
    let stderr = '';
    second.stderr!.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    const [exitCode] = (await once(second, 'exit')) as [number];
    expect(exitCode).not.toBe(0);
    expect(stderr).toContain(`the embedded database in ${dataDir} is in use by process ${first.child.pid}`);
  } finally {
    await stop(first, 'SIGTERM');
  }
});
