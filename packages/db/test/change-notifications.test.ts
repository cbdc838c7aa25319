import { ChangeNotifications, newUniqueId, userArn } from '@gatehouse/db';
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

test('a committed update or deletion of a user has reached the subscribers once sync resolves', async () => {
  expect(notifications.listening).toBe(listens);
  const user = await createUser('ana');
  await database.prisma.user.update({ where: { id: user.id }, data: { passwordLastUsed: new Date() } });
  await database.prisma.user.delete({ where: { id: user.id } });
  await notifications.sync();
  expect(heard.splice(0)).toEqual(listens ? [`User:${user.id}`, `User:${user.id}`] : []);
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
