import { Agent, request } from 'node:http';
import { nextRequest, type Figures, type Scenario } from './measure';

/** Seconds of each run sent at the rate but not counted. */
const warmUpSeconds = 3;

/**
 * Requests sent at a steady rate, each on schedule whether or not earlier ones have been answered (an open loop), and
 * each timed from when it was due: a server that falls behind shows it in its latencies, as users would see it.
 * autocannon's `overallRate` is not used here: it sends each second's requests in one burst at the start of the
 * second, which measures the queue the burst builds rather than latency at that rate. The first seconds are not
 * counted (`warmUpSeconds`): they warm the connections up, and they let a server that has just served a saturating
 * closed loop settle (its heap, grown under that load, is collected down in the first seconds at a lower rate, with
 * pauses of 10–25 ms that would otherwise be charged to the steady rate).
 */
export async function measureAtRate(scenario: Scenario, options: { durationSeconds: number; requestsPerSecond: number }): Promise<Figures & { sendLagP99: number }> {
  const agent = new Agent({ keepAlive: true, maxSockets: 256 });
  const url = new URL(scenario.url);
  const intervalMs = 1000 / options.requestsPerSecond;
  const warmUp = warmUpSeconds * options.requestsPerSecond;
  const total = warmUp + Math.round(options.durationSeconds * options.requestsPerSecond);
  const latencies: number[] = [];
  // How late this process sent each request: its own share of the latencies (a busy machine delays the load generator
  // too), told apart from the server's.
  const sendLags: number[] = [];
  let answered = 0;
  let failures = 0;

  const send = (dueAt: number, counted: boolean) =>
    new Promise<void>((resolve) => {
      if (counted) sendLags.push(performance.now() - dueAt);
      const { headers, body } = nextRequest(scenario);
      const outgoing = request(
        { agent, method: 'POST', hostname: url.hostname, port: url.port, path: url.pathname, headers: { ...headers, 'content-length': Buffer.byteLength(body) } },
        (response) => {
          response.resume();
          response.once('end', () => {
            answered++;
            if (response.statusCode !== 200) failures++;
            else if (counted) latencies.push(performance.now() - dueAt);
            resolve();
          });
        },
      );
      outgoing.once('error', () => {
        failures++;
        resolve();
      });
      outgoing.end(body);
    });

  const cpuBefore = await scenario.server.cpuMicros();
  const started = performance.now();
  const inFlight: Promise<void>[] = [];
  for (let sent = 0; sent < total; ) {
    // Every request whose time has come, then a wait until the next one's.
    const now = performance.now();
    for (; sent < total && started + sent * intervalMs <= now; sent++) inFlight.push(send(started + sent * intervalMs, sent >= warmUp));
    await new Promise((resolve) => setTimeout(resolve, Math.max(0, started + sent * intervalMs - performance.now())));
  }
  await Promise.all(inFlight);
  const countedSeconds = (performance.now() - started) / 1000 - warmUpSeconds;
  const cpuMicros = (await scenario.server.cpuMicros()) - cpuBefore;
  agent.destroy();

  latencies.sort((a, b) => a - b);
  sendLags.sort((a, b) => a - b);
  // To a tenth of a millisecond: a p99 of 4.6 ms is under a 5 ms target, which a whole number would hide.
  const percentile = (values: number[], p: number) => Math.round(10 * (values[Math.min(values.length - 1, Math.floor((p / 100) * values.length))] ?? 0)) / 10;
  return {
    requestsPerSecond: latencies.length / countedSeconds,
    p50: percentile(latencies, 50),
    p99: percentile(latencies, 99),
    sendLagP99: percentile(sendLags, 99),
    cpuMsPerRequest: cpuMicros / 1000 / Math.max(1, answered),
    failures,
  };
}
