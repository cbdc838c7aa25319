import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createTestDatabase, type TestDatabase } from '@gatehouse/db/testing';
import { runGatehouse } from './support/run-gatehouse';

// `gatehouse service import | list | remove` against a real database, through the command itself.
jest.setTimeout(120_000);

const ordersFile = join(__dirname, '..', '..', '..', 'examples', 'orders-service', 'orders.service-reference.json');
let database: TestDatabase;

const gatehouse = (args: string[]) => runGatehouse(args, { DATABASE_URL: database.databaseUrl });

beforeAll(async () => {
  database = await createTestDatabase();
});
afterAll(() => database.drop());

test('imports a service reference, lists it, replaces it on a second import and removes it, each change audited', async () => {
  const imported = await gatehouse(['service', 'import', ordersFile]);
  expect(imported).toMatchObject({ exitCode: 0 });
  expect(JSON.parse(imported.stdout)).toEqual({ prefix: 'orders', actions: 4, replaced: false });
  expect((await database.prisma.customService.findUniqueOrThrow({ where: { prefix: 'orders' } })).serviceReference).toEqual(JSON.parse(await readFile(ordersFile, 'utf8')));

  const listed = await gatehouse(['service', 'list']);
  expect(JSON.parse(listed.stdout)).toEqual([{ prefix: 'orders', actions: 4, resourceTypes: 1, conditionKeys: 2, importedAt: expect.any(String) }]);

  expect(JSON.parse((await gatehouse(['service', 'import', ordersFile])).stdout)).toMatchObject({ replaced: true });

  expect(JSON.parse((await gatehouse(['service', 'remove', 'orders'])).stdout)).toEqual({ prefix: 'orders', removed: true });
  expect(JSON.parse((await gatehouse(['service', 'list'])).stdout)).toEqual([]);
  const missing = await gatehouse(['service', 'remove', 'orders']);
  expect(missing.exitCode).toBe(1);
  expect(missing.stderr).toContain('no imported service has the prefix `orders`');

  const events = await database.prisma.auditEvent.findMany({ where: { eventSource: 'gatehouse.cli' }, orderBy: { eventTime: 'asc' } });
  expect(events.map((event) => [event.eventName, event.resources])).toEqual([
    ['ImportServiceDefinition', ['gatehouse:service/orders']],
    ['ImportServiceDefinition', ['gatehouse:service/orders']],
    ['RemoveServiceDefinition', ['gatehouse:service/orders']],
  ]);
});

test('refuses an invalid definition with every problem and where it is, and stores nothing', async () => {
  const dir = await mkdtemp(join(tmpdir(), 'gatehouse-service-'));
  const file = join(dir, 's3.json');
  await writeFile(file, JSON.stringify({ Name: 's3', Actions: [{ Name: 'get-thing', Resources: [{ Name: 'thing' }] }] }));
  const refused = await gatehouse(['service', 'import', file]);
  expect(refused.exitCode).toBe(1);
  expect(refused.stderr).toContain("`s3` is an AWS service's prefix");
  expect(refused.stderr).toContain('Actions[0].Name `get-thing` must be letters and digits');
  expect(await database.prisma.customService.count()).toBe(0);

  // U+0000, which PostgreSQL's json types cannot hold, anywhere in the document (here in a description).
  const orders = JSON.parse(await readFile(ordersFile, 'utf8'));
  orders.Actions[0].Description = 'nul \u0000 here';
  const withNul = join(dir, 'orders-nul.json');
  await writeFile(withNul, JSON.stringify(orders));
  const nul = await gatehouse(['service', 'import', withNul]);
  expect(nul.exitCode).toBe(1);
  expect(nul.stderr).toContain('holds U+0000 or half a surrogate pair at $.Actions[0].Description, which cannot be stored');
  expect(await database.prisma.customService.count()).toBe(0);

  const usage = await gatehouse(['service', 'import']);
  expect(usage.exitCode).toBe(2);
});
