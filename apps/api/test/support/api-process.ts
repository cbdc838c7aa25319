import { randomBytes } from 'node:crypto';
import { join } from 'node:path';
import { forkUntilReady } from '@gatehouse/child-process';
import { appendLogLine } from './test-artifacts';

export interface ApiProcess {
  /** `http://HOST:PORT`; GraphQL is at `${url}/graphql`. */
  url: string;
  pid: number;
  /** SIGTERM, then the process's exit. */
  stop(): Promise<void>;
  /** SIGKILL, as a crash or an OOM kill ends it: nothing finishes; resolves once it has exited. */
  kill(): Promise<void>;
}

// One key for every process a test file starts, as servers behind one load balancer share theirs; never the
// developer's .data/secret-key.
const secretKey = randomBytes(32).toString('base64');

// Jest runs this file as CommonJS (__dirname); the soak runs it as an ES module under tsx from apps/api.
const supportDir = typeof __dirname === 'string' ? __dirname : join(process.cwd(), 'test', 'support');

/**
 * Starts the API in a child process under tsx (./api-process-main.ts), for tests that need separate processes rather
 * than servers sharing one. Its log lines go to this test file's log, which the secrets scan reads (or, outside jest,
 * wherever `onLogLine` sends them: the soak).
 */
export async function startApiProcess(databaseUrl: string, onLogLine: (line: string) => void = appendLogLine): Promise<ApiProcess> {
  const { ready, stop, child } = await forkUntilReady<{ url: string }>(join(supportDir, 'api-process-main.ts'), {
    name: 'the API process',
    env: { ...process.env, DATABASE_URL: databaseUrl, GATEHOUSE_SECRET_KEY: secretKey, GATEHOUSE_LOG_LEVEL: 'info' },
    timeoutMs: 60_000,
    onStdoutLine: (line) => onLogLine(`${line}\n`),
  });
  return {
    url: ready.url,
    pid: child.pid!,
    stop,
    kill: () =>
      new Promise((resolve) => {
        if (child.exitCode !== null || child.signalCode !== null) return resolve();
        child.once('exit', () => resolve());
        child.kill('SIGKILL');
      }),
  };
}
