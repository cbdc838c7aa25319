import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { requireTool, startAwsToolsWorld, type AwsToolsWorld } from './support/aws-tools-world';

// boto3, unmodified but for endpoint_url, through a whole scenario (test/aws-tools/boto3_scenario.py) against a real API
// over the AWS Query protocol, with the credentials `gatehouse access-key create` printed.

jest.setTimeout(180_000);

const accountId = '301234567890';
let world: AwsToolsWorld;

beforeAll(async () => {
  await requireTool('python3', ['-c', 'import boto3'], 'boto3 is needed: `apt-get install python3-boto3` (.ci/run does it)');
  world = await startAwsToolsWorld(accountId);
});

afterAll(() => world?.stop());

test('users, groups, policies and versions, the simulator, access keys, roles, STS and pagination through boto3', async () => {
  const { stdout } = await promisify(execFile)('python3', [join(__dirname, 'aws-tools', 'boto3_scenario.py'), world.apiUrl], { env: world.env });
  const seen = JSON.parse(stdout) as Record<string, unknown>;
  const arn = (resource: string) => `arn:aws:iam::${accountId}:${resource}`;

  expect(seen.rootIdentity).toBe(arn('root'));
  expect(seen.createdUser).toEqual({ Arn: arn('user/ci/deploy'), Path: '/ci/', Tags: [{ Key: 'team', Value: 'platform' }] });
  expect(seen.userTags).toEqual([{ Key: 'env', Value: 'prod' }]);
  expect(seen.duplicateUser).toEqual({ code: 'EntityAlreadyExists', status: 409 });
  expect(seen.badUserName).toEqual({ code: 'ValidationError', status: 400 });
  expect(seen.groupsForUser).toEqual(['deployers']);

  expect(seen.policyVersions).toEqual([
    ['v1', false],
    ['v2', true],
  ]);
  // boto3 decodes the URL-encoded document into JSON, as it does AWS's.
  expect(seen.defaultDocument).toEqual({
    Version: '2012-10-17',
    Statement: [
      { Effect: 'Allow', Action: 's3:GetObject', Resource: 'arn:aws:s3:::artifacts/*' },
      { Effect: 'Allow', Action: 'sts:AssumeRole', Resource: arn('role/release') },
    ],
  });
  expect(seen.policyTags).toEqual([{ Key: 'owner', Value: 'ci' }]);
  expect(seen.malformedPolicy).toEqual({ code: 'MalformedPolicyDocument', status: 400 });
  expect(seen.attachedToGroup).toEqual(['Deploy']);
  expect(seen.deleteAttachedPolicy).toEqual({ code: 'DeleteConflict', status: 409 });
  expect(seen.simulation).toEqual({ 's3:GetObject': 'allowed', 's3:PutObject': 'implicitDeny' });

  expect(seen.accessKeys).toEqual([[true, 'Active']]);
  expect(seen.deployIdentity).toBe(arn('user/ci/deploy'));
  expect(seen.deployListUsers).toEqual({ code: 'AccessDenied', status: 403 });

  expect(seen.roleTrust).toEqual({
    Version: '2012-10-17',
    Statement: [{ Effect: 'Allow', Principal: { AWS: arn('user/ci/deploy') }, Action: 'sts:AssumeRole' }],
  });
  expect(seen.roleTags).toEqual([{ Key: 'stage', Value: 'release' }]);
  expect(seen.assumedRoleUser).toBe(`arn:aws:sts::${accountId}:assumed-role/release/ci-run`);
  expect(seen.assumedIdentity).toBe(`arn:aws:sts::${accountId}:assumed-role/release/ci-run`);
  expect(seen.roleListsUsers).toEqual(['deploy']);
  expect(seen.roleCreatesUser).toEqual({ code: 'AccessDenied', status: 403 });

  const expectedUsers = ['deploy', ...Array.from({ length: 23 }, (_, n) => `bulk-${String(n).padStart(2, '0')}`)].sort();
  expect(seen.pageSizes).toEqual([7, 7, 7, 3]);
  expect([...(seen.paginatedUsers as string[])].sort()).toEqual(expectedUsers);

  expect(seen.deleteRoleWithPolicy).toEqual({ code: 'DeleteConflict', status: 409 });
  expect(seen.deletedRole).toEqual({ code: 'NoSuchEntity', status: 404 });
});
