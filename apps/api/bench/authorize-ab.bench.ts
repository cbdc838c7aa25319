// npm run bench:authorize-ab -w @gatehouse/api: this checkout's `authorize` against another's, side by side, so that
// the machine's load weighs on both alike. BENCH_BASELINE is the other's apps/api directory (a worktree of main with
// its dependencies installed, say); each side's API runs in its own child process, as bench:authorize runs it, on one
// database. In turn, in rounds of BENCH_DURATION seconds (default 4; BENCH_ROUNDS, default 8), the order swapped each
// round: JSON Authorize closed loop, AuthorizeBatch of 30 closed loop, Authorize at a steady 2,000/s. Prints each
// round (CPU per decision of each API process, decisions/s, p50/p99 at the steady rate), then per figure the median
// of each side and the median of the rounds' ratios (this checkout / baseline). Needs DATABASE_URL.
import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { SECRET_KEY_VARIABLE } from '@gatehouse/credentials';
import { call, evidence, userWithKey } from './authorize-fixtures';
import { createBenchDatabase } from './bench-database';
import { startChildServer, type ChildServer } from './child-server';
import { measureAtRate } from './constant-rate';
import { measure, median, type Scenario } from './measure';
import { signRequests } from './signed-requests';

const serverUrl = process.env.DATABASE_URL ?? 'postgresql://postgres@127.0.0.1:5432/postgres';
const rounds = Number(process.env.BENCH_ROUNDS ?? 8);
const seconds = Number(process.env.BENCH_DURATION ?? 4);
const jsonContentType = 'application/x-amz-json-1.0';
const baseline = process.env.BENCH_BASELINE;
if (!baseline) throw new Error('BENCH_BASELINE is not set: the apps/api directory of the checkout to compare with');
// A: the baseline, B: this checkout. tsx takes the tsconfig of the directory it runs from: each side is told its own.
const dirs = { A: resolve(baseline), B: fileURLToPath(new URL('..', import.meta.url)) };
const database = await createBenchDatabase(serverUrl, { mainUsers: 10, largeUsers: 1 });
// One server key for every process: each checkout would otherwise seal with its own (.data/secret-key at its root),
// and the baseline could not unseal the secrets of the keys the setup made (every call InvalidClientTokenId).
const serverKey = randomBytes(32).toString('base64');
const serve = (side: 'A' | 'B') =>
  startChildServer(join(dirs[side], 'bench/serve-api.ts'), { DATABASE_URL: database.databaseUrl, TSX_TSCONFIG_PATH: join(dirs[side], 'tsconfig.json'), [SECRET_KEY_VARIABLE]: serverKey });
