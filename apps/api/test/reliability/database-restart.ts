import { createPrismaClient } from '@gatehouse/db';
import { startApiProcess } from '../support/api-process';
import { createRootAccount } from '../support/test-api';
import { call, msUntil, rootSessionCookie, sleep } from './load-client';
import { startThrowawayPostgres } from './throwaway-postgres';
import { accountWrites, runWriteLoad, type WriteAccounting, type WriteLoadResult } from './write-load';

export interface DatabaseRestartFigures extends WriteAccounting {
  apiExited: boolean;
  load: Omit<WriteLoadResult, 'acks'>;
  /** From `pg_ctl stop` returning to the first /readyz 503. */
  readyzDownMs: number;
  /** From `pg_ctl start` returning to the first /readyz 200, and to the first answered read of the database. */
  readyzRecoveryMs: number;
  firstAnswerAfterStartMs: number;
}

/**
 * PostgreSQL stopped (fast) and started again under write load, the API process (a child process, as deployed) never
 * restarted: on a throwaway cluster (throwaway-postgres.ts). Returns the accounting of what was acknowledged against
 * what is stored; `apiExited` says whether the API process died on the way.
 */
export async function databaseRestartUnderLoad(options: {
  /** Where the API process's log lines go. */
  onLogLine?: (line: string) => void;
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
    const server = await startApiProcess(databaseUrl, { onLogLine: options.onLogLine });
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
      const apiExited = (await fetch(`${server.url}/healthz`).catch(() => undefined)) === undefined;
      return { ...accounting, apiExited, load: loadFigures, readyzDownMs, readyzRecoveryMs, firstAnswerAfterStartMs };
    } finally {
      await server.stop();
      await prisma.$disconnect();
    }
  } finally {
    await postgres.destroy();
  }
}
