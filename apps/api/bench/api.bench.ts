// npm run bench -w @gatehouse/api: the API against PostgreSQL with 10,000 users in an account (100,000 in another for
// the listing figure), measured with autocannon next to a raw node:http + pg baseline. getUser is measured twice: as
// the root user with a console session, and as an IAM user whose requests are signed with an access key and
// authorized against its policy, as a CI system's would be. Prints requests/s, p50/p99, the server's CPU time per
// request and the ratios to the baseline; then p50/p99 at steady rates of 1,000 and 500 requests/s, the baseline's
// too (bench/constant-rate.ts); and the latency of one client listing 100 of 100,000 users. Also measured: Apollo
// Server alone running the baseline's own SQL for getUser, listUsers and the nested query (bench/apollo-floor.ts), the
// ceiling for any API built on it; and Apollo, type-graphql and Prisma with nothing of this API's own
// (bench/stack-floor.ts), the ceiling of the stack the design fixes. Needs DATABASE_URL (a server it may create a
// database on); the database is dropped at the end.
import { createBenchDatabase, benchUserName, type BenchAccount } from './bench-database';
import { startChildServer } from './child-server';
import { measureAtRate } from './constant-rate';
import { measure, nextRequest, type Figures, type Scenario } from './measure';
import { floorAccountHeader } from './serve-floor';
import { queryVsGraphqlScenarios } from './query-vs-graphql';
import { signRequests } from './signed-requests';

const serverUrl = process.env.DATABASE_URL ?? 'postgresql://postgres@127.0.0.1:5432/postgres';
const mainUsers = Number(process.env.BENCH_USERS ?? 10_000);
const largeUsers = Number(process.env.BENCH_LARGE_USERS ?? 100_000);
const durationSeconds = Number(process.env.BENCH_DURATION ?? 10);
const connections = Number(process.env.BENCH_CONNECTIONS ?? 16);
// The target's 1,000 requests/s, and a lower rate that shows the latency of a server that keeps up.
const steadyRates = (process.env.BENCH_RATES ?? '1000,500').split(',').map(Number);
const onlyQueryProtocol = process.env.BENCH_ONLY === 'query-protocol';
// `reads`: getUser (root and SigV4), listUsers and the nested read against their ceilings, nothing else.
const onlyReads = process.env.BENCH_ONLY === 'reads';

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
  const request = nextRequest(scenario);
  // Once: a pooled connection may have been closed by the server while idle (signing many requests takes a while).
  const response = await fetch(scenario.url, { method: 'POST', ...request }).catch(() => fetch(scenario.url, { method: 'POST', ...request }));
  if (response.headers.get('content-type') === 'text/xml') {
    if (!response.ok) throw new Error(`${scenario.name} does not answer: ${await response.text()}`);
    return;
  }
  const body = (await response.json()) as { errors?: unknown; error?: unknown };
  if (!response.ok || body.errors || body.error) throw new Error(`${scenario.name} does not answer: ${JSON.stringify(body)}`);
}

/**
 * A user for scripts, as a CI system would have: an inline policy that allows iam:GetUser, and an access key. Its
 * requests are signed, and each is authorized against its policies.
 */
async function createScriptUser(graphqlUrl: string, cookie: { cookie: string }): Promise<{ accessKeyId: string; secretAccessKey: string }> {
  const call = async (query: string) => {
    const response = await fetch(graphqlUrl, { method: 'POST', headers: { 'content-type': 'application/json', ...cookie }, body: JSON.stringify({ query }) });
    const body = (await response.json()) as { data?: Record<string, any>; errors?: unknown };
    if (!body.data || body.errors) throw new Error(`setting up the script user failed: ${JSON.stringify(body.errors)}`);
    return body.data;
  };
  const document = JSON.stringify({ Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: 'iam:GetUser', Resource: '*' }] });
  await call('mutation { createUser(input: { userName: "ci-reader" }) { userId } }');
  await call(`mutation { putUserPolicy(input: { userName: "ci-reader", policyName: "read-users", policyDocument: ${JSON.stringify(document)} }) { policyName } }`);
  return (await call('mutation { createAccessKey(input: { userName: "ci-reader" }) { accessKeyId secretAccessKey } }')).createAccessKey;
}

