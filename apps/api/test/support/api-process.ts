import { fork } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { appendLogLine } from './test-artifacts';

export interface ApiProcess {
  /** `http://HOST:PORT`; GraphQL is at `${url}/graphql`. */
  url: string;
  /** SIGTERM, then the process's exit. */
  stop(): Promise<void>;
}

const startTimeoutMs = 60_000;
// One key for every process a test file starts, as servers behind one load balancer share theirs; never the
// developer's .data/secret-key.
const secretKey = randomBytes(32).toString('base64');

/**
 * Starts the API in a child process under tsx (./api-process-main.ts), for tests that need separate processes rather
 * than servers sharing one. Its log lines go to this test file's log, which the secrets scan reads.
 */
export async function startApiProcess(databaseUrl: string): Promise<ApiProcess> {
  const child = fork(join(__dirname, 'api-process-main.ts'), [], {
    execArgv: ['--import', 'tsx'],
    env: { ...process.env, DATABASE_URL: databaseUrl, GATEHOUSE_SECRET_KEY: secretKey, GATEHOUSE_LOG_LEVEL: 'info' },
    stdio: ['ignore', 'pipe', 'pipe', 'ipc'],
  });
  createInterface({ input: child.stdout! }).on('line', (line) => appendLogLine(`${line}\n`));
  let errorOutput = '';
  child.stderr!.on('data', (chunk: Buffer) => (errorOutput += chunk.toString()));

  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`the API process did not start within ${startTimeoutMs / 1000} s`)), startTimeoutMs);
    child.once('message', (message: { url: string }) => {
      clearTimeout(timer);
      resolve(message.url);
    });
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`the API process exited with code ${code} while starting:\n${errorOutput}`));
    });
  }).catch((error: unknown) => {
    child.kill('SIGKILL');
    throw error;
  });
  child.removeAllListeners('exit');

  return {
    url,
    stop: () =>
      new Promise<void>((resolve) => {
        if (child.exitCode !== null) return resolve();
        child.once('exit', () => resolve());
        child.kill('SIGTERM');
      }),
  };
}
