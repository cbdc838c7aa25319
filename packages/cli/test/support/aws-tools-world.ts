import { execFile } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { startServer, type RunningServer } from '@gatehouse/api';
import { SecretBox } from '@gatehouse/credentials';
import { createTestDatabase, type TestDatabase } from '@gatehouse/db/testing';
import { runGatehouse } from './run-gatehouse';

/**
 * What a new user of the README's "Use the AWS CLI and SDKs" has: a running API, an account made with `gatehouse
 * account create`, its root access key from `gatehouse access-key create --root` in a credentials file, and a profile
 * whose `endpoint_url` is the API. The AWS tools run as child processes with only that environment.
 */
export interface AwsToolsWorld {
  apiUrl: string;
  accountId: string;
  /** The environment for `aws` and `python3`: the profile's files, nothing inherited from the machine's AWS setup. */
  env: NodeJS.ProcessEnv;
  /** The root key, for clients made in the test itself. */
  rootCredentials: { accessKeyId: string; secretAccessKey: string };
  database: TestDatabase;
  stop(): Promise<void>;
}

/** Fails with what to install, so that a machine without the tool fails loudly instead of skipping. */
export async function requireTool(command: string, args: string[], install: string): Promise<void> {
  await promisify(execFile)(command, args).catch((error: unknown) => {
    throw new Error(`\`${command} ${args.join(' ')}\` failed (${error instanceof Error ? error.message : error}): ${install}`);
  });
}

export async function startAwsToolsWorld(accountId: string): Promise<AwsToolsWorld> {
  const serverKey = randomBytes(32);
  const database = await createTestDatabase();
  const operatorEnv = { DATABASE_URL: database.databaseUrl, GATEHOUSE_SECRET_KEY: serverKey.toString('base64') };
  process.env.GATEHOUSE_LOG_LEVEL ??= 'warn';
  const api: RunningServer = await startServer({ databaseUrl: database.databaseUrl, port: 0, host: '127.0.0.1', secretBox: new SecretBox(serverKey) });
  const created = await runGatehouse(['account', 'create', '--account-id', accountId, '--email', `root@${accountId}.example.com`, '--password', 'Sup3r-secret'], operatorEnv);
  if (created.exitCode !== 0) throw new Error(`account create failed: ${created.stderr}`);
  const key = await runGatehouse(['access-key', 'create', '--account', accountId, '--root', '--profile', 'gatehouse-test'], operatorEnv);
  if (key.exitCode !== 0) throw new Error(`access-key create failed: ${key.stderr}`);

  const dir = mkdtempSync(join(tmpdir(), 'gatehouse-aws-'));
  writeFileSync(join(dir, 'credentials'), key.stdout, { mode: 0o600 });
  writeFileSync(join(dir, 'config'), ['[profile gatehouse-test]', 'region = us-east-1', `endpoint_url = ${api.url}`, 'output = json', ''].join('\n'));
  const inherited = Object.fromEntries(Object.entries(process.env).filter(([name]) => !name.startsWith('AWS_')));
  const env = {
    ...inherited,
    AWS_SHARED_CREDENTIALS_FILE: join(dir, 'credentials'),
    AWS_CONFIG_FILE: join(dir, 'config'),
    AWS_PROFILE: 'gatehouse-test',
    AWS_EC2_METADATA_DISABLED: 'true',
    AWS_PAGER: '',
  };
  const rootCredentials = {
    accessKeyId: /aws_access_key_id = (\S+)/.exec(key.stdout)![1]!,
    secretAccessKey: /aws_secret_access_key = (\S+)/.exec(key.stdout)![1]!,
  };
  return {
    apiUrl: api.url,
    accountId,
    env,
    rootCredentials,
    database,
    async stop() {
      rmSync(dir, { recursive: true, force: true });
      await api.close();
      await database.drop();
    },
  };
}
