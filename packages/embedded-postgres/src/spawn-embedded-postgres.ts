import { type ChildProcess, spawn } from 'node:child_process';
import { once } from 'node:events';
import { createRequire } from 'node:module';
import { createInterface } from 'node:readline';
import { fileURLToPath, pathToFileURL } from 'node:url';

export interface SpawnedPostgres {
  databaseUrl: string;
  child: ChildProcess;
  /** Sends `signal` (SIGTERM: a clean stop) and waits for the process to exit. */
  stop(signal?: NodeJS.Signals): Promise<void>;
}

const serveScript = fileURLToPath(new URL('./serve.ts', import.meta.url));

/**
 * Runs the embedded database in a child process (src/serve.ts under tsx) and resolves once it accepts connections.
 * jest cannot load PGlite in its own process (PGlite needs real dynamic imports), so tests use this; the child also
 * stops by itself if this process dies, so no database outlives a crashed test run.
 */
export async function spawnEmbeddedPostgres(options: { dataDir?: string } = {}): Promise<SpawnedPostgres> {
  const tsx = pathToFileURL(createRequire(import.meta.url).resolve('tsx')).href;
  const args = ['--import', tsx, serveScript, '--stop-when-stdin-closes', ...(options.dataDir ? ['--data-dir', options.dataDir] : [])];
  const child = spawn(process.execPath, args, { stdio: ['pipe', 'pipe', 'inherit'] });
  const exited = once(child, 'exit');
  const lines = createInterface({ input: child.stdout! });
  const firstLine = await Promise.race([
    once(lines, 'line').then(([line]) => line as string),
    exited.then(([code]) => {
      throw new Error(`the embedded database exited with code ${code} before accepting connections`);
    }),
  ]);
  lines.close();
  child.stdout!.resume();
  return {
    databaseUrl: (JSON.parse(firstLine) as { databaseUrl: string }).databaseUrl,
    child,
    async stop(signal = 'SIGTERM') {
      if (child.exitCode === null && child.signalCode === null) child.kill(signal);
      await exited;
    },
  };
}
