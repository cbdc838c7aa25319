import { randomBytes } from 'node:crypto';
import { createTestDatabase, type TestDatabase } from '@gatehouse/db/testing';
import { runGatehouse, type Run } from './support/run-gatehouse';

jest.setTimeout(120_000);

let database: TestDatabase;

function gatehouse(args: string[], env: Record<string, string> = {}): Promise<Run> {
  return runGatehouse(args, { DATABASE_URL: database.databaseUrl, GATEHOUSE_SECRET_KEY: randomBytes(32).toString('base64'), ...env });
}

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
  [['account', 'create', '--email', 'not-an-email', '--password', 'Abcdef12!'], "InvalidInput: 1 validation error detected: Value 'not-an-email' at 'email'"],
  [['account', 'create', '--email', 'ops@example.com', '--password', 'abcdefgh'], 'PasswordPolicyViolation: Password should have at least three'],
  [['account', 'create', '--email', 'ops@example.com', '--password', 'Abcdef12!', '--alias', 'Bad_Alias'], "Value 'Bad_Alias' at 'alias' failed"],
  [
    ['account', 'create', '--account-id', '12345678901x', '--email', 'ops@example.com', '--password', 'Abcdef12!'],
    "Value '12345678901x' at 'accountId' failed to satisfy constraint: Member must satisfy regular expression pattern: [0-9]{12}",
  ],
  [['account', 'delete', '1234'], "Value '1234' at 'accountId' failed"],
  [['account', 'delete'], 'account delete takes one account id'],
  [['access-key', 'create', '--account', '111122223333'], 'access-key create needs --account and one of --user NAME or --root'],
  [['access-key', 'create', '--account', '111122223333', '--user', 'alice', '--profile', 'a b'], '`a b` is not a profile name'],
  [['start', '--api-port', 'eighty'], '--api-port must be a port number, not `eighty`'],
])('bad arguments %j are refused before changing anything', async (args, message) => {
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

test('account create prints JSON with the new account id; a taken email (in any case), alias or id is refused with exit 1', async () => {
  const created = await gatehouse(['account', 'create', '--email', 'Ops@Example.com', '--password', 'Sup3r-secret', '--alias', 'acme-ops']);
  expect(created.exitCode).toBe(0);
  const account = JSON.parse(created.stdout) as { accountId: string; alias: string; rootEmail: string };
  expect(account).toEqual({ accountId: expect.stringMatching(/^\d{12}$/), alias: 'acme-ops', rootEmail: 'Ops@Example.com' });
  const stored = await database.prisma.account.findUniqueOrThrow({ where: { id: account.accountId } });
  expect(stored.rootPasswordHash).toMatch(/^\$argon2id\$/);

  const duplicate = await gatehouse(['account', 'create', '--email', 'ops@example.com', '--password', 'Sup3r-secret']);
  expect(duplicate.exitCode).toBe(1);
  expect(duplicate.stderr).toContain('gatehouse: EntityAlreadyExists: An account with root email ops@example.com already exists.');

  const sameAlias = await gatehouse(['account', 'create', '--email', 'other@example.com', '--password', 'Sup3r-secret', '--alias', 'acme-ops']);
  expect(sameAlias.exitCode).toBe(1);
  expect(sameAlias.stderr).toContain('gatehouse: EntityAlreadyExists: The account alias acme-ops already exists.');

  const sameId = await gatehouse(['account', 'create', '--account-id', account.accountId, '--email', 'other@example.com', '--password', 'Sup3r-secret']);
  expect(sameId.exitCode).toBe(1);
  expect(sameId.stderr).toContain(`gatehouse: EntityAlreadyExists: An account with id ${account.accountId} already exists.`);
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
  expect(again.stdout).not.toContain('Alice-Production-2026!');
  expect(again.stdout).toContain('Demo accounts seeded earlier: 111122223333 (acme-production), 444455556666 (acme-development).');
  expect(again.stdout).not.toContain('aws_secret_access_key');
});

test('account create takes the id it is given, and records CreateAccount in the account, with no principal and no password', async () => {
  const created = await gatehouse(['account', 'create', '--account-id', '000000000042', '--email', 'chosen@example.com', '--password', 'Sup3r-secret']);
  expect(created).toMatchObject({ exitCode: 0, stderr: '' });
  expect(JSON.parse(created.stdout)).toEqual({ accountId: '000000000042', alias: null, rootEmail: 'chosen@example.com' });
  const events = await database.prisma.auditEvent.findMany({ where: { accountId: '000000000042' } });
  expect(events).toEqual([
    expect.objectContaining({
      eventSource: 'organizations.amazonaws.com',
      eventName: 'CreateAccount',
      principalArn: null,
      userAgent: 'gatehouse-cli',
      resources: ['arn:aws:iam::000000000042:root'],
      requestParameters: { accountId: '000000000042', email: 'chosen@example.com' },
    }),
  ]);
  expect(JSON.stringify(events)).not.toContain('Sup3r-secret');
});
