// npm run bench -w @gatehouse/api: the API against PostgreSQL with 10,000 users in an account (100,000 in another for
// the listing figure), measured with autocannon next to a raw node:http + pg baseline. Prints requests/s, p50/p99,
// the server's CPU time per request, the ratios to the baseline, p99 at a fixed 1,000 requests/s, and the latency of
// one client listing 100 of 100,000 users. Also measured: Apollo Server alone with an in-memory getUser (bench/apollo-floor.ts), the ceiling for any
// API built on it. Needs DATABASE_URL (a server it may create a database on); the database is dropped at the end.
import { createBenchDatabase, benchUserName, type BenchAccount } from './bench-database';
import { startChildServer } from './child-server';
import { measure, type Figures, type Scenario } from './measure';

const serverUrl = process.env.DATABASE_URL ?? 'postgresql://postgres@127.0.0.1:5432/postgres';
const mainUsers = Number(process.env.BENCH_USERS ?? 10_000);
const largeUsers = Number(process.env.BENCH_LARGE_USERS ?? 100_000);
const durationSeconds = Number(process.env.BENCH_DURATION ?? 10);
const connections = Number(process.env.BENCH_CONNECTIONS ?? 16);
const fixedRate = 1000;

const randomUserName = () => benchUserName(1 + Math.floor(Math.random() * mainUsers));

async function signIn(graphqlUrl: string, account: BenchAccount): Promise<string> {
  const response = await fetch(graphqlUrl, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query: 'mutation ($input: SignInInput!) { signIn(input: $input) { state } }', variables: { input: { email: account.email, password: account.password } } }),
  });
  const [cookie] = response.headers.getSetCookie().map((header) => header.split(';')[0]!);
  if (!cookie) throw new Error(`root sign-in failed: ${await response.text()}`);
  return cookie;
}

/** One request of the scenario first: figures for a request that fails would measure the error path. */
async function assertAnswers(scenario: Scenario): Promise<void> {
  const response = await fetch(scenario.url, { method: 'POST', headers: { 'content-type': 'application/json', ...scenario.headers }, body: scenario.body() });
  const body = (await response.json()) as { errors?: unknown; error?: unknown };
  if (!response.ok || body.errors || body.error) throw new Error(`${scenario.name} does not answer: ${JSON.stringify(body)}`);
}

function graphql(query: string, variables: () => Record<string, unknown> = () => ({})): () => string {
  return () => JSON.stringify({ query, variables: variables() });
}

const header = `${'operation'.padEnd(34)}${'req/s'.padStart(8)}${'p50'.padStart(9)}${'p99'.padStart(9)}${'CPU/req'.padStart(10)}${'vs raw'.padStart(9)}${'CPU vs raw'.padStart(12)}`;

/** Throughput against the baseline's, and CPU per request as the baseline's share of it: 50% = twice the CPU. */
const row = (name: string, figures: Figures, baseline?: Figures) =>
  [
    name.padEnd(34),
    figures.requestsPerSecond.toFixed(0).padStart(8),
    `${figures.p50} ms`.padStart(9),
    `${figures.p99} ms`.padStart(9),
    `${figures.cpuMsPerRequest.toFixed(3)} ms`.padStart(10),
    (baseline ? `${((100 * figures.requestsPerSecond) / baseline.requestsPerSecond).toFixed(0)}%` : '').padStart(9),
    (baseline ? `${((100 * baseline.cpuMsPerRequest) / figures.cpuMsPerRequest).toFixed(0)}%` : '').padStart(12),
    figures.failures > 0 ? `  ${figures.failures} failed` : '',
  ].join('');

