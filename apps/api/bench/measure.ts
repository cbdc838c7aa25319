import autocannon from 'autocannon';

export interface Scenario {
  name: string;
  url: string;
  headers: Record<string, string>;
  /** A new body for each request (a random user, a fresh name to create). */
  body: () => string;
}

export interface Figures {
  requestsPerSecond: number;
  p50: number;
  p99: number;
  /** Non-2xx answers and connection errors: any makes the figures suspect. */
  failures: number;
}

/** One autocannon run: as fast as the server answers, or at `overallRate` requests per second in total. */
export async function measure(scenario: Scenario, options: { durationSeconds: number; connections: number; overallRate?: number }): Promise<Figures> {
  const result = await autocannon({
    url: scenario.url,
    connections: options.connections,
    duration: options.durationSeconds,
    ...(options.overallRate === undefined ? {} : { overallRate: options.overallRate }),
    requests: [{ method: 'POST', headers: { 'content-type': 'application/json', ...scenario.headers }, setupRequest: (request) => ({ ...request, body: scenario.body() }) }],
  });
  return {
    requestsPerSecond: result.requests.average,
    p50: result.latency.p50,
    p99: result.latency.p99,
    failures: result.non2xx + result.errors + result.timeouts,
  };
}
