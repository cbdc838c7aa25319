// Starts the real API (api-process.ts) for the browser tests and stops it, dropping its database, afterwards.
import { fork } from 'node:child_process';
import { join } from 'node:path';
import type { ApiProcessReady } from './api-process-messages';
import { consoleDir } from './console-dir';

const START_TIMEOUT_MS = 120_000;
/** Enough of the API's log to explain a failed start without keeping every request line of a run. */
const KEPT_OUTPUT_CHARS = 20_000;

export interface ApiServer extends Omit<ApiProcessReady, 'type'> {
  stop: () => Promise<void>;
}

export async function startApi(): Promise<ApiServer> {
  let output = '';
  const keep = (chunk: Buffer) => {
    output = (output + chunk.toString()).slice(-KEPT_OUTPUT_CHARS);
  };
  const harnessDir = join(consoleDir(), 'e2e', 'harness');
  const child = fork(join(harnessDir, 'api-process.ts'), [], {
    execArgv: ['--import', 'tsx'],
    env: { ...process.env, TSX_TSCONFIG_PATH: join(harnessDir, 'api-process.tsconfig.json') },
    stdio: ['ignore', 'pipe', 'pipe', 'ipc'],
  });
  child.stdout?.on('data', keep);
  child.stderr?.on('data', keep);

  const ready = await new Promise<ApiProcessReady>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`the API did not start within ${START_TIMEOUT_MS / 1000} s`)), START_TIMEOUT_MS);
    child.once('message', (message: ApiProcessReady) => {
      clearTimeout(timer);
      resolve(message);
    });
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`the API process exited with code ${code} while starting`));
    });
  }).catch((error: Error) => {
    child.kill('SIGTERM');
    throw new Error(`${error.message}\n${output}`);
  });

  return {
    url: ready.url,
    databaseUrl: ready.databaseUrl,
    stop: () =>
      new Promise<void>((resolve) => {
        if (child.exitCode !== null) return resolve();
        child.once('exit', () => resolve());
        child.kill('SIGTERM');
      }),
  };
}
