import { readFileSync } from 'node:fs';
import { Worker } from 'node:worker_threads';
import type { ApiProcess, EventLoopDelay } from '../support/api-process';
import { call, sleep } from './load-client';

/**
 * Many concurrent connections on reads and on sign-in against an API process, while a probe asks /healthz every 50 ms
 * from a thread of its own (the flood's own callbacks would otherwise delay the probe's): the health latency is what a
 * client sees of a stalled event loop, the API process's event-loop delay says where; the process's resident memory
 * is read from /proc before, at its peak and after.
 */
export interface FloodFigures {
  requests: number;
  byStatus: Record<number, number>;
  /** Of the requests with no answer (status 0): past their 30 s deadline, or their connection refused or reset. */
  hung: number;
  reset: number;
  /** The refused or reset calls by the client's error code. */
  resetCauses: Record<string, number>;
  uncoded: number;
  healthChecks: number;
  /** Health checks that got no 200 (an error, a timeout of 5 s, another status). */
  healthFailures: number;
  healthMedianMs: number;
  healthP99Ms: number;
  healthMaxMs: number;
  /** Health checks slower than 100 ms. */
  healthOver100Ms: number;
  /** In the API process during the flood (perf_hooks.monitorEventLoopDelay), with the CPU time it used. */
  eventLoopDelay: EventLoopDelay;
  /** Requests answered per second of the API process's CPU time: comparable between a loaded and a quiet machine. */
  requestsPerCpuSecond: number;
  rssBeforeMb: number;
  rssPeakMb: number;
  rssAfterMb: number;
}

// Plain JavaScript, so that the thread runs the same under jest and tsx. A first, uncounted check warms it up (a
// thread and its fetch take a while to start on a loaded machine); then it probes until the deadline it is sent, and
// posts the latencies (ms) and the number of failed probes.
const healthProbe = `
const { parentPort, workerData } = require('node:worker_threads');
const check = () => fetch(workerData.url, { signal: AbortSignal.timeout(5000) }).then(
  async (response) => (await response.text(), response.status === 200),
  () => false,
);
(async () => {
  await check();
  parentPort.once('message', async (deadline) => {
    const times = [];
    let failures = 0;
    while (Date.now() < deadline) {
      const started = performance.now();
      if (!(await check())) failures += 1;
      times.push(performance.now() - started);
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    parentPort.postMessage({ times, failures });
  });
  parentPort.postMessage('ready');
})();
`;

export async function flood(options: { api: Pick<ApiProcess, 'url' | 'pid' | 'eventLoopDelay'>; cookie: string; connections: number; durationMs: number; signInShare: number }): Promise<FloodFigures> {
  const { api } = options;
  const rssMb = () => Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${api.pid}/status`, 'utf8'))?.[1] ?? 0) / 1024;
  const figures: FloodFigures = {
    requests: 0,
    byStatus: {},
    hung: 0,
    reset: 0,
    resetCauses: {},
    uncoded: 0,
    healthChecks: 0,
    healthFailures: 0,
    healthMedianMs: 0,
    healthP99Ms: 0,
    healthMaxMs: 0,
    healthOver100Ms: 0,
    eventLoopDelay: { maxMs: 0, p99Ms: 0, meanMs: 0, longestStallCpuMs: 0, cpuMs: 0, wallMs: 0, mainThreadCpuMs: 0, mainThreadWaitingForCpuMs: 0 },
    requestsPerCpuSecond: 0,
    rssBeforeMb: rssMb(),
    rssPeakMb: 0,
    rssAfterMb: 0,
  };
  const graphqlUrl = `${api.url}/graphql`;
  const prober = new Worker(healthProbe, { eval: true, workerData: { url: `${api.url}/healthz` } });
  await new Promise((resolve, reject) => {
    prober.once('message', resolve);
    prober.once('error', reject);
  });
  const deadline = Date.now() + options.durationMs;
  await api.eventLoopDelay();
  const probe = new Promise<{ times: number[]; failures: number }>((resolve, reject) => {
    prober.once('message', resolve);
    prober.once('error', reject);
    prober.postMessage(deadline);
  });
  const memory = (async () => {
    while (Date.now() < deadline) {
      figures.rssPeakMb = Math.max(figures.rssPeakMb, rssMb());
      await sleep(50);
    }
  })();
  const worker = async (index: number) => {
    const signsIn = index < options.connections * options.signInShare;
    while (Date.now() < deadline) {
      const outcome = signsIn
        ? await call(graphqlUrl, 'mutation ($i: SignInInput!) { signIn(input: $i) { state } }', { i: { email: `nobody${index}@example.com`, password: 'not the password' } }, { deadlineMs: 30_000 })
        : await call(graphqlUrl, '{ listUsers(first: 10) { totalCount edges { node { userName arn } } } }', {}, { cookie: options.cookie, deadlineMs: 30_000 });
      figures.requests += 1;
      figures.byStatus[outcome.status] = (figures.byStatus[outcome.status] ?? 0) + 1;
      if (outcome.hung) figures.hung += 1;
      if (outcome.unreachable) {
        figures.reset += 1;
        figures.resetCauses[outcome.failure!] = (figures.resetCauses[outcome.failure!] ?? 0) + 1;
      }
      if ((outcome.errors ?? []).some((error) => !error.extensions?.code)) figures.uncoded += 1;
    }
  };
  const [health] = await Promise.all([probe, memory, ...Array.from({ length: options.connections }, (_, index) => worker(index))]);
  await prober.terminate();
  figures.eventLoopDelay = await api.eventLoopDelay();
  figures.requestsPerCpuSecond = Math.round(figures.requests / (figures.eventLoopDelay.cpuMs / 1000));
  await sleep(1000);
  figures.rssAfterMb = rssMb();
  const times = health.times.sort((a, b) => a - b);
  const round = (ms: number | undefined) => Math.round(ms ?? 0);
  figures.healthChecks = times.length;
  figures.healthFailures = health.failures;
  figures.healthMedianMs = round(times[Math.floor(times.length / 2)]);
  figures.healthP99Ms = round(times[Math.floor(times.length * 0.99)]);
  figures.healthMaxMs = round(times.at(-1));
  figures.healthOver100Ms = times.filter((ms) => ms > 100).length;
  return figures;
}
