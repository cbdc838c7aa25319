// npm run bench:reads-ab -w @gatehouse/api -- BASE_DIR: the reads of BENCH_ONLY=reads (getUser as root with a console
// session, getUser signed with SigV4 by an IAM user, listUsers(first: 100), user → groups → policies) measured on two
// APIs side by side — another checkout's (BASE_DIR: a directory holding its apps/api, e.g. `git archive main`
// unpacked inside this repository so that it resolves the same node_modules) and this one — and on the stack's
// ceiling (bench/stack-floor.ts), all three children alive at once and measured in turn, round after round, the order
// rotating each round. On a shared machine one server's CPU per request swings 2× from one minute to the next; the
// ratios within one round swing far less, so the figures are medians of per-round ratios: ceiling ÷ API (CPU per
// request) for each API, and this API ÷ the other. Every API answer is compared between the two APIs first.
import { resolve } from 'node:path';
import { loadavg } from 'node:os';
import { createBenchDatabase, benchUserName } from './bench-database';
import { startChildServer, type ChildServer } from './child-server';
import { measure, median, nextRequest, type Scenario } from './measure';
import { floorAccountHeader } from './serve-floor';
import { signRequests } from './signed-requests';

const baseDir = process.argv[2];
if (!baseDir) throw new Error('usage: reads-ab.ts BASE_DIR (a directory holding the other checkout\'s apps/api)');
const serverUrl = process.env.DATABASE_URL ?? 'postgresql://postgres@127.0.0.1:5432/postgres';
const mainUsers = Number(process.env.BENCH_USERS ?? 10_000);
const rounds = Number(process.env.BENCH_ROUNDS ?? 10);
const seconds = Number(process.env.BENCH_DURATION ?? 2);
const connections = Number(process.env.BENCH_CONNECTIONS ?? 16);

const randomUserName = () => benchUserName(1 + Math.floor(Math.random() * mainUsers));
const graphql = (query: string, variables: () => Record<string, unknown> = () => ({})) => () => JSON.stringify({ query, variables: variables() });
const getUserQuery = 'query ($u: String) { getUser(userName: $u) { userId userName path arn createDate } }';
const reads = {
  getUser: graphql(getUserQuery, () => ({ u: randomUserName() })),
  listUsers: graphql('{ listUsers(first: 100) { edges { node { userId userName arn } } pageInfo { hasNextPage endCursor } } }'),
  nested: graphql('query ($u: String) { getUser(userName: $u) { userName groups { groupName attachedPolicies { policyName defaultVersionId } } } }', () => ({ u: randomUserName() })),
};

async function post(url: string, body: string, headers: Record<string, string>): Promise<{ text: string; setCookie: string[] }> {
  const response = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body });
  return { text: await response.text(), setCookie: response.headers.getSetCookie() };
}

