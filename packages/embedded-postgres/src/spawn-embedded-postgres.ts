import type { ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { spawnScript } from './spawn-script';

export interface SpawnedPostgres {
  databaseUrl: string;
  child: ChildProcess;
  /** Sends `signal` (SIGTERM: a clean stop) and waits for the process to exit. */
  stop(signal?: NodeJS.Signals): Promise<void>;
}

const serveScript = fileURLToPath(new URL('./serve.ts', import.meta.url));

/** Runs the embedded database in a child process (src/serve.ts) and resolves once it accepts connections. */
export async function spawnEmbeddedPostgres(options: { dataDir?: string } = {}): Promise<SpawnedPostgres> {
  const spawned = await spawnScript<{ databaseUrl: string }>(serveScript, options.dataDir ? ['--data-dir', options.dataDir] : []);
  return { databaseUrl: spawned.ready.databaseUrl, child: spawned.child, stop: spawned.stop };
}
