import { PGlite } from '@electric-sql/pglite';
import { citext } from '@electric-sql/pglite/contrib/citext';
import { PGLiteSocketServer } from '@electric-sql/pglite-socket';
import { embeddedDatabaseUrl } from './embedded-url';

export interface LeasedDatabase {
  databaseUrl: string;
  /** Disconnects every client of the lease and puts the emptied database back into the pool. */
  release(): Promise<void>;
}

// Everything a test can leave behind in the one session and the one database: open transaction, prepared statements,
// settings, temporary tables and advisory locks (DISCARD ALL), then every schema with what it holds.
const RESET_SQL = `
DO $$
DECLARE
  name text;
BEGIN
  FOR name IN SELECT nspname FROM pg_namespace WHERE nspname NOT LIKE 'pg\\_%' AND nspname <> 'information_schema' LOOP
    EXECUTE format('DROP SCHEMA %I CASCADE', name);
  END LOOP;
END $$;
CREATE SCHEMA public;`;

/**
 * In-memory embedded databases handed out one lease at a time. A released database is emptied (milliseconds) and
 * served again on a fresh port, so a test run pays PGlite's start (seconds) once per concurrent lease, not per test.
 */
export class EmbeddedDatabasePool {
  private readonly idle: PGlite[] = [];
  private resetting = 0;
  private readonly waiting: Array<(db: PGlite | undefined) => void> = [];
  private readonly all = new Set<PGlite>();

  constructor(private readonly host = '127.0.0.1') {}

  async lease(): Promise<LeasedDatabase> {
    const db = await this.take();
    // A new socket server per lease: clients a test forgot to close cannot reach the next test's database.
    const server = new PGLiteSocketServer({ db, host: this.host, port: 0, maxConnections: 64 });
    try {
      await server.start();
    } catch (error) {
      this.giveBack(db);
      throw error;
    }
    const port = Number(server.getServerConn().split(':').at(-1));
    let released: Promise<void> | undefined;
    return {
      databaseUrl: embeddedDatabaseUrl(this.host, port),
      release: () => (released ??= server.stop().then(() => this.giveBack(db))),
    };
  }

  async close(): Promise<void> {
    for (const wake of this.waiting.splice(0)) wake(undefined);
    await Promise.all([...this.all].map((db) => db.close()));
    this.all.clear();
    this.idle.length = 0;
  }

  /** An idle database, one being emptied when there is none, or else a new one. */
  private async take(): Promise<PGlite> {
    const idle = this.idle.pop();
    if (idle) return idle;
    if (this.waiting.length < this.resetting) {
      const db = await new Promise<PGlite | undefined>((resolve) => this.waiting.push(resolve));
      if (db) return db;
    }
    const db = await PGlite.create({ extensions: { citext } });
    this.all.add(db);
    return db;
  }

  private giveBack(db: PGlite): Promise<void> {
    this.resetting += 1;
    return reset(db).then(
      () => {
        this.resetting -= 1;
        const wake = this.waiting.shift();
        if (wake) wake(db);
        else this.idle.push(db);
      },
      (error: unknown) => {
        // A database that cannot be emptied is not handed out again; a waiting lease gets a new one instead.
        this.resetting -= 1;
        this.all.delete(db);
        console.error('an embedded test database could not be reset and is discarded:', error);
        void db.close().catch(() => undefined);
        this.waiting.shift()?.(undefined);
      },
    );
  }
}

async function reset(db: PGlite): Promise<void> {
  // Statements queued by the socket server's last clients have run once runExclusive grants the lock.
  await db.runExclusive(async () => {
    if (db.isInTransaction()) await db.exec('ROLLBACK');
  });
  await db.exec('DISCARD ALL');
  await db.exec(RESET_SQL);
}
