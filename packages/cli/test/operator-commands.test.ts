import { randomBytes } from 'node:crypto';
import { Sha256 } from '@aws-crypto/sha256-js';
import { SignatureV4 } from '@smithy/signature-v4';
import { startServer, type RunningServer } from '@gatehouse/api';
import { SecretBox } from '@gatehouse/credentials';
import { createTestDatabase, type TestDatabase } from '@gatehouse/db/testing';
import { DEVELOPMENT_ACCOUNT_ID, PRODUCTION_ACCOUNT_ID } from '@gatehouse/seed';
import { runGatehouse, type Run } from './support/run-gatehouse';

// `account delete` and `access-key create` on the seeded demo environment, and the printed key used against a real API.

jest.setTimeout(120_000);

const serverKey = randomBytes(32);
let database: TestDatabase;

function gatehouse(args: string[]): Promise<Run> {
  return runGatehouse(args, { DATABASE_URL: database.databaseUrl, GATEHOUSE_SECRET_KEY: serverKey.toString('base64') });
}

beforeAll(async () => {
  database = await createTestDatabase();
  expect((await gatehouse(['seed'])).exitCode).toBe(0);
});

afterAll(() => database.drop());

/** The sections of an AWS CLI credentials file. */
function parseCredentialsFile(text: string): Record<string, Record<string, string>> {
  const profiles: Record<string, Record<string, string>> = {};
  let current: Record<string, string> | undefined;
  for (const line of text.split('\n').filter((l) => l.trim() !== '')) {
    const section = /^\[(.+)\]$/.exec(line);
    if (section) profiles[section[1]!] = current = {};
    else {
      const [key, value] = line.split(' = ');
      current![key!] = value!;
    }
  }
  return profiles;
}

describe('access-key create', () => {
  let api: RunningServer;

  beforeAll(async () => {
    process.env.GATEHOUSE_LOG_LEVEL = 'warn';
    api = await startServer({ databaseUrl: database.databaseUrl, port: 0, host: '127.0.0.1', secretBox: new SecretBox(serverKey) });
  });

  afterAll(() => api.close());

  async function getCallerIdentity(credentials: { accessKeyId: string; secretAccessKey: string }): Promise<unknown> {
    const url = new URL(`${api.url}/graphql`);
    const body = JSON.stringify({ query: '{ getCallerIdentity { arn account } }' });
    const signer = new SignatureV4({ service: 'iam', region: 'us-east-1', sha256: Sha256, credentials });
    const signed = await signer.sign({
      method: 'POST',
      protocol: 'http:',
      hostname: url.hostname,
      port: Number(url.port),
      path: url.pathname,
      headers: { host: url.host, 'content-type': 'application/json' },
      body,
    });
    const response = await fetch(url, { method: 'POST', headers: signed.headers, body });
    return response.json();
  }

  test('prints a credentials file profile whose key signs requests as the user; the third key is refused by the quota', async () => {
    const created = await gatehouse(['access-key', 'create', '--account', PRODUCTION_ACCOUNT_ID, '--user', 'alice', '--profile', 'acme-alice']);
    expect(created).toMatchObject({ exitCode: 0, stderr: '' });
    const profiles = parseCredentialsFile(created.stdout);
    expect(Object.keys(profiles)).toEqual(['acme-alice']);
    const profile = profiles['acme-alice']!;
    expect(profile).toEqual({ aws_access_key_id: expect.stringMatching(/^AKIA[A-Z2-7]{16}$/), aws_secret_access_key: expect.stringMatching(/^[A-Za-z0-9+/]{40}$/) });

    expect(await getCallerIdentity({ accessKeyId: profile.aws_access_key_id!, secretAccessKey: profile.aws_secret_access_key! })).toEqual({
      data: { getCallerIdentity: { arn: `arn:aws:iam::${PRODUCTION_ACCOUNT_ID}:user/alice`, account: PRODUCTION_ACCOUNT_ID } },
    });
    const event = await database.prisma.auditEvent.findFirstOrThrow({ where: { eventName: 'CreateAccessKey', accountId: PRODUCTION_ACCOUNT_ID } });
    expect(event).toMatchObject({ protocol: 'cli', principalArn: null, userAgent: 'gatehouse-cli', resources: [`arn:aws:iam::${PRODUCTION_ACCOUNT_ID}:user/alice`] });
    expect(JSON.stringify(event)).not.toContain(profile.aws_secret_access_key);

    const second = await gatehouse(['access-key', 'create', '--account', PRODUCTION_ACCOUNT_ID, '--user', 'alice']);
    expect(second.exitCode).toBe(0);
    expect(Object.keys(parseCredentialsFile(second.stdout))).toEqual(['gatehouse']);
    const third = await gatehouse(['access-key', 'create', '--account', PRODUCTION_ACCOUNT_ID, '--user', 'alice']);
    expect(third).toMatchObject({ exitCode: 1, stdout: '' });
    expect(third.stderr).toContain('gatehouse: LimitExceeded: Cannot exceed quota for AccessKeysPerUser: 2.');
    expect(await database.prisma.accessKey.count({ where: { user: { userName: 'alice', accountId: PRODUCTION_ACCOUNT_ID } } })).toBe(2);
  });

  test.each([
    [[PRODUCTION_ACCOUNT_ID, 'nobody'], 'gatehouse: NoSuchEntity: The user with name nobody cannot be found.'],
    [['999999999999', 'alice'], 'gatehouse: NoSuchEntity: The account with id 999999999999 cannot be found.'],
  ])('an unknown account or user (%j) is refused with exit 1 and no key', async ([account, user], message) => {
    const before = await database.prisma.accessKey.count();
    const run = await gatehouse(['access-key', 'create', '--account', account!, '--user', user!]);
    expect(run).toMatchObject({ exitCode: 1, stdout: '' });
    expect(run.stderr).toContain(message);
    expect(await database.prisma.accessKey.count()).toBe(before);
  });
});

