// The API in a process of its own, as `gatehouse start` runs it (started by ./api-process.ts): JSON log lines on
// stdout, its URL sent to the parent over IPC once it listens, a graceful shutdown on SIGTERM.
import { readFileSync } from 'node:fs';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { exitWhenStopped } from '@gatehouse/child-process';
import { startServer, type ApiConfigOverrides } from '../../src/index';

const databaseUrl = process.env.DATABASE_URL;
if (!databaseUrl) throw new Error('DATABASE_URL is not set');
// Configuration overrides from the test (./api-process.ts), as JSON.
const config = process.env.GATEHOUSE_TEST_API_CONFIG ? (JSON.parse(process.env.GATEHOUSE_TEST_API_CONFIG) as ApiConfigOverrides) : undefined;
const server = await startServer({ databaseUrl, port: 0, host: '127.0.0.1', config });
exitWhenStopped(() => server.close());

// The event loop's delay measured where it happens (a probe from outside also sees its own process's stalls), and the
// CPU time the process used meanwhile: the parent asks for the figures since its last question ('eventLoopDelay').
const eventLoopDelay = monitorEventLoopDelay({ resolution: 10 });
eventLoopDelay.enable();
// The main thread's time on a CPU and its time ready to run but waiting for one (Linux's schedstat, in ns): on a
// shared machine, what the event loop lost to other processes.
const mainThread = () => {
  const [onCpu = 0, waiting = 0] = readFileSync(`/proc/self/task/${process.pid}/schedstat`, 'utf8').split(' ').map(Number);
  return { onCpu, waiting };
};
let since = { wall: performance.now(), cpu: process.cpuUsage(), mainThread: mainThread() };
// The most CPU time the main thread spent between two ticks of a 10 ms timer: the longest stall the event loop would
// show if it never waited for a CPU (the delay above also counts the waits), i.e. on a machine with a CPU free.
let longestStallCpuNs = 0;
let lastTick = mainThread().onCpu;
setInterval(() => {
  const onCpu = mainThread().onCpu;
  longestStallCpuNs = Math.max(longestStallCpuNs, onCpu - lastTick);
  lastTick = onCpu;
}, 10).unref();
process.on('message', (message) => {
  if (message !== 'eventLoopDelay') return;
  const ms = (nanoseconds: number) => Math.round(nanoseconds / 1e5) / 10;
  const cpu = process.cpuUsage(since.cpu);
  const main = mainThread();
  process.send!({
    eventLoopDelay: {
      maxMs: ms(eventLoopDelay.max),
      p99Ms: ms(eventLoopDelay.percentile(99)),
      meanMs: ms(eventLoopDelay.mean),
      longestStallCpuMs: ms(longestStallCpuNs),
      cpuMs: Math.round((cpu.user + cpu.system) / 1000),
      wallMs: Math.round(performance.now() - since.wall),
      mainThreadCpuMs: Math.round((main.onCpu - since.mainThread.onCpu) / 1e6),
      mainThreadWaitingForCpuMs: Math.round((main.waiting - since.mainThread.waiting) / 1e6),
    },
  });
  eventLoopDelay.reset();
  longestStallCpuNs = 0;
  since = { wall: performance.now(), cpu: process.cpuUsage(), mainThread: mainThread() };
});
process.send!({ url: server.url });
