// npm run bench:authorize -w @gatehouse/api: `authorize` as a protected service calls it, against one API process.
// A service user (allowed gatehouse:Authorize) signs each GraphQL call; the evidence is a request its client `alice`
// signed for service `orders` (allowed by her policy). Prints decisions/s closed-loop for `authorize` and for
// `authorizeBatch` of 30, and p50/p99 at a steady rate (BENCH_RATES, default 2,000/s). Signatures are made just before
// each run: signed evidence is accepted for 5 minutes. Needs DATABASE_URL (a server it may create a database on).
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

const header = `${'operation'.padEnd(36)}${'req/s'.padStart(8)}${'decisions/s'.padStart(13)}${'p50'.padStart(9)}${'p99'.padStart(9)}${'CPU/decision'.padStart(14)}`;
const row = (name: string, figures: Figures, perRequest: number) =>
  [
    name.padEnd(36),
    figures.requestsPerSecond.toFixed(0).padStart(8),
    (figures.requestsPerSecond * perRequest).toFixed(0).padStart(13),
    `${figures.p50} ms`.padStart(9),
    `${figures.p99} ms`.padStart(9),
    `${(figures.cpuMsPerRequest / perRequest).toFixed(3)} ms`.padStart(14),
    figures.failures > 0 ? `  ${figures.failures} failed` : '',
  ].join('');

const database = await createBenchDatabase(serverUrl, { mainUsers: 10, largeUsers: 1 });
const api = await startChildServer('./serve-api.ts', { DATABASE_URL: database.databaseUrl });
try {
  const graphqlUrl = `${api.url}/graphql`;
  const { main } = database;
  const { cookie } = await call(graphqlUrl, '', 'mutation ($input: SignInInput!) { signIn(input: $input) { state } }', { input: { email: main.email, password: main.password } });
  const service = await userWithKey(graphqlUrl, cookie, 'orders-service', { Effect: 'Allow', Action: 'gatehouse:Authorize', Resource: `arn:aws:gatehouse::${main.accountId}:service/orders` });
  const alice = await userWithKey(graphqlUrl, cookie, 'alice', { Effect: 'Allow', Action: 'orders:GetOrder', Resource: '*' });

  const single = 'query ($input: AuthorizeInput!) { authorize(input: $input) { decision } }';
  const batch = 'query ($inputs: [AuthorizeInput!]!) { authorizeBatch(inputs: $inputs) { decision } }';
  const scenarios = async () => {
    const inputs = await evidence(main.accountId, alice, 600);
    const singles = await signRequests(graphqlUrl, service, inputs.map((input) => JSON.stringify({ query: single, variables: { input } })));
    const batches = await signRequests(
      graphqlUrl,
      service,
      Array.from({ length: inputs.length / batchSize }, (_, i) => JSON.stringify({ query: batch, variables: { inputs: inputs.slice(i * batchSize, (i + 1) * batchSize) } })),
    );
    return [
      { scenario: { name: 'authorize, signed evidence', server: api, url: graphqlUrl, headers: {}, ...singles } satisfies Scenario, perRequest: 1 },
      { scenario: { name: `authorizeBatch of ${batchSize}`, server: api, url: graphqlUrl, headers: {}, ...batches } satisfies Scenario, perRequest: batchSize },
    ];
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
    const [authorize] = await scenarios();
    console.log(row(authorize!.scenario.name, await measureAtRate(authorize!.scenario, { durationSeconds, requestsPerSecond: rate }), 1));
  }
} finally {
  await api.stop();
  await database.drop();
}
