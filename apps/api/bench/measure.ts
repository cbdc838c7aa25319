import autocannon from 'autocannon';
import type { ChildServer } from './child-server';

export interface Scenario {
  name: string;
  /** The child process answering, whose CPU time is measured. */
  server: ChildServer;
  url: string;
  headers: Record<string, string>;
  /** A new body for each request (a random user, a fresh name to create). */
  body: () => string;
  /** Headers that depend on the body (a SigV4 signature), added to `headers`. */
  headersFor?: (body: string) => Record<string, string>;
}

/** The headers and body of a scenario's next request. */
export function nextRequest(scenario: Scenario): { headers: Record<string, string>; body: string } {
  const body = scenario.body();
  return { headers: { 'content-type': 'application/json', ...scenario.headers, ...scenario.headersFor?.(body) }, body };
}

export interface Figures {
  requestsPerSecond: number;
  p50: number;
  p99: number;
  /** The server's CPU time per answered request, in milliseconds. */
  cpuMsPerRequest: number;
  /** Non-2xx answers and connection errors: any makes the figures suspect. */
  failures: number;
}

/** One autocannon run: `connections` clients, each sending its next request as soon as the last is answered. */
export async function measure(scenario: Scenario, options: { durationSeconds: number; connections: number }): Promise<Figures> {
  const cpuBefore = await scenario.server.cpuMicros();
  const result = await autocannon({
    url: scenario.url,
    connections: options.connections,
    duration: options.durationSeconds,
    requests: [{ method: 'POST', setupRequest: (request) => ({ ...request, ...nextRequest(scenario) }) }],
  });
  const cpuMicros = (await scenario.server.cpuMicros()) - cpuBefore;
  return {
    cpuMsPerRequest: cpuMicros / 1000 / Math.max(1, result.requests.total),
    requestsPerSecond: result.requests.average,
    p50: result.latency.p50,
    p99: result.latency.p99,
    failures: result.non2xx + result.errors + result.timeouts,
  };
}

/** The median of `values` (the mean of the middle two for an even count): the A/B benches' summary of their rounds. */
export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = sorted.length >> 1;
  return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}
