import { fork, type ChildProcess } from 'node:child_process';
import { createInterface } from 'node:readline';
import { stopChild } from './stop-child';

export interface ForkOptions {
  /** How errors name the process: "the API process". */
  name: string;
  env?: NodeJS.ProcessEnv;
  timeoutMs: number;
  /** Each line the process writes to stdout (its log, for a caller that keeps it). */
  onStdoutLine?: (line: string) => void;
}

export interface ReadyChild<TReady> {
  /** The first message the process sent. */
  ready: TReady;
  child: ChildProcess;
  stop(): Promise<void>;
}

/** Enough of a process's output to explain a failed start. */
const keptOutputChars = 20_000;

/**
 * Forks a TypeScript module under tsx and resolves once it sends its first IPC message: a server's way of saying it
 * listens, and where. If it exits first, or says nothing within `timeoutMs`, it is stopped and the error carries the
 * end of its output.
 */
export async function forkUntilReady<TReady>(modulePath: string, options: ForkOptions): Promise<ReadyChild<TReady>> {
  const child = fork(modulePath, [], {
    execArgv: ['--import', 'tsx'],
    env: options.env ?? process.env,
    stdio: ['ignore', 'pipe', 'pipe', 'ipc'],
  });
  let output = '';
  const keep = (chunk: Buffer) => (output = (output + chunk.toString()).slice(-keptOutputChars));
  child.stdout!.on('data', keep);
  child.stderr!.on('data', keep);
  if (options.onStdoutLine) createInterface({ input: child.stdout! }).on('line', options.onStdoutLine);

  try {
    const ready = await new Promise<TReady>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`${options.name} did not start within ${options.timeoutMs / 1000} s`)), options.timeoutMs);
      child.once('message', (message: TReady) => {
        clearTimeout(timer);
        child.removeAllListeners('exit');
        resolve(message);
      });
      child.once('exit', (code) => {
        clearTimeout(timer);
        reject(new Error(`${options.name} exited with code ${code} while starting`));
      });
    });
    return { ready, child, stop: () => stopChild(child) };
  } catch (error) {
    await stopChild(child, 0);
    throw new Error(`${(error as Error).message}\n${output}`);
  }
}