describe('account delete', () => {
  test('removes every row of the account in one go, leaves the other account and the AWS managed policies, and is audited', async () => {
    const prisma = database.prisma;
    // A permissions boundary holds its policy as attachments do: the deletion must clear both.
    const boundary = await prisma.managedPolicy.findFirstOrThrow({ where: { accountId: PRODUCTION_ACCOUNT_ID, policyName: 'JenkinsDeploy' } });
    await prisma.user.update({ where: { accountId_userName: { accountId: PRODUCTION_ACCOUNT_ID, userName: 'jenkins' } }, data: { permissionsBoundaryPolicyId: boundary.id } });
    const inAccount = { where: { accountId: PRODUCTION_ACCOUNT_ID } };
    const counts = async () => ({
      users: await prisma.user.count(inAccount),
      groups: await prisma.group.count(inAccount),
      roles: await prisma.role.count(inAccount),
      policies: await prisma.managedPolicy.count(inAccount),
      accessKeys: await prisma.accessKey.count(inAccount),
    });
    const before = await counts();
    expect(before.users).toBeGreaterThan(0);
    expect(await prisma.instanceProfile.count(inAccount)).toBeGreaterThan(0);
    const awsManaged = await prisma.managedPolicy.count({ where: { accountId: null } });
    const otherUsers = await prisma.user.count({ where: { accountId: DEVELOPMENT_ACCOUNT_ID } });

    const deleted = await gatehouse(['account', 'delete', PRODUCTION_ACCOUNT_ID]);
    expect(deleted).toMatchObject({ exitCode: 0, stderr: '' });
    expect(JSON.parse(deleted.stdout)).toEqual({ accountId: PRODUCTION_ACCOUNT_ID, ...before });

    expect(await prisma.account.findUnique({ where: { id: PRODUCTION_ACCOUNT_ID } })).toBeNull();
    expect(await counts()).toEqual({ users: 0, groups: 0, roles: 0, policies: 0, accessKeys: 0 });
    for (const rows of [prisma.instanceProfile, prisma.virtualMfaDevice, prisma.stsSession, prisma.consoleSession]) {
      expect(await (rows as typeof prisma.instanceProfile).count(inAccount)).toBe(0);
    }
    expect(await prisma.managedPolicy.count({ where: { accountId: null } })).toBe(awsManaged);
    expect(await prisma.user.count({ where: { accountId: DEVELOPMENT_ACCOUNT_ID } })).toBe(otherUsers);
    // The account's audit trail outlives it, ending with its deletion.
    const last = await prisma.auditEvent.findFirstOrThrow({ ...inAccount, orderBy: { eventTime: 'desc' } });
    expect(last).toMatchObject({ eventSource: 'organizations.amazonaws.com', eventName: 'CloseAccount', principalArn: null, userAgent: 'gatehouse-cli' });

    const again = await gatehouse(['account', 'delete', PRODUCTION_ACCOUNT_ID]);
    expect(again).toMatchObject({ exitCode: 1, stdout: '' });
    expect(again.stderr).toContain(`gatehouse: NoSuchEntity: The account with id ${PRODUCTION_ACCOUNT_ID} cannot be found.`);
  });
});
