import { randomBytes } from 'node:crypto';
import { createTestDatabase, type TestDatabase } from '@gatehouse/db/testing';
import { runGatehouse, type Run } from './support/run-gatehouse';

jest.setTimeout(300_000);

let database: TestDatabase;

function gatehouse(args: string[]): Promise<Run> {
  return runGatehouse(args, { DATABASE_URL: database.databaseUrl, GATEHOUSE_SECRET_KEY: randomBytes(32).toString('base64') });
}

beforeAll(async () => {
  database = await createTestDatabase();
});

afterAll(() => database.drop());

test('managed-policies sync adds AWS catalogue beside the seeded policies, keeps them and their attachments, and a second run adds nothing', async () => {
  expect((await gatehouse(['seed'])).exitCode).toBe(0);
  const prisma = database.prisma;
  const seededReadOnly = await prisma.managedPolicy.findUniqueOrThrow({ where: { arn: 'arn:aws:iam::aws:policy/ReadOnlyAccess' }, include: { versions: true } });
  const attachments = await prisma.groupPolicyAttachment.count();

  const first = await gatehouse(['managed-policies', 'sync']);
  expect(first).toMatchObject({ exitCode: 0, stderr: '' });
  const added = JSON.parse(first.stdout) as { policies: number; policiesCreated: number; versionsCreated: number; defaultsMoved: number };
  expect(added.policies).toBeGreaterThan(1500);
  expect(added.policiesCreated).toBe(added.policies - 6);
  expect(await prisma.managedPolicy.count({ where: { accountId: null } })).toBe(added.policies);

  const s3ReadOnly = await prisma.managedPolicy.findUniqueOrThrow({ where: { arn: 'arn:aws:iam::aws:policy/AmazonS3ReadOnlyAccess' }, include: { versions: true } });
  expect(s3ReadOnly).toMatchObject({ accountId: null, path: '/', policyName: 'AmazonS3ReadOnlyAccess' });
  const defaultVersion = s3ReadOnly.versions.find((version) => version.versionId === s3ReadOnly.defaultVersionId)!;
  expect(JSON.stringify(JSON.parse(defaultVersion.document))).toContain('"s3:Get*"');
  expect(s3ReadOnly.lastVersionNumber).toBe(Number(s3ReadOnly.defaultVersionId.slice(1)));
  const serviceRole = await prisma.managedPolicy.findUniqueOrThrow({ where: { arn: 'arn:aws:iam::aws:policy/service-role/AWSLambdaBasicExecutionRole' } });
  expect(serviceRole.path).toBe('/service-role/');

  // The seeded policy is the same row (its attachments hold), with AWS's earlier versions added beside its default.
  const readOnly = await prisma.managedPolicy.findUniqueOrThrow({ where: { arn: seededReadOnly.arn }, include: { versions: true } });
  expect(readOnly.id).toBe(seededReadOnly.id);
  expect(readOnly.defaultVersionId).toBe(seededReadOnly.defaultVersionId);
  expect(readOnly.versions.length).toBeGreaterThan(seededReadOnly.versions.length);
  expect(readOnly.versions.find((version) => version.versionId === seededReadOnly.defaultVersionId)!.document).toBe(seededReadOnly.versions[0]!.document);
  expect(await prisma.groupPolicyAttachment.count()).toBe(attachments);

  const again = await gatehouse(['managed-policies', 'sync']);
  expect(again.exitCode).toBe(0);
  expect(JSON.parse(again.stdout)).toEqual({ policies: added.policies, policiesCreated: 0, versionsCreated: 0, defaultsMoved: 0 });
});