console.log(`seeding: ${mainUsers} users (20 groups × 3 policies) and ${largeUsers} users in a second account…`);
const database = await createBenchDatabase(serverUrl, { mainUsers, largeUsers });
const api = await startChildServer('./serve-api.ts', { DATABASE_URL: database.databaseUrl });
const raw = await startChildServer('./raw-baseline.ts', { DATABASE_URL: database.databaseUrl });
const floor = await startChildServer('./apollo-floor.ts', {});
try {
  const graphqlUrl = `${api.url}/graphql`;
  const mainCookie = { cookie: await signIn(graphqlUrl, database.main) };
  const largeCookie = { cookie: await signIn(graphqlUrl, database.large) };
  let created = 0;
  const newName = () => `bench-${process.pid}-${++created}`;
  const baseline = (op: string, account: BenchAccount, userName: () => string | undefined) => () => JSON.stringify({ op, accountId: account.accountId, userName: userName() });
  const listUsers = graphql('{ listUsers(first: 100) { edges { node { userId userName arn } } pageInfo { hasNextPage endCursor } } }');

  const listLarge: Scenario = { name: `listUsers(first: 100) of ${largeUsers}`, server: api, url: graphqlUrl, headers: largeCookie, body: listUsers };
  const getUserQuery = 'query ($u: String) { getUser(userName: $u) { userId userName path arn createDate } }';
  const pairs: Array<{ api: Scenario; raw: Scenario }> = [
    {
      api: { name: 'getUser', server: api, url: graphqlUrl, headers: mainCookie, body: graphql(getUserQuery, () => ({ u: randomUserName() })) },
      raw: { name: 'raw getUser', server: raw, url: raw.url, headers: {}, body: baseline('getUser', database.main, randomUserName) },
    },
    {
      api: { name: `listUsers(first: 100) of ${mainUsers}`, server: api, url: graphqlUrl, headers: mainCookie, body: listUsers },
      raw: { name: 'raw listUsers', server: raw, url: raw.url, headers: {}, body: baseline('listUsers', database.main, () => undefined) },
    },
    {
      api: listLarge,
      raw: { name: 'raw listUsers (large)', server: raw, url: raw.url, headers: {}, body: baseline('listUsers', database.large, () => undefined) },
    },
    {
      api: {
        name: 'user → groups → policies',
        server: api,
        url: graphqlUrl,
        headers: mainCookie,
        body: graphql('query ($u: String) { getUser(userName: $u) { userName groups { groupName attachedPolicies { policyName defaultVersionId } } } }', () => ({ u: randomUserName() })),
      },
      raw: { name: 'raw nested join', server: raw, url: raw.url, headers: {}, body: baseline('nested', database.main, randomUserName) },
    },
    {
      api: { name: 'createUser', server: api, url: graphqlUrl, headers: mainCookie, body: graphql('mutation ($input: CreateUserInput!) { createUser(input: $input) { userId arn } }', () => ({ input: { userName: newName() } })) },
      raw: { name: 'raw insert', server: raw, url: raw.url, headers: {}, body: baseline('createUser', database.main, newName) },
    },
  ];

  console.log(`\nthroughput: ${connections} connections, ${durationSeconds} s each`);
  console.log(header);
  const reads: Scenario[] = [];
  for (const pair of pairs) {
    await assertAnswers(pair.api);
    await assertAnswers(pair.raw);
    const rawFigures = await measure(pair.raw, { durationSeconds, connections });
    const apiFigures = await measure(pair.api, { durationSeconds, connections });
    console.log(row(pair.raw.name, rawFigures));
    console.log(row(pair.api.name, apiFigures, rawFigures));
    if (pair.api.name === 'getUser') {
      const floorScenario: Scenario = { name: 'Apollo alone, getUser in memory', server: floor, url: `${floor.url}/graphql`, headers: { 'apollo-require-preflight': '1' }, body: graphql(getUserQuery, () => ({ u: randomUserName() })) };
      await assertAnswers(floorScenario);
      console.log(row(floorScenario.name, await measure(floorScenario, { durationSeconds, connections }), rawFigures));
    }
    if (pair.api.name !== 'createUser') reads.push(pair.api);
  }

  console.log(`\nfixed rate: ${fixedRate} requests/s in total, ${durationSeconds} s each`);
  console.log(header);
  for (const scenario of reads) {
    console.log(row(scenario.name, await measure(scenario, { durationSeconds, connections: 50, overallRate: fixedRate })));
  }

  console.log(`\none client, one request at a time, ${durationSeconds} s`);
  console.log(header);
  console.log(row(listLarge.name, await measure(listLarge, { durationSeconds, connections: 1 })));
} finally {
  await api.stop();
  await raw.stop();
  await floor.stop();
  await database.drop();
}
