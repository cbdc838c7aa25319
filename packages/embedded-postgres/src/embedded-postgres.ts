import { PGlite } from '@electric-sql/pglite';
import { citext } from '@electric-sql/pglite/contrib/citext';
import { PGLiteSocketServer } from '@electric-sql/pglite-socket';
import { lockDataDir } from './data-dir-lock';
import { embeddedDatabaseUrl } from './embedded-url';

export interface EmbeddedPostgresOptions {
  /** Folder that keeps the database between runs; omitted: an in-memory database that vanishes on stop. */
  dataDir?: string;
  /** 0 (the default) picks a free port. */
  port?: number;
  host?: string;
  /** Concurrent client connections accepted; the socket server's own default is 1, below any pool size. */
  maxConnections?: number;
}

export interface EmbeddedPostgres {
  /**
   * A `postgresql://` URL for `pg`, `@prisma/adapter-pg` and psql. Any database name in it reaches the same database.
   * Its application_name marks it as embedded (see EMBEDDED_APPLICATION_NAME).
   */
  databaseUrl: string;
  port: number;
  /** Closes client connections, then PGlite itself, which flushes the data folder. */
  stop(): Promise<void>;
}

/**
 * Starts PGlite (PostgreSQL compiled to WebAssembly) and serves it over the Postgres wire protocol, so the rest of
 * Gatehouse talks to it with the same driver as to a production server.
 */
export async function startEmbeddedPostgres(options: EmbeddedPostgresOptions = {}): Promise<EmbeddedPostgres> {
  const host = options.host ?? '127.0.0.1';
  const unlock = options.dataDir ? await lockDataDir(options.dataDir) : async () => {};
  let db: PGlite | undefined;
  let server: PGLiteSocketServer;
  try {
    // schema.prisma keeps names in citext columns, so the extension must be available to `CREATE EXTENSION`.
    db = await PGlite.create(options.dataDir, { extensions: { citext } });
    server = new PGLiteSocketServer({ db, host, port: options.port ?? 0, maxConnections: options.maxConnections ?? 64 });
    await server.start();
  } catch (error) {
    await db?.close();
    await unlock();
    throw error;
  }
  const pglite = db;
  const port = Number(server.getServerConn().split(':').at(-1));
  return {
    databaseUrl: embeddedDatabaseUrl(host, port),
    port,
    async stop() {
      await server.stop();
      await pglite.close();
      await unlock();
    },
  };
}
