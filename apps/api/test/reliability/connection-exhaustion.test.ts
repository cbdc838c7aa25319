import { createTestDatabase, type TestDatabase } from '@gatehouse/db/testing';
import { createRootAccount, startTestApi, type TestApi } from '../support/test-api';
import { dumpAuditEvents } from '../support/test-artifacts';
import { call, rootSessionCookie, type CallOutcome } from './load-client';

// More concurrent calls than the API serves at once: every pooled PostgreSQL connection held (the calls' reads wait
// for a lock this test holds on "User"), then admission control's bound. Past each bound a call is answered with
// Throttling (400, which SDKs retry; on the Query API too), never left waiting without end nor answered 5xx; /healthz
// keeps answering; the pool and the queue serve normally once the lock is gone.

// An embedded database is one session shared by every connection: a lock held by the test would hold the API too.
const onServer = process.env.DATABASE_URL ? it : it.skip;
if (!process.env.DATABASE_URL) console.log('connection-exhaustion.test: needs a PostgreSQL server (DATABASE_URL); skipped on the embedded database');

const listUsers = '{ listUsers(first: 10) { totalCount } }';

let database: TestDatabase;
const apis: TestApi[] = [];

beforeAll(async () => {
  database = await createTestDatabase();
});
afterAll(async () => {
  await Promise.all(apis.map((api) => api.server.close()));
  await dumpAuditEvents(database.prisma);
  await database.drop();
});

async function apiWith(config: Parameters<typeof startTestApi>[0]): Promise<{ graphqlUrl: string; url: string; cookie: string }> {
  const api = await startTestApi(config, database);
  apis.push(api);
  const root = await createRootAccount(database.prisma);
  return { url: api.url, graphqlUrl: api.graphqlUrl, cookie: await rootSessionCookie(api.graphqlUrl, root.email, root.password) };
}

/** Holds an exclusive lock on "User" (every read of users waits for it) until the returned function is called. */
async function lockUsers(): Promise<() => Promise<void>> {
  let unlock!: () => void;
  let locked!: () => void;
  const isLocked = new Promise<void>((resolve) => (locked = resolve));
  const released = new Promise<void>((resolve) => (unlock = resolve));
  const transaction = database.prisma.$transaction(
    async (tx) => {
      await tx.$executeRawUnsafe('LOCK TABLE "User" IN ACCESS EXCLUSIVE MODE');
      locked();
      await released;
    },
    { timeout: 60_000 },
  );
  await isLocked;
  return async () => {
    unlock();
    await transaction;
  };
}

/** Resolves once `count` of the calls have answered. */
function answered(calls: Promise<CallOutcome>[], count: number): Promise<void> {
  let done = 0;
  return new Promise((resolve) => calls.forEach((outcome) => void outcome.then(() => ++done === count && resolve())));
}

const codeOf = (outcome: CallOutcome) => outcome.errors?.[0]?.extensions?.code;

onServer('calls past the pool wait a bounded time, get Throttling, and the pool recovers', async () => {
  const api = await apiWith({ database: { maxConnections: 2, connectionTimeoutMs: 300 } });
  const unlock = await lockUsers();
  const calls = Array.from({ length: 12 }, () => call(api.graphqlUrl, listUsers, {}, { cookie: api.cookie, deadlineMs: 30_000 }));
  // Two calls hold the pool's connections (waiting for the lock); the other ten wait for one, 300 ms at most.
  await answered(calls, 10);
  const health = await fetch(`${api.url}/healthz`);
  await unlock();
  const outcomes = await Promise.all(calls);
  expect(health.status).toBe(200);
  expect(outcomes.filter((outcome) => outcome.status === 400 && codeOf(outcome) === 'Throttling')).toHaveLength(10);
  expect(outcomes.filter((outcome) => outcome.status === 200)).toHaveLength(2);
  for (let i = 0; i < 5; i++) expect((await call(api.graphqlUrl, listUsers, {}, { cookie: api.cookie })).status).toBe(200);
}, 120_000);

onServer('admission control runs a bounded number of calls, queues a bounded number, refuses the rest at once', async () => {
  const api = await apiWith({ http: { admission: { maxConcurrentCalls: 2, maxQueuedCalls: 3, maxQueueWaitMs: 60_000 } } });
  const unlock = await lockUsers();
  const calls = Array.from({ length: 10 }, () => call(api.graphqlUrl, listUsers, {}, { cookie: api.cookie, deadlineMs: 30_000 }));
  // Two run (and wait for the lock), three wait their turn, five are refused without waiting.
  await answered(calls, 5);
  const health = await fetch(`${api.url}/healthz`);
  // The Query API shares the bound, and refuses in its own protocol.
  const queryCall = await fetch(`${api.url}/`, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body: 'Action=ListUsers&Version=2010-05-08',
  });
  const queryAnswer = await queryCall.text();
  await unlock();
  const outcomes = await Promise.all(calls);
  expect(health.status).toBe(200);
  expect([queryCall.status, /<Code>(\w+)<\/Code>/.exec(queryAnswer)?.[1]]).toEqual([400, 'Throttling']);
  expect(outcomes.filter((outcome) => outcome.status === 400 && codeOf(outcome) === 'Throttling')).toHaveLength(5);
  expect(outcomes.filter((outcome) => outcome.status === 200)).toHaveLength(5);
}, 120_000);

onServer('a call that waits past the queue bound is refused with Throttling', async () => {
  const api = await apiWith({ http: { admission: { maxConcurrentCalls: 1, maxQueuedCalls: 10, maxQueueWaitMs: 200 } } });
  const unlock = await lockUsers();
  const calls = Array.from({ length: 4 }, () => call(api.graphqlUrl, listUsers, {}, { cookie: api.cookie, deadlineMs: 30_000 }));
  await answered(calls, 3);
  await unlock();
  const outcomes = await Promise.all(calls);
  expect(outcomes.filter((outcome) => outcome.status === 400 && codeOf(outcome) === 'Throttling')).toHaveLength(3);
  expect(outcomes.filter((outcome) => outcome.status === 200)).toHaveLength(1);
}, 120_000);
