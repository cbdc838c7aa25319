import { readFileSync } from 'node:fs';
import { call, sleep } from './load-client';

/**
 * Many concurrent connections on reads and on sign-in against an API process, while a probe asks /healthz every 50 ms:
 * the health latency is what a stalled event loop shows from outside; the process's resident memory is read from
 * /proc before, at its peak and after.
 */
export interface FloodFigures {
  requests: number;
  byStatus: Record<number, number>;
  /** Of the requests with no answer (status 0): past their 30 s deadline, or their connection refused or reset. */
  hung: number;
  reset: number;
  uncoded: number;
  healthChecks: number;
  /** Health checks that got no 200 (an error, a timeout of 5 s, another status). */
  healthFailures: number;
  healthMedianMs: number;
  healthMaxMs: number;
  rssBeforeMb: number;
  rssPeakMb: number;
  rssAfterMb: number;
}

export async function flood(options: { url: string; pid: number; cookie: string; connections: number; durationMs: number; signInShare: number }): Promise<FloodFigures> {
  const rssMb = () => Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${options.pid}/status`, 'utf8'))?.[1] ?? 0) / 1024;
  const figures: FloodFigures = { requests: 0, byStatus: {}, hung: 0, reset: 0, uncoded: 0, healthChecks: 0, healthFailures: 0, healthMedianMs: 0, healthMaxMs: 0, rssBeforeMb: rssMb(), rssPeakMb: 0, rssAfterMb: 0 };
  const graphqlUrl = `${options.url}/graphql`;
  const deadline = Date.now() + options.durationMs;
  const healthTimes: number[] = [];
  const probe = (async () => {
    while (Date.now() < deadline) {
      const started = performance.now();
      const healthy = await fetch(`${options.url}/healthz`, { signal: AbortSignal.timeout(5000) }).then(
        async (response) => (await response.text(), response.status === 200),
        () => false,
      );
      if (!healthy) figures.healthFailures += 1;
      healthTimes.push(performance.now() - started);
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
      if (outcome.unreachable) figures.reset += 1;
      if ((outcome.errors ?? []).some((error) => !error.extensions?.code)) figures.uncoded += 1;
    }
  };
  await Promise.all([probe, ...Array.from({ length: options.connections }, (_, index) => worker(index))]);
  await sleep(1000);
  figures.rssAfterMb = rssMb();
  healthTimes.sort((a, b) => a - b);
  figures.healthChecks = healthTimes.length;
  figures.healthMedianMs = healthTimes[Math.floor(healthTimes.length / 2)] ?? 0;
  figures.healthMaxMs = healthTimes.at(-1) ?? 0;
  return figures;
}
