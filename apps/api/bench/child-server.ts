import { spawn, type ChildProcess } from 'node:child_process';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import { stopChild } from '@gatehouse/child-process';

export interface ChildServer {
  url: string;
  /** The child's CPU time so far, in microseconds (bench/bench-child.ts). */
  cpuMicros(): Promise<number>;
  stop(): Promise<void>;
}

/**
 * Runs a bench server script (serve-api.ts, raw-baseline.ts, apollo-floor.ts) in its own Node process under tsx, so
 * that it does not share an event loop with the load generator; resolves with the URL the child prints first.
 */
export function startChildServer(script: string, env: Record<string, string>): Promise<ChildServer> {
  const path = fileURLToPath(new URL(script, import.meta.url));
  // BENCH_NODE_ARGS: flags for the measured child only (`--cpu-prof --cpu-prof-dir=DIR`; NODE_OPTIONS refuses them).
  const nodeArgs = process.env.BENCH_NODE_ARGS?.split(' ').filter(Boolean) ?? [];
  const child: ChildProcess = spawn(process.execPath, [...nodeArgs, '--import', 'tsx', path], {
    // Measured as `gatehouse start` runs the API: in production mode.
    env: { ...process.env, NODE_ENV: 'production', ...env },
    stdio: ['pipe', 'pipe', 'inherit'],
  });
  return new Promise((resolve, reject) => {
    child.once('exit', (code) => reject(new Error(`${script} exited with ${code} before it was ready`)));
    const lines = createInterface({ input: child.stdout! });
    lines.once('line', (url) => {
      child.removeAllListeners('exit');
      resolve({
        url,
        cpuMicros: () =>
          new Promise((answer) => {
            lines.once('line', (line) => answer(Number(line)));
            child.stdin!.write('cpu\n');
          }),
        stop: () => stopChild(child),
      });
    });
  });
}
