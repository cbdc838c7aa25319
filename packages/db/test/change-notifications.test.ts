import { ChangeNotifications, changeListenerApplicationName, newUniqueId, userArn } from '@gatehouse/db';
import { createTestDatabase, type TestDatabase } from '@gatehouse/db/testing';

// On PostgreSQL the triggers of migration add_change_notifications reach a listener; the embedded database has none.
const listens = Boolean(process.env.DATABASE_URL);
const accountId = '333333333333';
let database: TestDatabase;
let notifications: ChangeNotifications;
const heard: string[] = [];
let resets = 0;

beforeAll(async () => {
  database = await createTestDatabase();
  await database.prisma.account.create({ data: { id: accountId, rootEmail: 'notify@example.com', rootPasswordHash: 'x' } });
  notifications = await ChangeNotifications.start(database.databaseUrl, () => undefined);
  notifications.subscribe({ changed: (table, key) => heard.push(`${table}:${key}`), reset: () => resets++ });
});
afterAll(async () => {
  await notifications.close();
  await database.drop();
});

function createUser(userName: string) {
  return database.prisma.user.create({ data: { id: newUniqueId('user'), accountId, userName, arn: userArn(accountId, '/', userName) } });
}

test('a committed update or deletion has reached the subscribers, named by table and key, once sync resolves', async () => {
  expect(notifications.listening).toBe(listens);
  const user = await createUser('ana');
  const accessKeyId = 'AKIANOTIFYEXAMPLE001';
  await database.prisma.accessKey.create({ data: { accessKeyId, accountId, userId: user.id, secretSealed: 'sealed' } });
  await database.prisma.user.update({ where: { id: user.id }, data: { passwordLastUsed: new Date() } });
  await database.prisma.accessKey.update({ where: { accessKeyId }, data: { status: 'Inactive' } });
  await database.prisma.user.delete({ where: { id: user.id } });
  await notifications.sync();
  // The deletion cascades to the key, in the same transaction.
  expect(heard.splice(0)).toEqual(listens ? [`User:${user.id}`, `AccessKey:${accessKeyId}`, `User:${user.id}`, `AccessKey:${accessKeyId}`] : []);
});

test('concurrent writes each see their own change heard once their sync resolves', async () => {
  const users = await Promise.all(['cat', 'dan', 'eve', 'fay', 'gus', 'hal'].map(createUser));
  heard.length = 0;
  const missing = await Promise.all(
    users.map(async (user, index) => {
      await database.prisma.user.update({ where: { id: user.id }, data: { path: '/synced/' } });
      // Half the syncs start together, while the others' are running.
      if (index % 2 === 0) await Promise.all([notifications.sync(), notifications.sync()]);
      else await notifications.sync();
      return listens && !heard.includes(`User:${user.id}`) ? user.userName : null;
    }),
  );
  expect(missing.filter(Boolean)).toEqual([]);
  expect(heard.splice(0).length).toBe(listens ? users.length : 0);
});

test('a rolled-back change notifies no one', async () => {
  const user = await createUser('ben');
  await expect(
    database.prisma.$transaction(async (tx) => {
      await tx.user.update({ where: { id: user.id }, data: { path: '/moved/' } });
      throw new Error('rolled back');
    }),
  ).rejects.toThrow('rolled back');
  await notifications.sync();
  expect(heard.splice(0)).toEqual([]);
});

test('closing resets the subscribers: what they hold is no longer kept true', async () => {
  const before = resets;
  await notifications.close();
  expect(notifications.listening).toBe(false);
  expect(resets).toBe(before + 1);
});

test('a listener that stops delivering is dropped when a sync waits too long, and listened to again', async () => {
  const stalled = await ChangeNotifications.start(database.databaseUrl, () => undefined, { syncTimeoutMs: 500 });
  let stalledResets = 0;
  stalled.subscribe({ changed: () => undefined, reset: () => stalledResets++ });
  try {
    expect(stalled.listening).toBe(listens);
    if (!listens) return;
    // The listening connection's server process, paused: it neither answers nor delivers.
    const [backend] = await database.prisma.$queryRaw<Array<{ pid: number }>>`
      SELECT pid FROM pg_stat_activity WHERE datname = current_database() AND application_name = ${changeListenerApplicationName}
      ORDER BY backend_start DESC LIMIT 1`;
    process.kill(backend!.pid, 'SIGSTOP');
    try {
      await stalled.sync();
      expect(stalled.listening).toBe(false);
      expect(stalledResets).toBe(1);
    } finally {
      process.kill(backend!.pid, 'SIGCONT');
    }
    for (let waited = 0; !stalled.listening && waited < 5000; waited += 50) await new Promise((resolve) => setTimeout(resolve, 50));
    expect(stalled.listening).toBe(true);
  } finally {
    await stalled.close();
  }
});
