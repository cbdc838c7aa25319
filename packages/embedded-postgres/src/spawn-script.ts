import { type ChildProcess, spawn } from 'node:child_process';
import { once } from 'node:events';
import { createRequire } from 'node:module';
import { createInterface } from 'node:readline';
import { pathToFileURL } from 'node:url';

export interface SpawnedScript<Ready> {
  /** The JSON line the script printed once ready. */
  ready: Ready;
  child: ChildProcess;
  /** Sends `signal` (SIGTERM: a clean stop) and waits for the process to exit. */
  stop(signal?: NodeJS.Signals): Promise<void>;
}

/**
 * Runs one of this package's serve scripts under tsx in a child process and resolves with the JSON line it prints once
 * ready. jest cannot load PGlite in its own process (PGlite needs real dynamic imports), hence the child; it is told to
 * stop when its standard input closes, so it also stops by itself when this process dies.
 */
export async function spawnScript<Ready>(script: string, args: string[] = []): Promise<SpawnedScript<Ready>> {
  const tsx = pathToFileURL(createRequire(import.meta.url).resolve('tsx')).href;
  const child = spawn(process.execPath, ['--import', tsx, script, '--stop-when-stdin-closes', ...args], { stdio: ['pipe', 'pipe', 'inherit'] });
  const exited = once(child, 'exit');
  const lines = createInterface({ input: child.stdout! });
  const firstLine = await Promise.race([
    once(lines, 'line').then(([line]) => line as string),
    exited.then(([code]) => {
      throw new Error(`${script} exited with code ${code} before it was ready`);
    }),
  ]);
  lines.close();
  child.stdout!.resume();
  return {
    ready: JSON.parse(firstLine) as Ready,
    child,
    async stop(signal = 'SIGTERM') {
      if (child.exitCode === null && child.signalCode === null) child.kill(signal);
      await exited;
    },
  };
}
