import { createPrismaClient } from '@gatehouse/db';
import { startServer } from '../../src/index';
import type { Logger } from '../../src/logger';
import { createRootAccount } from '../support/test-api';
import { call, msUntil, rootSessionCookie, sleep } from './load-client';
import { startThrowawayPostgres } from './throwaway-postgres';
import { accountWrites, runWriteLoad, type WriteAccounting, type WriteLoadResult } from './write-load';

export interface DatabaseRestartFigures extends WriteAccounting {
  load: Omit<WriteLoadResult, 'acks'>;
  /** From `pg_ctl stop` returning to the first /readyz 503. */
  readyzDownMs: number;
  /** From `pg_ctl start` returning to the first /readyz 200, and to the first answered read of the database. */
  readyzRecoveryMs: number;
  firstAnswerAfterStartMs: number;
}

/**
 * PostgreSQL stopped (fast) and started again under write load, the API process never restarted: on a throwaway
 * cluster (throwaway-postgres.ts). Returns the accounting of what was acknowledged against what is stored.
 */
export async function databaseRestartUnderLoad(options: {
  logger: Logger;
  concurrency: number;
  warmupMs: number;
  downMs: number;
  afterMs: number;
  deadlineMs: number;
}): Promise<DatabaseRestartFigures> {
  const postgres = await startThrowawayPostgres();
  try {
    const databaseUrl = await postgres.createDatabase('gatehouse');
    const prisma = createPrismaClient(databaseUrl);
    const server = await startServer({ databaseUrl, port: 0, host: '127.0.0.1', logger: options.logger });
    try {
      const root = await createRootAccount(prisma);
      const graphqlUrl = `${server.url}/graphql`;
      const cookie = await rootSessionCookie(graphqlUrl, root.email, root.password);
      let running = true;
      const prefix = 'restart-';
      const load = runWriteLoad({ graphqlUrl: () => graphqlUrl, cookie, concurrency: options.concurrency, running: () => running, deadlineMs: options.deadlineMs, prefix });
      const readyz = (status: number) => async () => (await fetch(`${server.url}/readyz`, { signal: AbortSignal.timeout(2000) })).status === status;
      await sleep(options.warmupMs);
      await postgres.stop();
      const readyzDownMs = await msUntil(readyz(503), 10_000);
      await sleep(options.downMs);
      await postgres.start();
      const [readyzRecoveryMs, firstAnswerAfterStartMs] = await Promise.all([
        msUntil(readyz(200), 30_000),
        msUntil(async () => (await call(graphqlUrl, '{ listUsers(first: 1) { totalCount } }', {}, { cookie })).status === 200, 30_000),
      ]);
      await sleep(options.afterMs);
      running = false;
      const { acks, ...loadFigures } = await load;
      const accounting = await accountWrites(prisma, root.accountId, { acks, ...loadFigures }, prefix);
      return { ...accounting, load: loadFigures, readyzDownMs, readyzRecoveryMs, firstAnswerAfterStartMs };
    } finally {
      await server.close();
      await prisma.$disconnect();
    }
  } finally {
    await postgres.destroy();
  }
}
