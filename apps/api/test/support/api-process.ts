import { randomBytes } from 'node:crypto';
import { join } from 'node:path';
import { forkUntilReady } from '@gatehouse/child-process';
import type { ApiConfigOverrides } from '../../src/index';
import { appendLogLine } from './test-artifacts';

export interface ApiProcess {
  /** `http://HOST:PORT`; GraphQL is at `${url}/graphql`. */
  url: string;
  /** SIGTERM, then the process's exit. */
  stop(): Promise<void>;
}

// One key for every process a test file starts, as servers behind one load balancer share theirs; never the
// developer's .data/secret-key.
const secretKey = randomBytes(32).toString('base64');

export interface ApiProcessOptions {
  /** More environment for the process (NODE_EXTRA_CA_CERTS, which Node reads only when a process starts). */
  env?: Record<string, string>;
  /** The API's configuration overrides, handed to the process as JSON. */
  config?: ApiConfigOverrides;
}

/**
 * Starts the API in a child process under tsx (./api-process-main.ts), for tests that need separate processes rather
 * than servers sharing one, or an environment of their own. Its log lines go to this test file's log, which the
 * secrets scan reads.
 */
export async function startApiProcess(databaseUrl: string, options: ApiProcessOptions = {}): Promise<ApiProcess> {
  const { ready, stop } = await forkUntilReady<{ url: string }>(join(__dirname, 'api-process-main.ts'), {
    name: 'the API process',
    env: {
      ...process.env,
      DATABASE_URL: databaseUrl,
      GATEHOUSE_SECRET_KEY: secretKey,
      GATEHOUSE_LOG_LEVEL: 'info',
      ...(options.config ? { GATEHOUSE_TEST_API_CONFIG: JSON.stringify(options.config) } : {}),
      ...options.env,
    },
    timeoutMs: 60_000,
    onStdoutLine: (line) => appendLogLine(`${line}\n`),
  });
  return { url: ready.url, stop };
}