/** The machine's load average (1, 5, 15 minutes), printed with every round. */
const load = () => readFileSync('/proc/loadavg', 'utf8').split(' ').slice(0, 3).join(' ');
// The users and keys are made through a process of their own: a side that had served the setup's GraphQL calls would
// carry their heap and compiled code into its measurements (identical code measured 11% apart).
const { main } = database;
const setup = await serve('B');
let service: Awaited<ReturnType<typeof userWithKey>>;
let alice: Awaited<ReturnType<typeof userWithKey>>;
try {
  const graphqlUrl = `${setup.url}/graphql`;
  const { cookie } = await call(graphqlUrl, '', 'mutation ($input: SignInInput!) { signIn(input: $input) { state } }', { input: { email: main.email, password: main.password } });
  service = await userWithKey(graphqlUrl, cookie, 'orders-service', { Effect: 'Allow', Action: 'gatehouse:Authorize', Resource: `arn:aws:gatehouse::${main.accountId}:service/orders` });
  alice = await userWithKey(graphqlUrl, cookie, 'alice', { Effect: 'Allow', Action: 'orders:GetOrder', Resource: '*' });
} finally {
  await setup.stop();
}
const servers: Record<'A' | 'B', ChildServer> = { A: await serve('A'), B: await serve('B') };
try {
  /** Each side's requests, signed afresh for its own host (signed evidence is accepted for 5 minutes). */
  const scenarios = async (server: ChildServer) => {
    const inputs = await evidence(main.accountId, alice, 600);
    const json = async (target: string, bodies: string[]): Promise<Scenario> => {
      const headers = { 'content-type': jsonContentType, 'x-amz-target': `Gatehouse.${target}` };
      return { name: target, server, url: `${server.url}/`, headers, ...(await signRequests(`${server.url}/`, service, bodies, jsonContentType, { service: 'gatehouse', headers })) };
    };
    const batches = Array.from({ length: 20 }, (_, i) => inputs.slice(i * 30, (i + 1) * 30));
    return { single: await json('Authorize', inputs.map((input) => JSON.stringify(input))), batch: await json('AuthorizeBatch', batches.map((batch) => JSON.stringify({ inputs: batch }))) };
  };
  const results: Record<string, number[]> = {};
  // A refused call (Throttling once admission's queue waits too long on a starved machine) costs far less than a
  // decision: a round with failures understates its side's CPU per decision.
  const failed = (figures: { failures: number }) => (figures.failures > 0 ? ` ${figures.failures} failed` : '');
  const note = (key: string, value: number) => (results[key] ??= []).push(value);
  for (let round = 0; round < rounds; round++) {
    const s = { A: await scenarios(servers.A), B: await scenarios(servers.B) };
    const order = round % 2 === 0 ? (['A', 'B'] as const) : (['B', 'A'] as const);
    const line: string[] = [`round ${round + 1} load ${load()}`];
    const label = { A: 'baseline', B: 'this' };
    for (const side of order) await measure(s[side].single, { durationSeconds: 1, connections: 16 });
    for (const side of order) {
      const single = await measure(s[side].single, { durationSeconds: seconds, connections: 16 });
      note(`${side} single`, single.cpuMsPerRequest * 1000);
      line.push(`${label[side]} single ${(single.cpuMsPerRequest * 1000).toFixed(0)}µs ${single.requestsPerSecond.toFixed(0)}/s${failed(single)}`);
    }
    for (const side of order) {
      const batch = await measure(s[side].batch, { durationSeconds: seconds, connections: 16 });
      note(`${side} batch`, (batch.cpuMsPerRequest * 1000) / 30);
      line.push(`${label[side]} batch ${((batch.cpuMsPerRequest * 1000) / 30).toFixed(1)}µs ${(batch.requestsPerSecond * 30).toFixed(0)}/s${failed(batch)}`);
    }
    for (const side of order) {
      const steady = await measureAtRate(s[side].single, { durationSeconds: seconds, requestsPerSecond: 2000 });
      note(`${side} steady`, steady.cpuMsPerRequest * 1000);
      note(`${side} p99`, steady.p99);
      line.push(`${label[side]} steady ${(steady.cpuMsPerRequest * 1000).toFixed(0)}µs p50 ${steady.p50} p99 ${steady.p99} ms (sent late p99 ${steady.sendLagP99}) ${steady.requestsPerSecond.toFixed(0)}/s${failed(steady)}`);
    }
    console.log(line.join(' | '));
  }
  for (const kind of ['single', 'batch', 'steady', 'p99']) {
    const a = results[`A ${kind}`]!, b = results[`B ${kind}`]!;
    const ratios = a.map((value, i) => b[i]! / value);
    console.log(`${kind}: baseline median ${median(a).toFixed(1)} (${Math.min(...a).toFixed(1)}–${Math.max(...a).toFixed(1)}), this checkout median ${median(b).toFixed(1)} (${Math.min(...b).toFixed(1)}–${Math.max(...b).toFixed(1)}), ratio median ${median(ratios).toFixed(3)}`);
  }
  console.log(`end load ${load()}`);
} finally {
  await servers.A.stop();
  await servers.B.stop();
  await database.drop();
}
