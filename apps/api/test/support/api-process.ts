import { randomBytes } from 'node:crypto';
import { join } from 'node:path';
import { forkUntilReady } from '@gatehouse/child-process';
import type { ApiConfigOverrides } from '../../src/index';
import { appendLogLine } from './test-artifacts';

export interface ApiProcess {
  /** `http://HOST:PORT`; GraphQL is at `${url}/graphql`. */
  url: string;
  pid: number;
  /** SIGTERM, then the process's exit. */
  stop(): Promise<void>;
  /** SIGKILL, as a crash or an OOM kill ends it: nothing finishes; resolves once it has exited. */
  kill(): Promise<void>;
  /** The process's event-loop delay (perf_hooks.monitorEventLoopDelay, 10 ms resolution) and CPU time since the previous call. */
  eventLoopDelay(): Promise<EventLoopDelay>;
}

export interface EventLoopDelay {
  maxMs: number;
  p99Ms: number;
  meanMs: number;
  /**
   * The most CPU time the main thread spent between two ticks of a 10 ms timer: the longest stall with the waits for a
   * CPU taken out, what a machine with a CPU free would show.
   */
  longestStallCpuMs: number;
  /** CPU time the process used (user and system), and the wall-clock time it was measured over. */
  cpuMs: number;
  wallMs: number;
  /** The main thread's (the event loop's) time on a CPU, and its time ready to run but waiting for a CPU (Linux schedstat). */
  mainThreadCpuMs: number;
  mainThreadWaitingForCpuMs: number;
}

// One key for every process a test file starts, as servers behind one load balancer share theirs; never the
// developer's .data/secret-key.
const secretKey = randomBytes(32).toString('base64');

// Jest runs this file as CommonJS (__dirname); the soak runs it as an ES module under tsx from apps/api.
const supportDir = typeof __dirname === 'string' ? __dirname : join(process.cwd(), 'test', 'support');

export interface ApiProcessOptions {
  /** More environment for the process (NODE_EXTRA_CA_CERTS, which Node reads only when a process starts). */
  env?: Record<string, string>;
  /** The API's configuration overrides, handed to the process as JSON. */
  config?: ApiConfigOverrides;
  /** Where its log lines go: this test file's log by default (outside jest, the soak sends them elsewhere). */
  onLogLine?: (line: string) => void;
}

/**
 * Starts the API in a child process under tsx (./api-process-main.ts), for tests that need separate processes rather
 * than servers sharing one, or an environment of their own. Its log lines go to this test file's log, which the
 * secrets scan reads.
 */
export async function startApiProcess(databaseUrl: string, options: ApiProcessOptions = {}): Promise<ApiProcess> {
  const onLogLine = options.onLogLine ?? appendLogLine;
  const { ready, stop, child } = await forkUntilReady<{ url: string }>(join(supportDir, 'api-process-main.ts'), {
    name: 'the API process',
    env: {
      ...process.env,
      DATABASE_URL: databaseUrl,
      GATEHOUSE_SECRET_KEY: secretKey,
      GATEHOUSE_LOG_LEVEL: 'info',
      ...(options.config ? { GATEHOUSE_TEST_API_CONFIG: JSON.stringify(options.config) } : {}),
      ...options.env,
    },
    timeoutMs: 60_000,
    onStdoutLine: (line) => onLogLine(`${line}\n`),
  });
  return {
    url: ready.url,
    pid: child.pid!,
    stop,
    kill: () =>
      new Promise((resolve) => {
        if (child.exitCode !== null || child.signalCode !== null) return resolve();
        child.once('exit', () => resolve());
        child.kill('SIGKILL');
      }),
    eventLoopDelay: () =>
      new Promise((resolve) => {
        const onMessage = (message: { eventLoopDelay?: EventLoopDelay }) => {
          if (!message.eventLoopDelay) return;
          child.off('message', onMessage);
          resolve(message.eventLoopDelay);
        };
        child.on('message', onMessage);
        child.send('eventLoopDelay');
      }),
  };
}
