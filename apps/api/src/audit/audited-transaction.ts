import { setTimeout as sleep } from 'node:timers/promises';
import type { Prisma } from '@gatehouse/db';
import type { RequestContext } from '../context';
import { isRetryableConflict } from '../errors/prisma-errors';
import { auditEventRow, type AuditEventFields } from './audit-event';

/** The handle a service writes through inside `auditedTransaction`. */
export type Tx = Prisma.TransactionClient;

export interface AuditedChange<TResult> extends Omit<AuditEventFields, 'resources' | 'responseElements' | 'errorCode' | 'errorMessage'> {
  /** The ARNs touched; a function when they are known only from the result (a rename's new ARN). */
  resources: readonly string[] | ((result: TResult) => readonly string[]);
  responseElements?: (result: TResult) => unknown;
  /**
   * For a change whose checks only changes holding the same lock can invalidate (createUser's name and quota in an
   * account): the lock's name. Such changes queue on a transaction-scoped advisory lock and run at READ COMMITTED,
   * where each statement after the lock sees everything the previous holder committed. Under SERIALIZABLE they
   * would read overlapping ranges, so concurrent ones in one account would conflict and retry.
   */
  lock?: string;
}

// Without a lock, serializable transactions make quota and uniqueness checks hold under concurrency; Postgres then
// refuses one of two conflicting transactions (40001), and running it again sees the winner's rows and answers
// accordingly. Postgres may refuse the loser before the winner commits, so each retry first waits a little, with
// jitter. Deadlocks (40P01) and foreign key failures (see isRetryableConflict) are retried the same way.
const attempts = 4;
const retryDelayMs = 25;

/**
 * Runs a service's writes and inserts their audit event with the same transaction handle, after the writes and
 * before the commit: a change cannot be committed without its event, and a failure leaves neither. The request's
 * loaders are cleared afterwards, and the answer waits until this process's caches have heard of the change, so that
 * a later operation in the same request, or the client's next request, reads the new state.
 */
export async function auditedTransaction<TResult>(
  ctx: RequestContext,
  change: AuditedChange<TResult>,
  write: (tx: Tx) => Promise<TResult>,
): Promise<TResult> {
  for (let attempt = 1; ; attempt++) {
    try {
      const result = await ctx.prisma.$transaction(
        async (tx) => {
          if (change.lock !== undefined) await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtextextended(${change.lock}, 0))`;
          const written = await write(tx);
          const resources = typeof change.resources === 'function' ? change.resources(written) : change.resources;
          await tx.auditEvent.create({
            data: auditEventRow(ctx, { ...change, resources, responseElements: change.responseElements?.(written) }),
          });
          return written;
        },
        { isolationLevel: change.lock === undefined ? 'Serializable' : 'ReadCommitted' },
      );
      ctx.loaders.clearAll();
      await ctx.notifications.sync();
      return result;
    } catch (error) {
      if (attempt >= attempts || !isRetryableConflict(error)) throw error;
      await sleep(retryDelayMs * attempt * (1 + Math.random()));
    }
  }
}
