import { createTestDatabase, type TestDatabase } from '@gatehouse/db/testing';
import { runGatehouse } from './run-gatehouse';

jest.setTimeout(120_000);

let database: TestDatabase;

const gatehouse = (args: string[], env: Record<string, string> = {}) => runGatehouse(database.databaseUrl, args, env);

beforeAll(async () => {
  database = await createTestDatabase();
});

afterAll(() => database.drop());

test('an unknown command or option is a usage error (exit 2) with the usage text', async () => {
  const unknown = await gatehouse(['frobnicate']);
  expect(unknown).toMatchObject({ exitCode: 2, stdout: '' });
  expect(unknown.stderr).toContain('gatehouse: unknown command `frobnicate`');
  expect(unknown.stderr).toContain('usage: gatehouse <command>');

  const badOption = await gatehouse(['account', 'create', '--email', 'a@example.com', '--password', 'Abcdef12!', '--colour', 'red']);
  expect(badOption.exitCode).toBe(2);
  expect(badOption.stderr).toContain("Unknown option '--colour'");
});

test.each([
  [['account', 'create', '--email', 'ops@example.com'], 'account create needs --email and --password'],
  [['account', 'create', '--email', 'not-an-email', '--password', 'Abcdef12!'], '`not-an-email` is not an email address'],
  [['account', 'create', '--email', 'ops@example.com', '--password', 'abcdefgh'], 'must mix at least three of'],
  [['account', 'create', '--email', 'ops@example.com', '--password', 'Abcdef12!', '--alias', 'Bad_Alias'], '`Bad_Alias` is not a valid account alias'],
  [['start', '--api-port', 'eighty'], '--api-port must be a port number, not `eighty`'],
])('bad arguments %j are refused before touching the database', async (args, message) => {
  const run = await gatehouse(args);
  expect(run.exitCode).toBe(2);
  expect(run.stderr).toContain(message);
  expect(await database.prisma.account.count()).toBe(0);
});

test('an unreachable database exits 3 and says where it looked, without the password', async () => {
  const run = await gatehouse(['account', 'list'], { DATABASE_URL: 'postgresql://postgres:hunter2@127.0.0.1:1/postgres' });
  expect(run.exitCode).toBe(3);
  expect(run.stderr).toContain('gatehouse: cannot reach the database at postgresql://postgres:***@127.0.0.1:1/postgres');
  expect(run.stderr).not.toContain('hunter2');
});

test('account create prints JSON with the new account id; the same email (in any case) is refused with exit 1', async () => {
  const created = await gatehouse(['account', 'create', '--email', 'Ops@Example.com', '--password', 'Sup3r-secret', '--alias', 'acme-ops']);
  expect(created.exitCode).toBe(0);
  const account = JSON.parse(created.stdout) as { accountId: string; alias: string; rootEmail: string };
  expect(account).toEqual({ accountId: expect.stringMatching(/^\d{12}$/), alias: 'acme-ops', rootEmail: 'Ops@Example.com' });
  const stored = await database.prisma.account.findUniqueOrThrow({ where: { id: account.accountId } });
  expect(stored.rootPasswordHash).toMatch(/^\$argon2id\$/);

  const duplicate = await gatehouse(['account', 'create', '--email', 'ops@example.com', '--password', 'Sup3r-secret']);
  expect(duplicate.exitCode).toBe(1);
  expect(duplicate.stderr).toContain('gatehouse: an account with root email ops@example.com already exists');

  const sameAlias = await gatehouse(['account', 'create', '--email', 'other@example.com', '--password', 'Sup3r-secret', '--alias', 'acme-ops']);
  expect(sameAlias.exitCode).toBe(1);
  expect(sameAlias.stderr).toContain('the account alias acme-ops is already in use');
  expect(await database.prisma.account.count()).toBe(1);

  const listed = await gatehouse(['account', 'list']);
  expect(listed.exitCode).toBe(0);
  expect(JSON.parse(listed.stdout)).toEqual([
    { accountId: account.accountId, alias: 'acme-ops', rootEmail: 'Ops@Example.com', createdAt: expect.any(String), userCount: 0 },
  ]);
});

test('migrate reports an up-to-date database; seed prints the demo sign-ins and the new access key once', async () => {
  const migrate = await gatehouse(['migrate']);
  expect(migrate).toMatchObject({ exitCode: 0, stdout: 'The database is up to date.\n' });

  const seeded = await gatehouse(['seed']);
  expect(seeded.exitCode).toBe(0);
  expect(seeded.stdout).toContain('root user:    aws-production@acme.example / Production-Root-2026!');
  expect(seeded.stdout).toMatch(/aws_secret_access_key = [A-Za-z0-9+/]{40}/);

  const again = await gatehouse(['seed']);
  expect(again.exitCode).toBe(0);
  expect(again.stdout).toContain('IAM user:     alice / Alice-Production-2026!');
  expect(again.stdout).not.toContain('aws_secret_access_key');
});
