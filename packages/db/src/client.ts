import { createHash } from 'node:crypto';
import { isEmbeddedDatabaseUrl } from '@gatehouse/embedded-postgres/url';
import { PrismaPg } from '@prisma/adapter-pg';
import { PrismaClient } from './generated/prisma/client';
import { ListeningClient } from './listening-client';

export interface ConnectionPoolOptions {
  /** Pooled connections to a PostgreSQL server (pg's default: 10). The embedded database always gets one, unbounded in time. */
  maxConnections?: number;
  /**
   * Longest wait for a pooled connection, or to open a new one; past it the query fails (the API answers Throttling)
   * instead of waiting in pg's queue without end. Transactions are bounded sooner, by Prisma's `maxWait` (2 s).
   */
  connectionTimeoutMs?: number;
}

export const defaultConnectionTimeoutMs = 5000;

/**
 * The one place a PrismaClient is made. Prisma 7 runs queries through a driver adapter: `pg` here, against a
 * PostgreSQL server or the embedded database alike. Errors carry their code and a plain message, without the
 * call-site rendering Prisma would otherwise build for every error.
 */
export function createPrismaClient(databaseUrl: string, pool: ConnectionPoolOptions = {}): PrismaClient {
  // The embedded database serves every connection from one session, message by message: statements prepared by one
  // connection collide with another's (42P05), and the Parse/Bind/Execute steps of concurrent queries interleave. So
  // it gets one connection per client, which sends each query whole, and unnamed statements; its queue is not bounded
  // in time (it serves one developer, and every query waits for that one connection).
  const adapter = isEmbeddedDatabaseUrl(databaseUrl)
    ? new PrismaPg({ connectionString: databaseUrl, max: 1, Client: ListeningClient })
    : new PrismaPg(
        { connectionString: databaseUrl, max: pool.maxConnections ?? 10, connectionTimeoutMillis: pool.connectionTimeoutMs ?? defaultConnectionTimeoutMs, Client: ListeningClient },
        { statementNameGenerator: preparedStatementName },
      );
  return new PrismaClient({
    adapter,
    errorFormat: 'minimal',
  });
}

// Names already computed, by query text: every query asks for one. The texts are the code's (lists vary only in their
// number of parameters), so few; the bound only guards memory.
const statementNames = new Map<string, string>();
const maxStatementNames = 10_000;

/**
 * Prepared statements: each pooled connection parses and plans a query text once and afterwards only binds and runs
 * it. The name is a digest of the text, so that one name always means one text, as `pg` requires.
 */
function preparedStatementName({ sql }: { sql: string }): string {
  let name = statementNames.get(sql);
  if (name === undefined) {
    name = `p${createHash('sha1').update(sql).digest('base64url')}`;
    if (statementNames.size < maxStatementNames) statementNames.set(sql, name);
  }
  return name;
}