const database = await createBenchDatabase(serverUrl, { mainUsers, largeUsers: 1 });
const env = { DATABASE_URL: database.databaseUrl };
const started: ChildServer[] = [];
const start = async (script: string, extraEnv: Record<string, string> = {}) => {
  const server = await startChildServer(script, { ...env, ...extraEnv });
  started.push(server);
  return server;
};
try {
  const servers = {
    ceiling: await start('./stack-floor.ts'),
    // tsx reads the tsconfig of its working directory unless told: the other checkout's, for its decorators.
    before: await start(resolve(baseDir, 'apps/api/bench/serve-api.ts'), { TSX_TSCONFIG_PATH: resolve(baseDir, 'apps/api/tsconfig.json') }),
    after: await start('./serve-api.ts'),
  };
  const signIn = JSON.stringify({
    query: 'mutation ($input: SignInInput!) { signIn(input: $input) { state } }',
    variables: { input: { email: database.main.email, password: database.main.password } },
  });
  const cookieOf = async (server: ChildServer) => ({ cookie: (await post(`${server.url}/graphql`, signIn, {})).setCookie[0]!.split(';')[0]! });
  const cookies = { before: await cookieOf(servers.before), after: await cookieOf(servers.after) };
  // The script user of api.bench.ts: an inline policy allowing iam:GetUser, and an access key.
  const call = async (query: string) => {
    const body = JSON.parse((await post(`${servers.after.url}/graphql`, JSON.stringify({ query }), cookies.after)).text) as { data?: any; errors?: unknown };
    if (!body.data || body.errors) throw new Error(`setting up the script user failed: ${JSON.stringify(body.errors)}`);
    return body.data;
  };
  const document = JSON.stringify({ Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: 'iam:GetUser', Resource: '*' }] });
  await call('mutation { createUser(input: { userName: "ci-reader" }) { userId } }');
  await call(`mutation { putUserPolicy(input: { userName: "ci-reader", policyName: "read-users", policyDocument: ${JSON.stringify(document)} }) { policyName } }`);
  const key = (await call('mutation { createAccessKey(input: { userName: "ci-reader" }) { accessKeyId secretAccessKey } }')).createAccessKey;
  const signedBodies = Array.from({ length: 1000 }, reads.getUser);

  const apiScenarios = async (side: 'before' | 'after') => {
    const server = servers[side];
    const url = `${server.url}/graphql`;
    const plain = (name: string, body: () => string): Scenario => ({ name, server, url, headers: cookies[side], body });
    return {
      getUser: plain('getUser', reads.getUser),
      signed: { name: 'getUser SigV4', server, url, headers: {}, ...(await signRequests(url, key, signedBodies)) },
      listUsers: plain('listUsers', reads.listUsers),
      nested: plain('nested', reads.nested),
    };
  };
  const api = { before: await apiScenarios('before'), after: await apiScenarios('after') };
  const ceilingScenario = (name: string, body: () => string): Scenario => ({
    name,
    server: servers.ceiling,
    url: `${servers.ceiling.url}/graphql`,
    headers: { 'apollo-require-preflight': '1', [floorAccountHeader]: database.main.accountId },
    body,
  });
  const ceiling = { getUser: ceilingScenario('getUser', reads.getUser), listUsers: ceilingScenario('listUsers', reads.listUsers), nested: ceilingScenario('nested', reads.nested) };

  // Same answers: each read's first 200 requests, the same bodies to both APIs (the signed ones come in the same order).
  for (const read of ['getUser', 'signed', 'listUsers', 'nested'] as const) {
    for (let i = 0; i < 200; i++) {
      const body = read === 'signed' ? undefined : reads[read]();
      const answers = [];
      for (const side of ['before', 'after'] as const) {
        const scenario = api[side][read];
        const request = body === undefined ? nextRequest(scenario) : { body, headers: { 'content-type': 'application/json', ...scenario.headers } };
        answers.push((await post(scenario.url, request.body, request.headers)).text);
      }
      if (answers[0] !== answers[1] || answers[0]!.includes('"errors"')) throw new Error(`${read}: the APIs answer differently or fail:\n${answers.join('\n')}`);
    }
  }

  // Warm-up: JIT, connection pools, caches.
  for (const scenario of [ceiling.getUser, ceiling.listUsers, ceiling.nested, ...Object.values(api.before), ...Object.values(api.after)]) {
    await measure(scenario, { durationSeconds: 1, connections });
  }

  // BENCH_READS=getUser,signed: only those (a profile of one read).
  const names = (['getUser', 'signed', 'listUsers', 'nested'] as const).filter((name) => !process.env.BENCH_READS || process.env.BENCH_READS.split(',').includes(name));
  const ratios = Object.fromEntries(names.map((name) => [name, { before: [] as number[], after: [] as number[], afterVsBefore: [] as number[] }]));
  const loads: number[] = [];
  for (let round = 0; round < rounds; round++) {
    const cpu: Record<string, number> = {};
    for (const name of names) {
      const runs: Array<[string, Scenario]> = [
        // The signed getUser is held against getUser's ceiling, measured here when getUser is not picked.
        ...(name !== 'signed'
          ? ([[`ceiling ${name}`, ceiling[name]]] as Array<[string, Scenario]>)
          : names.includes('getUser')
            ? []
            : ([['ceiling getUser', ceiling.getUser]] as Array<[string, Scenario]>)),
        [`before ${name}`, api.before[name]],
        [`after ${name}`, api.after[name]],
      ];
      for (let i = 0; i < runs.length; i++) {
        const [label, scenario] = runs[(i + round) % runs.length]!;
        const figures = await measure(scenario, { durationSeconds: seconds, connections });
        if (figures.failures > 0) throw new Error(`${label}: ${figures.failures} failed`);
        cpu[label] = figures.cpuMsPerRequest;
      }
    }
    loads.push(loadavg()[0]!);
    const line = [`round ${round + 1} (load ${loadavg()[0]!.toFixed(1)})`];
    for (const name of names) {
      const ceilingCpu = cpu[`ceiling ${name === 'signed' ? 'getUser' : name}`]!;
      ratios[name]!.before.push(ceilingCpu / cpu[`before ${name}`]!);
      ratios[name]!.after.push(ceilingCpu / cpu[`after ${name}`]!);
      ratios[name]!.afterVsBefore.push(cpu[`after ${name}`]! / cpu[`before ${name}`]!);
      line.push(`${name} ${cpu[`ceiling ${name === 'signed' ? 'getUser' : name}`]!.toFixed(3)}/${cpu[`before ${name}`]!.toFixed(3)}/${cpu[`after ${name}`]!.toFixed(3)} ms`);
    }
    console.log(line.join('  '));
  }
  const percent = (value: number) => `${(100 * value).toFixed(0)}%`;
  console.log(`\n${rounds} rounds of ${seconds} s, ${connections} connections; load average ${Math.min(...loads).toFixed(1)}–${Math.max(...loads).toFixed(1)}`);
  console.log('read        before vs ceiling  after vs ceiling  after ÷ before CPU (rounds where it fell)');
  for (const name of names) {
    const r = ratios[name]!;
    const fell = r.afterVsBefore.filter((value) => value < 1).length;
    console.log(`${name.padEnd(12)}${percent(median(r.before)).padStart(17)}${percent(median(r.after)).padStart(18)}   ${percent(median(r.afterVsBefore))} (${fell} of ${rounds})`);
  }
} finally {
  for (const server of started) await server.stop();
  await database.drop();
}
