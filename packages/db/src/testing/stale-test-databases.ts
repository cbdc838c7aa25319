import type pg from 'pg';

const PREFIX = 'gh_test_';
/** Past this age a test database whose process is gone is taken to be left behind by a crashed run. */
const STALE_AFTER_SECONDS = 60 * 60;

/** gh_test_<pid>_<created, Unix seconds>_<random>: the owner and the age are read back from the name. */
export function testDatabaseName(random: string, now = new Date()): string {
  return `${PREFIX}${process.pid}_${Math.floor(now.getTime() / 1000)}_${random}`;
}

function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * Whether a test database was left behind: its process is gone and it is over an hour old. The age guards test runs of
 * other machines or containers on the same server, whose process ids mean nothing here; names without a creation time
 * (an older format) count as old.
 */
export function isStaleTestDatabase(name: string, now = new Date()): boolean {
  const match = /^gh_test_(\d+)_(?:(\d+)_)?[0-9a-f]+$/.exec(name);
  if (!match) return false;
  const ageSeconds = match[2] === undefined ? Infinity : now.getTime() / 1000 - Number(match[2]);
  return ageSeconds > STALE_AFTER_SECONDS && !isRunning(Number(match[1]));
}

/**
 * Drops the test databases that crashed runs left on the server. Plain DROP DATABASE, not FORCE: a database somebody is
 * still connected to stays, and a concurrent run dropping the same one first is no error.
 */
export async function dropStaleTestDatabases(client: pg.Client): Promise<string[]> {
  const { rows } = await client.query<{ datname: string }>(`SELECT datname FROM pg_database WHERE datname LIKE 'gh\\_test\\_%'`);
  const dropped: string[] = [];
  for (const { datname } of rows.filter((row) => isStaleTestDatabase(row.datname))) {
    try {
      await client.query(`DROP DATABASE IF EXISTS "${datname}"`);
      dropped.push(datname);
    } catch {
      // In use after all (error 55006): not left behind.
    }
  }
  return dropped;
}
