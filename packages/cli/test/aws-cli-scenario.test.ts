import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { CreateUserCommand, IAMClient } from '@aws-sdk/client-iam';
import { requireTool, startAwsToolsWorld, type AwsToolsWorld } from './support/aws-tools-world';

// The AWS CLI, unmodified, against a real API over the AWS Query protocol: the profile has `endpoint_url`, the
// credentials are what `gatehouse access-key create` printed, as README's "Use the AWS CLI and SDKs" says.

jest.setTimeout(240_000);

const accountId = '401234567890';
let world: AwsToolsWorld;
let files: string;

beforeAll(async () => {
  await requireTool('aws', ['--version'], 'the AWS CLI is needed: `apt-get install awscli` (.ci/run does it)');
  world = await startAwsToolsWorld(accountId);
  files = mkdtempSync(join(tmpdir(), 'gatehouse-aws-cli-'));
});

afterAll(async () => {
  if (files) rmSync(files, { recursive: true, force: true });
  await world?.stop();
});

interface AwsRun {
  exitCode: number;
  stdout: string;
  stderr: string;
}

async function aws(args: string[], env: NodeJS.ProcessEnv = {}): Promise<AwsRun> {
  try {
    const { stdout, stderr } = await promisify(execFile)('aws', args, { env: { ...world.env, ...env } });
    return { exitCode: 0, stdout, stderr };
  } catch (error) {
    const failed = error as { code: number; stdout: string; stderr: string };
    return { exitCode: failed.code, stdout: failed.stdout, stderr: failed.stderr };
  }
}

/** A refusal by the service: AWS CLI v2 exits 254, v1 255; the message names AWS's code. */
function expectServiceError(run: AwsRun, code: string): void {
  expect([254, 255]).toContain(run.exitCode);
  expect(run.stderr).toContain(`An error occurred (${code})`);
}

/** `aws …` that must succeed; its JSON output. */
async function awsJson<T = Record<string, unknown>>(args: string[], env: NodeJS.ProcessEnv = {}): Promise<T> {
  const run = await aws(args, env);
  if (run.exitCode !== 0) throw new Error(`aws ${args.join(' ')} exited ${run.exitCode}: ${run.stderr}`);
  return (run.stdout.trim() === '' ? {} : JSON.parse(run.stdout)) as T;
}

function file(name: string, document: unknown): string {
  const path = join(files, name);
  writeFileSync(path, JSON.stringify(document));
  return `file://${path}`;
}

const arn = (resource: string) => `arn:aws:iam::${accountId}:${resource}`;

