import { databaseRestartUnderLoad } from './database-restart';

// The bounded form of `npm run soak`'s database restart (scripts/soak.ts runs it longer and prints the figures).

it('loses no acknowledged write, half-applies none and recovers without an API restart when PostgreSQL restarts under write load', async () => {
  const figures = await databaseRestartUnderLoad({
    concurrency: 8,
    warmupMs: 1500,
    downMs: 1000,
    afterMs: 1500,
    deadlineMs: 15_000,
  });
  expect(figures.load.acknowledged).toBeGreaterThan(10);
  const { apiExited, lost, withoutAuditEvent, auditEventWithoutWrite, partial } = figures;
  expect({ apiExited, lost, withoutAuditEvent, auditEventWithoutWrite, partial, hung: figures.load.hung }).toEqual({
    apiExited: false,
    lost: 0,
    withoutAuditEvent: 0,
    auditEventWithoutWrite: 0,
    partial: 0,
    hung: 0,
  });
  // Every failure during the outage was answered with a code; none without one, none a client error.
  expect(figures.load.byCode['no code'] ?? 0).toBe(0);
  expect(Object.keys(figures.load.byStatus).map(Number).filter((status) => status !== 200 && status !== 500 && status !== 503)).toEqual([]);
  expect(figures.readyzRecoveryMs).toBeLessThan(30_000);
  expect(figures.firstAnswerAfterStartMs).toBeLessThan(30_000);
}, 120_000);
