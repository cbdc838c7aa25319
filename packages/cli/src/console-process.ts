import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { stopChild } from '@gatehouse/child-process';
import { CliError } from './cli-error';
import { connectableHost } from './connectable-host';

const consoleDir = fileURLToPath(new URL('../../../apps/console/', import.meta.url));
const READY_TIMEOUT_MS = 60_000;
const STOP_TIMEOUT_MS = 10_000;

export interface ConsoleProcess {
  url: string;
  stop(): Promise<void>;
}

async function waitUntilServing(url: string, exited: Promise<unknown>): Promise<void> {
  let stopped = false;
  void exited.then(() => (stopped = true));
  const deadline = Date.now() + READY_TIMEOUT_MS;
  while (Date.now() < deadline) {
    if (stopped) throw new CliError('the console (next start) exited while starting; its output is above');
    const answered = await fetch(url, { redirect: 'manual' }).then(
      () => true,
      () => false,
    );
    if (answered) return;
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new CliError(`the console did not answer at ${url} within ${READY_TIMEOUT_MS / 1000} s`);
}

/** Runs the built console (`next start` in apps/console) and waits until it answers HTTP. */
export async function startConsole(options: { host: string; port: number; apiUrl: string }): Promise<ConsoleProcess> {
  if (!existsSync(join(consoleDir, '.next', 'BUILD_ID'))) {
    throw new CliError('the console is not built: run `npm run build` first (`npm start` does it for you)');
  }
  const nextBin = createRequire(join(consoleDir, 'package.json')).resolve('next/dist/bin/next');
  const child = spawn(process.execPath, [nextBin, 'start', '--hostname', options.host, '--port', String(options.port)], {
    cwd: consoleDir,
    // The console's /graphql route forwards to GATEHOUSE_API_URL.
    env: { ...process.env, GATEHOUSE_API_URL: options.apiUrl, NEXT_TELEMETRY_DISABLED: '1' },
    stdio: ['ignore', 'inherit', 'inherit'],
  });
  const exited = once(child, 'exit');
  const url = `http://${connectableHost(options.host)}:${options.port}`;
  const stop = () => stopChild(child, STOP_TIMEOUT_MS);
  try {
    await waitUntilServing(url, exited);
  } catch (error) {
    await stop();
    throw error;
  }
  return { url, stop };
}
