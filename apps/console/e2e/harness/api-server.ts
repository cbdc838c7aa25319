// Starts the real API (api-process.ts) for the browser tests and stops it, dropping its database, afterwards.
import { join } from 'node:path';
import { forkUntilReady } from '@gatehouse/child-process';
import type { ApiProcessReady } from './api-process-messages';
import { consoleDir } from './console-dir';

export interface ApiServer extends Omit<ApiProcessReady, 'type'> {
  stop: () => Promise<void>;
}

/** `env`: more environment for the API process (NODE_EXTRA_CA_CERTS, read only when a process starts). */
export async function startApi(env: Record<string, string> = {}): Promise<ApiServer> {
  const harnessDir = join(consoleDir(), 'e2e', 'harness');
  const { ready, stop } = await forkUntilReady<ApiProcessReady>(join(harnessDir, 'api-process.ts'), {
    name: 'the API process',
    env: { ...process.env, TSX_TSCONFIG_PATH: join(harnessDir, 'api-process.tsconfig.json'), ...env },
    timeoutMs: 120_000,
  });
  return { url: ready.url, databaseUrl: ready.databaseUrl, stop };
}
