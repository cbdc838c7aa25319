import { spawn, type ChildProcess } from 'node:child_process';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';

export interface ChildServer {
  url: string;
  stop(): Promise<void>;
}

/**
 * Runs a bench server script (serve-api.ts, raw-baseline.ts) in its own Node process under tsx, so that it does
 * not share an event loop with the load generator; resolves with the URL the child prints first.
 */
export function startChildServer(script: string, env: Record<string, string>): Promise<ChildServer> {
  const path = fileURLToPath(new URL(script, import.meta.url));
  const child: ChildProcess = spawn(process.execPath, ['--import', 'tsx', path], {
    // Measured as `gatehouse start` runs the API: in production mode.
    env: { ...process.env, NODE_ENV: 'production', ...env },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  return new Promise((resolve, reject) => {
    child.once('exit', (code) => reject(new Error(`${script} exited with ${code} before it was ready`)));
    createInterface({ input: child.stdout! }).once('line', (url) => {
      child.removeAllListeners('exit');
      resolve({
        url,
        stop: () =>
          new Promise((done) => {
            child.once('exit', () => done());
            child.kill('SIGTERM');
          }),
      });
    });
  });
}
