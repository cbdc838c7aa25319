// Runs the built console with `next start` on a free loopback port, as a person would reach it.
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { stopChild } from '@gatehouse/child-process';
import { consoleDir } from './console-dir';

export interface ConsoleServer {
  url: string;
  stop: () => Promise<void>;
}

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port'))));
    });
  });
}

async function waitUntilServing(url: string, child: ChildProcess, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`next start exited with code ${child.exitCode}`);
    try {
      const response = await fetch(`${url}/signin`);
      if (response.ok) return;
    } catch {
      // Not listening yet.
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`the console did not answer at ${url} within ${timeoutMs} ms`);
}

/** Starts `next start` on the build in `.next`; run `npm run build` first. */
export async function startConsole(env: Record<string, string> = {}): Promise<ConsoleServer> {
  const dir = consoleDir();
  if (!existsSync(join(dir, '.next', 'BUILD_ID'))) {
    throw new Error('apps/console has no production build: run `npm run build -w @gatehouse/console` first');
  }
  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  const output: string[] = [];
  const child = spawn(process.execPath, [createRequire(join(dir, 'package.json')).resolve('next/dist/bin/next'), 'start', '-H', '127.0.0.1', '-p', String(port)], {
    cwd: dir,
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  child.stdout?.on('data', (chunk: Buffer) => output.push(chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => output.push(chunk.toString()));
  try {
    await waitUntilServing(url, child, 30_000);
  } catch (error) {
    await stopChild(child);
    throw new Error(`${(error as Error).message}\n${output.join('')}`);
  }
  return { url, stop: () => stopChild(child) };
}
