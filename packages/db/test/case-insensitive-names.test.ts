import { createTestDatabase, type TestDatabase } from '@gatehouse/db/testing';
import { newUniqueId, userArn, Prisma } from '@gatehouse/db';

let database: TestDatabase;

beforeAll(async () => {
  database = await createTestDatabase();
  await database.prisma.account.createMany({
    data: [
      { id: '111111111111', rootEmail: 'prod@example.com', rootPasswordHash: 'x' },
      { id: '222222222222', rootEmail: 'dev@example.com', rootPasswordHash: 'x' },
    ],
  });
});

afterAll(() => database.drop());

function createUser(accountId: string, userName: string) {
  return database.prisma.user.create({
    data: { id: newUniqueId('user'), accountId, userName, arn: userArn(accountId, '/', userName) },
  });
}

test('the database refuses `alice` next to `Alice` in one account', async () => {
  await createUser('111111111111', 'Alice');
  const duplicate = createUser('111111111111', 'alice');
  await expect(duplicate).rejects.toBeInstanceOf(Prisma.PrismaClientKnownRequestError);
  await expect(duplicate).rejects.toMatchObject({ code: 'P2002' });
  expect(await database.prisma.user.count({ where: { accountId: '111111111111' } })).toBe(1);
});

test('the same name in another account is fine', async () => {
  const other = await createUser('222222222222', 'Alice');
  expect(other.userName).toBe('Alice');
});

test('lookups by name ignore case, and the stored name keeps the case it was given', async () => {
  const found = await database.prisma.user.findUnique({
    where: { accountId_userName: { accountId: '111111111111', userName: 'ALICE' } },
  });
  expect(found?.userName).toBe('Alice');
});

test('root emails are unique regardless of case', async () => {
  await expect(
    database.prisma.account.create({ data: { id: '333333333333', rootEmail: 'PROD@example.com', rootPasswordHash: 'x' } }),
  ).rejects.toMatchObject({ code: 'P2002' });
});