function graphql(query: string, variables: () => Record<string, unknown> = () => ({})): () => string {
  return () => JSON.stringify({ query, variables: variables() });
}

const nameWidth = 44;
const header = `${'operation'.padEnd(nameWidth)}${'req/s'.padStart(8)}${'p50'.padStart(9)}${'p99'.padStart(9)}${'CPU/req'.padStart(10)}${'vs raw'.padStart(9)}${'CPU vs raw'.padStart(12)}`;

/** Throughput against the baseline's, and CPU per request as the baseline's share of it: 50% = twice the CPU. */
const row = (name: string, figures: Figures, baseline?: Figures) =>
  [
    name.padEnd(nameWidth),
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
const floors = [
  { name: 'Apollo + baseline SQL', server: await startChildServer('./apollo-floor.ts', { DATABASE_URL: database.databaseUrl }) },
  { name: 'Apollo + type-graphql + Prisma', server: await startChildServer('./stack-floor.ts', { DATABASE_URL: database.databaseUrl }) },
];
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
  const nestedQuery = graphql('query ($u: String) { getUser(userName: $u) { userName groups { groupName attachedPolicies { policyName defaultVersionId } } } }', () => ({ u: randomUserName() }));
  const rawGetUser: Scenario = { name: 'raw getUser', server: raw, url: raw.url, headers: {}, body: baseline('getUser', database.main, randomUserName) };
  const signedGetUsers = await signRequests(
    graphqlUrl,
    await createScriptUser(graphqlUrl, mainCookie),
    Array.from({ length: 1000 }, graphql(getUserQuery, () => ({ u: randomUserName() }))),
  );
  // `floor`: the operation each floor server answers, measured next to the pair.
  const pairs: Array<{ api: Scenario; raw: Scenario; floor?: { operation: string; body: () => string } }> = [
    {
      api: { name: 'getUser', server: api, url: graphqlUrl, headers: mainCookie, body: graphql(getUserQuery, () => ({ u: randomUserName() })) },
      raw: rawGetUser,
      floor: { operation: 'getUser', body: graphql(getUserQuery, () => ({ u: randomUserName() })) },
    },
    {
      api: { name: 'getUser by an IAM user, SigV4', server: api, url: graphqlUrl, headers: {}, ...signedGetUsers },
      raw: rawGetUser,
    },
    {
      api: { name: `listUsers(first: 100) of ${mainUsers}`, server: api, url: graphqlUrl, headers: mainCookie, body: listUsers },
      floor: { operation: 'listUsers', body: listUsers },
      raw: { name: 'raw listUsers', server: raw, url: raw.url, headers: {}, body: baseline('listUsers', database.main, () => undefined) },
    },
    {
      api: listLarge,
      raw: { name: 'raw listUsers (large)', server: raw, url: raw.url, headers: {}, body: baseline('listUsers', database.large, () => undefined) },
    },
    {
      api: { name: 'user → groups → policies', server: api, url: graphqlUrl, headers: mainCookie, body: nestedQuery },
      floor: { operation: 'nested', body: nestedQuery },
      raw: { name: 'raw nested join', server: raw, url: raw.url, headers: {}, body: baseline('nested', database.main, randomUserName) },
    },
    {
      api: { name: 'createUser', server: api, url: graphqlUrl, headers: mainCookie, body: graphql('mutation ($input: CreateUserInput!) { createUser(input: $input) { userId arn } }', () => ({ input: { userName: newName() } })) },
      raw: { name: 'raw insert', server: raw, url: raw.url, headers: {}, body: baseline('createUser', database.main, newName) },
    },
  ];

  console.log(`\nthroughput: ${connections} connections, ${durationSeconds} s each`);
  console.log(header);
  if (onlyQueryProtocol) pairs.length = 0;
  // The signed getUser is read against the getUser ceiling measured just before it.
  if (onlyReads) pairs.splice(0, pairs.length, ...pairs.filter((pair) => pair.floor || pair.api.headersFor));
  const reads: typeof pairs = [];
  // A baseline two API scenarios share is measured once.
  const rawThroughput = new Map<Scenario, Figures>();
  for (const pair of pairs) {
    await assertAnswers(pair.api);
    await assertAnswers(pair.raw);
    const measuredBefore = rawThroughput.get(pair.raw);
    const rawFigures = measuredBefore ?? (await measure(pair.raw, { durationSeconds, connections }));
    rawThroughput.set(pair.raw, rawFigures);
    const apiFigures = await measure(pair.api, { durationSeconds, connections });
    if (!measuredBefore) console.log(row(pair.raw.name, rawFigures));
    console.log(row(pair.api.name, apiFigures, rawFigures));
    for (const floor of pair.floor ? floors : []) {
      const floorScenario: Scenario = {
        name: `${floor.name}, ${pair.floor!.operation}`,
        server: floor.server,
        url: `${floor.server.url}/graphql`,
        headers: { 'apollo-require-preflight': '1', [floorAccountHeader]: database.main.accountId },
        body: pair.floor!.body,
      };
      await assertAnswers(floorScenario);
      console.log(row(floorScenario.name, await measure(floorScenario, { durationSeconds, connections }), rawFigures));
    }
    if (pair.api.name !== 'createUser') reads.push(pair);
  }

  // The raw baseline at the same rate shows the latency this machine and the load generator add to any server.
  for (const rate of onlyQueryProtocol || onlyReads ? [] : steadyRates) {
    console.log(`\nsteady rate: ${rate} requests/s, each timed from when it was due, ${durationSeconds} s each`);
    console.log(header);
    const rawAtThisRate = new Set<Scenario>();
    for (const pair of reads) {
      for (const scenario of rawAtThisRate.has(pair.raw) ? [pair.api] : [pair.raw, pair.api]) {
        console.log(row(scenario.name, await measureAtRate(scenario, { durationSeconds, requestsPerSecond: rate })));
      }
      rawAtThisRate.add(pair.raw);
    }
  }

  if (!onlyQueryProtocol && !onlyReads) {
    console.log(`\none client, one request at a time, ${durationSeconds} s`);
    console.log(header);
    console.log(row(listLarge.name, await measure(listLarge, { durationSeconds, connections: 1 })));
  }

  // Target: the Query protocol costs at most 10% more CPU per request than GraphQL for the same operation.
  if (!onlyReads) {
    console.log(`\nAWS Query protocol vs GraphQL, both SigV4: ${connections} connections, ${durationSeconds} s each ("vs raw" is vs GraphQL)`);
    console.log(header);
    const protocolPairs = await queryVsGraphqlScenarios(api, mainCookie, { mainUsers, creates: 1000 * durationSeconds });
    for (const pair of protocolPairs) {
      await assertAnswers(pair.graphql);
      await assertAnswers(pair.query);
      // Both warmed up first (JIT, caches, connection pools), so that neither pays for coming first.
      for (const scenario of [pair.graphql, pair.query]) await measure(scenario, { durationSeconds: Math.ceil(durationSeconds / 2), connections });
      const graphqlFigures = await measure(pair.graphql, { durationSeconds, connections });
      const queryFigures = await measure(pair.query, { durationSeconds, connections });
      console.log(row(pair.graphql.name, graphqlFigures));
      console.log(row(pair.query.name, queryFigures, graphqlFigures));
    }
  }
} finally {
  await api.stop();
  await raw.stop();
  for (const floor of floors) await floor.server.stop();
  await database.drop();
}
