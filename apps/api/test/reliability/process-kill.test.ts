import { createTestDatabase, type TestDatabase } from '@gatehouse/db/testing';
import { startApiProcess, type ApiProcess } from '../support/api-process';
import { createRootAccount } from '../support/test-api';
import { dumpAuditEvents } from '../support/test-artifacts';
import { call, rootSessionCookie, sleep } from './load-client';
import { accountWrites, runWriteLoad } from './write-load';

// An API process killed (SIGKILL) in the middle of writes, a second one serving throughout, the first restarted:
// nothing acknowledged is lost, nothing half-applied, no write without its audit event (the bounded form of the soak's).

// An embedded database is one session shared by every connection: killing a process mid-transaction needs a PostgreSQL server.
const onServer = process.env.DATABASE_URL ? it : it.skip;
if (!process.env.DATABASE_URL) console.log('process-kill.test: needs a PostgreSQL server (DATABASE_URL); skipped on the embedded database');

let database: TestDatabase;
const processes: ApiProcess[] = [];

beforeAll(async () => {
  database = await createTestDatabase();
});
afterAll(async () => {
  await Promise.all(processes.map((process) => process.stop()));
  await dumpAuditEvents(database.prisma);
  await database.drop();
});

onServer('loses nothing acknowledged when an API process is killed mid-write, and the other process serves throughout', async () => {
  const [killed, survivor] = await Promise.all([startApiProcess(database.databaseUrl), startApiProcess(database.databaseUrl)]);
  processes.push(killed!, survivor!);
  const root = await createRootAccount(database.prisma);
  const cookie = await rootSessionCookie(`${killed!.url}/graphql`, root.email, root.password);
  let running = true;
  const onKilled = runWriteLoad({ graphqlUrl: () => `${killed!.url}/graphql`, cookie, concurrency: 6, running: () => running, deadlineMs: 15_000, prefix: 'killed-' });
  const onSurvivor = runWriteLoad({ graphqlUrl: () => `${survivor!.url}/graphql`, cookie, concurrency: 2, running: () => running, deadlineMs: 15_000, prefix: 'survivor-' });
  await sleep(1500);
  await killed!.kill();
  const answeredAfterKill = await call(`${survivor!.url}/graphql`, '{ listUsers(first: 1) { totalCount } }', {}, { cookie });
  await sleep(1000);
  const restarted = await startApiProcess(database.databaseUrl);
  processes.push(restarted);
  running = false;
  const [killedLoad, survivorLoad] = await Promise.all([onKilled, onSurvivor]);

  expect(answeredAfterKill.status).toBe(200);
  expect(survivorLoad.acknowledged).toBeGreaterThan(0);
  expect((await call(`${restarted.url}/graphql`, '{ listUsers(first: 1) { totalCount } }', {}, { cookie })).status).toBe(200);
  for (const [load, prefix] of [[killedLoad, 'killed-'], [survivorLoad, 'survivor-']] as const) {
    expect(load.hung).toBe(0);
    expect(await accountWrites(database.prisma, root.accountId, load, prefix)).toEqual({ lost: 0, withoutAuditEvent: 0, auditEventWithoutWrite: 0, partial: 0 });
  }
  // The killed process's in-flight calls got no answer at all; every answer that came had a code.
  expect(killedLoad.byStatus[0] ?? 0).toBeGreaterThan(0);
  expect(killedLoad.byCode['no code'] ?? 0).toBe(0);
}, 120_000);
