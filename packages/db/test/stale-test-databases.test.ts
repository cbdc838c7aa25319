import { spawnSync } from 'node:child_process';
import pg from 'pg';
import { dropStaleTestDatabases, isStaleTestDatabase, testDatabaseName } from '../src/testing/stale-test-databases';

const HOUR = 60 * 60 * 1000;

/** A process id that belonged to a process which has exited. */
function deadPid(): number {
  return Number(spawnSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))'], { encoding: 'utf8' }).stdout);
}

function name(pid: number, createdAt: Date): string {
  return `gh_test_${pid}_${Math.floor(createdAt.getTime() / 1000)}_${Math.random().toString(16).slice(2, 10)}`;
}

test('a test database is stale once its process is gone and it is over an hour old', () => {
  const now = new Date();
  const gone = deadPid();
  expect(isStaleTestDatabase(name(gone, new Date(now.getTime() - 2 * HOUR)), now)).toBe(true);
  expect(isStaleTestDatabase(name(gone, new Date(now.getTime() - 10 * 60 * 1000)), now)).toBe(false);
  expect(isStaleTestDatabase(name(process.pid, new Date(now.getTime() - 2 * HOUR)), now)).toBe(false);
  // The older format, without the creation time.
  expect(isStaleTestDatabase(`gh_test_${gone}_0a1b2c3d`, now)).toBe(true);
  expect(isStaleTestDatabase(`gh_test_${process.pid}_0a1b2c3d`, now)).toBe(false);
  expect(isStaleTestDatabase('gh_testing', now)).toBe(false);
  expect(testDatabaseName('0a1b2c3d', now)).toBe(`gh_test_${process.pid}_${Math.floor(now.getTime() / 1000)}_0a1b2c3d`);
});

// CREATE DATABASE needs a real server: an embedded one is a single database.
const onServer = process.env.DATABASE_URL ? test : test.skip;
if (!process.env.DATABASE_URL) console.log('stale-test-databases: dropping databases needs a PostgreSQL server (DATABASE_URL); skipped');

onServer('left-behind test databases are dropped; fresh ones, live ones and ones in use stay', async () => {
  const client = new pg.Client({ connectionString: process.env.DATABASE_URL });
  await client.connect();
  const gone = deadPid();
  const old = new Date(Date.now() - 2 * HOUR);
  const leftBehind = name(gone, old);
  const inUse = name(gone, old);
  const fresh = name(gone, new Date());
  const live = name(process.pid, old);
  const names = [leftBehind, inUse, fresh, live];
  for (const database of names) await client.query(`CREATE DATABASE "${database}"`);
  const inUseUrl = new URL(process.env.DATABASE_URL!);
  inUseUrl.pathname = `/${inUse}`;
  const user = new pg.Client({ connectionString: inUseUrl.toString() });
  await user.connect();
  try {
    const dropped = await dropStaleTestDatabases(client);
    expect(dropped).toContain(leftBehind);
    const { rows } = await client.query<{ datname: string }>('SELECT datname FROM pg_database WHERE datname = ANY($1)', [names]);
    expect(rows.map((row) => row.datname).sort()).toEqual([inUse, fresh, live].sort());
  } finally {
    await user.end();
    for (const database of names) await client.query(`DROP DATABASE IF EXISTS "${database}" WITH (FORCE)`);
    await client.end();
  }
});
