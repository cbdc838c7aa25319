// npm run bench:authorize -w @gatehouse/api: `authorize` as a protected service calls it, against one API process,
// over AWS's JSON protocol (`POST /`, X-Amz-Target: Gatehouse.Authorize, what @gatehouse/authorizer sends) and, for
// comparison, as the GraphQL query. A service user (allowed gatehouse:Authorize) signs each call; the evidence is a
// request its client `alice` signed for service `orders` (allowed by her policy). Prints decisions/s closed-loop for a
// single decision and for batches of 30, and p50/p99 at a steady rate (BENCH_RATES, default 2,000/s; with how late the
// bench itself sent its requests, p99: a busy machine delays the load generator too, not only the API). Signatures are
// made just before each run: signed evidence is accepted for 5 minutes. BENCH_PROTOCOLS=json (graphql, floor: the HTTP
// exchange alone, bench/authorize-floor.ts) runs those only. Needs DATABASE_URL (a server it may create a database on).
import { call, evidence, userWithKey } from './authorize-fixtures';
import { createBenchDatabase } from './bench-database';
import { startChildServer } from './child-server';
import { measureAtRate } from './constant-rate';
import { measure, type Figures, type Scenario } from './measure';
import { signRequests } from './signed-requests';

const serverUrl = process.env.DATABASE_URL ?? 'postgresql://postgres@127.0.0.1:5432/postgres';
const durationSeconds = Number(process.env.BENCH_DURATION ?? 10);
const connections = Number(process.env.BENCH_CONNECTIONS ?? 16);
const steadyRates = (process.env.BENCH_RATES ?? '2000').split(',').map(Number);
const batchSize = 30;
const protocols = (process.env.BENCH_PROTOCOLS ?? 'json,graphql,floor').split(',');
const jsonContentType = 'application/x-amz-json-1.0';

const header = `${'operation'.padEnd(40)}${'req/s'.padStart(8)}${'decisions/s'.padStart(13)}${'p50'.padStart(9)}${'p99'.padStart(9)}${'CPU/decision'.padStart(14)}`;
const row = (name: string, figures: Figures, perRequest: number) =>
  [
    name.padEnd(40),
    figures.requestsPerSecond.toFixed(0).padStart(8),
    (figures.requestsPerSecond * perRequest).toFixed(0).padStart(13),
    `${figures.p50} ms`.padStart(9),
    `${figures.p99} ms`.padStart(9),
    `${(figures.cpuMsPerRequest / perRequest).toFixed(3)} ms`.padStart(14),
    figures.failures > 0 ? `  ${figures.failures} failed` : '',
  ].join('');

const database = await createBenchDatabase(serverUrl, { mainUsers: 10, largeUsers: 1 });
const api = await startChildServer('./serve-api.ts', { DATABASE_URL: database.databaseUrl });
const floor = await startChildServer('./authorize-floor.ts', {});
try {
  const graphqlUrl = `${api.url}/graphql`;
  const { main } = database;
  const { cookie } = await call(graphqlUrl, '', 'mutation ($input: SignInInput!) { signIn(input: $input) { state } }', { input: { email: main.email, password: main.password } });
  const service = await userWithKey(graphqlUrl, cookie, 'orders-service', { Effect: 'Allow', Action: 'gatehouse:Authorize', Resource: `arn:aws:gatehouse::${main.accountId}:service/orders` });
  const alice = await userWithKey(graphqlUrl, cookie, 'alice', { Effect: 'Allow', Action: 'orders:GetOrder', Resource: '*' });

  const single = 'query ($input: AuthorizeInput!) { authorize(input: $input) { decision } }';
  const batchQuery = 'query ($inputs: [AuthorizeInput!]!) { authorizeBatch(inputs: $inputs) { decision } }';
  /** The single-decision and batch scenarios of each protocol, signed afresh. */
  const scenarios = async () => {
    const inputs = await evidence(main.accountId, alice, 600);
    const batchesOf = <T>(items: T[]) => Array.from({ length: items.length / batchSize }, (_, i) => items.slice(i * batchSize, (i + 1) * batchSize));
    const json = async (target: string, bodies: string[]) => {
      const headers = { 'content-type': jsonContentType, 'x-amz-target': `Gatehouse.${target}` };
      return { url: `${api.url}/`, headers, ...(await signRequests(`${api.url}/`, service, bodies, jsonContentType, { service: 'gatehouse', headers })) };
    };
    const graphql = async (bodies: string[]) => ({ url: graphqlUrl, headers: {}, ...(await signRequests(graphqlUrl, service, bodies)) });
    const all = {
      json: [
        { scenario: { name: 'JSON Authorize, signed evidence', server: api, ...(await json('Authorize', inputs.map((input) => JSON.stringify(input)))) }, perRequest: 1 },
        {
          scenario: { name: `JSON AuthorizeBatch of ${batchSize}`, server: api, ...(await json('AuthorizeBatch', batchesOf(inputs).map((batch) => JSON.stringify({ inputs: batch })))) },
          perRequest: batchSize,
        },
      ],
      graphql: [
        { scenario: { name: 'GraphQL authorize, signed evidence', server: api, ...(await graphql(inputs.map((input) => JSON.stringify({ query: single, variables: { input } })))) }, perRequest: 1 },
        {
          scenario: { name: `GraphQL authorizeBatch of ${batchSize}`, server: api, ...(await graphql(batchesOf(inputs).map((batch) => JSON.stringify({ query: batchQuery, variables: { inputs: batch } })))) },
          perRequest: batchSize,
        },
      ],
      // The HTTP exchange alone (bench/authorize-floor.ts): what is left of a decision's cost once the rest is gone.
      floor: [{ scenario: { name: 'node:http floor, same request', server: floor, ...(await json('Authorize', inputs.map((input) => JSON.stringify(input)))), url: floor.url }, perRequest: 1 }],
    } satisfies Record<string, Array<{ scenario: Scenario; perRequest: number }>>;
    return protocols.flatMap((protocol) => all[protocol as keyof typeof all] ?? []);
  };

  console.log(`closed loop: ${connections} connections, ${durationSeconds} s each`);
  console.log(header);
  for (const { scenario, perRequest } of await scenarios()) {
    await measure(scenario, { durationSeconds: Math.ceil(durationSeconds / 2), connections });
    console.log(row(scenario.name, await measure(scenario, { durationSeconds, connections }), perRequest));
  }
  for (const rate of steadyRates) {
    console.log(`\nsteady rate: ${rate} requests/s, ${durationSeconds} s`);
    console.log(header);
    for (const { scenario, perRequest } of await scenarios()) {
      if (perRequest !== 1) continue;
      const figures = await measureAtRate(scenario, { durationSeconds, requestsPerSecond: rate });
      console.log(`${row(scenario.name, figures, 1)}  (sent late: p99 ${figures.sendLagP99} ms)`);
    }
  }
} finally {
  await api.stop();
  await floor.stop();
  await database.drop();
}
