import { execFile } from 'node:child_process';
import { chownSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { Client } from 'pg';
import { applyMigrations } from '@gatehouse/db/migrate';

const run = promisify(execFile);

/**
 * A PostgreSQL cluster of the reliability suite's own, in a temporary folder on a free port, made with the machine's
 * initdb and pg_ctl: the suite stops and starts it under load, which it must never do to a shared server. Run as the
 * `postgres` user when the suite runs as root (initdb refuses root).
 */
export interface ThrowawayPostgres {
  /** `postgresql://postgres@127.0.0.1:PORT/postgres` */
  serverUrl: string;
  port: number;
  /** `pg_ctl stop -m fast`: open connections are cut, as in a restart or a failover. */
  stop(): Promise<void>;
  start(): Promise<void>;
  /** A new database with every migration applied; its URL. */
  createDatabase(name: string): Promise<string>;
  /** Stops the cluster and removes its folder. */
  destroy(): Promise<void>;
}

export async function startThrowawayPostgres(): Promise<ThrowawayPostgres> {
  const bin = postgresBin();
  const dataDir = mkdtempSync(join(tmpdir(), 'gatehouse-reliability-pg-'));
  const asRoot = process.getuid?.() === 0;
  const postgresUser = asRoot ? await userIds('postgres') : undefined;
  if (postgresUser) chownSync(dataDir, postgresUser.uid, postgresUser.gid);
  const pg = (tool: string, args: string[]) =>
    asRoot ? run('runuser', ['-u', 'postgres', '--', join(bin, tool), ...args]) : run(join(bin, tool), args);
  const port = await freePort();
  await pg('initdb', ['-D', dataDir, '-U', 'postgres', '--auth=trust', '-E', 'UTF8', '--no-sync', '--no-instructions']);
  const options = `-p ${port} -c listen_addresses=127.0.0.1 -c unix_socket_directories=${dataDir} -c max_connections=100`;
  const start = () => pg('pg_ctl', ['-D', dataDir, '-o', options, '-l', join(dataDir, 'server.log'), '-w', 'start']).then(() => undefined);
  const stop = () => pg('pg_ctl', ['-D', dataDir, '-m', 'fast', '-w', 'stop']).then(() => undefined);
  await start();
  const serverUrl = `postgresql://postgres@127.0.0.1:${port}/postgres`;
  return {
    serverUrl,
    port,
    start,
    stop,
    async createDatabase(name) {
      const admin = new Client({ connectionString: serverUrl });
      await admin.connect();
      try {
        await admin.query(`CREATE DATABASE "${name}"`);
      } finally {
        await admin.end();
      }
      const databaseUrl = serverUrl.replace(/\/postgres$/, `/${name}`);
      await applyMigrations({ databaseUrl });
      return databaseUrl;
    },
    async destroy() {
      await stop().catch(() => undefined);
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

/** The newest installed PostgreSQL's bin folder (Debian's layout). */
function postgresBin(): string {
  const versions = readdirSync('/usr/lib/postgresql').filter((name) => /^\d+$/.test(name)).sort((a, b) => Number(b) - Number(a));
  if (!versions[0]) throw new Error('no PostgreSQL under /usr/lib/postgresql');
  return join('/usr/lib/postgresql', versions[0], 'bin');
}

async function userIds(name: string): Promise<{ uid: number; gid: number }> {
  const [uid, gid] = await Promise.all([run('id', ['-u', name]), run('id', ['-g', name])]);
  return { uid: Number(uid.stdout.trim()), gid: Number(gid.stdout.trim()) };
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}
