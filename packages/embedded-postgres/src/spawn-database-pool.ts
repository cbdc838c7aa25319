import type { ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { spawnScript } from './spawn-script';

export interface SpawnedDatabasePool {
  /** "host:port", for leaseEmbeddedDatabase and the GATEHOUSE_EMBEDDED_POOL variable. */
  poolAddress: string;
  child: ChildProcess;
  stop(signal?: NodeJS.Signals): Promise<void>;
}

const serveScript = fileURLToPath(new URL('./serve-pool.ts', import.meta.url));

/** Runs a pool of embedded test databases in a child process (src/serve-pool.ts) and resolves once it listens. */
export async function spawnDatabasePool(): Promise<SpawnedDatabasePool> {
  const spawned = await spawnScript<{ poolAddress: string }>(serveScript);
  return { poolAddress: spawned.ready.poolAddress, child: spawned.child, stop: spawned.stop };
}