test('users, groups, policies and versions, tags, the simulator, access keys and STS through the AWS CLI', async () => {
  expect(await awsJson(['sts', 'get-caller-identity'])).toEqual({ UserId: accountId, Account: accountId, Arn: arn('root') });

  const created = await awsJson<{ User: { Arn: string; Tags: unknown } }>(['iam', 'create-user', '--user-name', 'ci', '--tags', 'Key=team,Value=platform']);
  expect(created.User).toMatchObject({ Arn: arn('user/ci'), Tags: [{ Key: 'team', Value: 'platform' }] });
  const missing = await aws(['iam', 'get-user', '--user-name', 'nobody']);
  expectServiceError(missing, 'NoSuchEntity');
  expect(missing.stderr).toContain('An error occurred (NoSuchEntity) when calling the GetUser operation: The user with name nobody cannot be found.');

  await awsJson(['iam', 'create-group', '--group-name', 'builders']);
  await awsJson(['iam', 'add-user-to-group', '--group-name', 'builders', '--user-name', 'ci']);
  expect(await awsJson(['iam', 'list-groups-for-user', '--user-name', 'ci', '--query', 'Groups[].GroupName'])).toEqual(['builders']);

  const readArtifacts = { Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: 's3:GetObject', Resource: '*' }] };
  const policy = await awsJson<{ Policy: { Arn: string } }>(['iam', 'create-policy', '--policy-name', 'Build', '--policy-document', file('v1.json', readArtifacts)]);
  const policyArn = policy.Policy.Arn;
  expect(policyArn).toBe(arn('policy/Build'));
  const buildAndAssume = {
    Version: '2012-10-17',
    Statement: [
      { Effect: 'Allow', Action: 's3:GetObject', Resource: 'arn:aws:s3:::artifacts/*' },
      { Effect: 'Allow', Action: 'sts:AssumeRole', Resource: arn('role/publisher') },
    ],
  };
  await awsJson(['iam', 'create-policy-version', '--policy-arn', policyArn, '--policy-document', file('v2.json', buildAndAssume), '--set-as-default']);
  expect(await awsJson(['iam', 'list-policy-versions', '--policy-arn', policyArn, '--query', 'Versions[].[VersionId,IsDefaultVersion]'])).toEqual(
    expect.arrayContaining([
      ['v1', false],
      ['v2', true],
    ]),
  );
  expect(await awsJson(['iam', 'get-policy-version', '--policy-arn', policyArn, '--version-id', 'v2', '--query', 'PolicyVersion.Document'])).toEqual(buildAndAssume);
  await awsJson(['iam', 'attach-group-policy', '--group-name', 'builders', '--policy-arn', policyArn]);
  const conflict = await aws(['iam', 'delete-policy', '--policy-arn', policyArn]);
  expectServiceError(conflict, 'DeleteConflict');

  const simulated = await awsJson([
    'iam', 'simulate-principal-policy', '--policy-source-arn', arn('user/ci'),
    '--action-names', 's3:GetObject', 's3:PutObject', '--resource-arns', 'arn:aws:s3:::artifacts/app.zip',
    '--query', 'EvaluationResults[].[EvalActionName,EvalDecision]',
  ]);
  expect(simulated).toEqual([
    ['s3:GetObject', 'allowed'],
    ['s3:PutObject', 'implicitDeny'],
  ]);

  const trust = { Version: '2012-10-17', Statement: [{ Effect: 'Allow', Principal: { AWS: arn('user/ci') }, Action: 'sts:AssumeRole' }] };
  await awsJson(['iam', 'create-role', '--role-name', 'publisher', '--assume-role-policy-document', file('trust.json', trust)]);
  await awsJson(['iam', 'tag-role', '--role-name', 'publisher', '--tags', 'Key=stage,Value=release']);
  expect(await awsJson(['iam', 'list-role-tags', '--role-name', 'publisher', '--query', 'Tags'])).toEqual([{ Key: 'stage', Value: 'release' }]);
  expect(await awsJson(['iam', 'get-role', '--role-name', 'publisher', '--query', 'Role.AssumeRolePolicyDocument'])).toEqual(trust);

  // The user's own key, passed the way scripts do, in the environment (region and endpoint stay the profile's).
  const key = await awsJson<{ AccessKey: { AccessKeyId: string; SecretAccessKey: string } }>(['iam', 'create-access-key', '--user-name', 'ci']);
  const asCi = { AWS_ACCESS_KEY_ID: key.AccessKey.AccessKeyId, AWS_SECRET_ACCESS_KEY: key.AccessKey.SecretAccessKey };
  expect(await awsJson(['sts', 'get-caller-identity', '--query', 'Arn'], asCi)).toBe(arn('user/ci'));
  const denied = await aws(['iam', 'list-users'], asCi);
  expectServiceError(denied, 'AccessDenied');
  expect(denied.stderr).toContain('(AccessDenied) when calling the ListUsers operation: User: arn:aws:iam::401234567890:user/ci is not authorized');

  const assumed = await awsJson<{ Credentials: { AccessKeyId: string; SecretAccessKey: string; SessionToken: string } }>(
    ['sts', 'assume-role', '--role-arn', arn('role/publisher'), '--role-session-name', 'release-42', '--region', 'eu-central-1'],
    asCi,
  );
  const asRole = {
    AWS_ACCESS_KEY_ID: assumed.Credentials.AccessKeyId,
    AWS_SECRET_ACCESS_KEY: assumed.Credentials.SecretAccessKey,
    AWS_SESSION_TOKEN: assumed.Credentials.SessionToken,
  };
  expect(await awsJson(['sts', 'get-caller-identity', '--query', 'Arn'], asRole)).toBe(`arn:aws:sts::${accountId}:assumed-role/publisher/release-42`);
});

test('`aws iam list-users` collects every user exactly once, in pages of any size, and with --max-items/--starting-token', async () => {
  const iam = new IAMClient({ endpoint: world.apiUrl, region: 'us-east-1', credentials: world.rootCredentials });
  const names = Array.from({ length: 31 }, (_, n) => `page-user-${String(n).padStart(2, '0')}`);
  for (const userName of names) await iam.send(new CreateUserCommand({ UserName: userName, Path: '/paged/' }));
  iam.destroy();

  const listed = await awsJson<string[]>(['iam', 'list-users', '--path-prefix', '/paged/', '--page-size', '4', '--query', 'Users[].UserName']);
  expect(listed).toEqual(names);

  const collected: string[] = [];
  let token: string | undefined;
  do {
    const page = await awsJson<{ Users: { UserName: string }[]; NextToken?: string }>([
      'iam', 'list-users', '--path-prefix', '/paged/', '--max-items', '10', '--page-size', '3', ...(token ? ['--starting-token', token] : []),
    ]);
    collected.push(...page.Users.map((user) => user.UserName));
    token = page.NextToken;
  } while (token);
  expect(collected).toEqual(names);
});
