/**
 * No user enumeration by timing: how long a refused sign-in takes for a principal that exists (wrong password) and for
 * one that does not (unknown user, unknown account, unknown email), with the account typed as its id and as its
 * alias. Tries are interleaved (one of each scenario per round, in a shuffled order) so that the machine's load drifts
 * over all of them alike, and each comes from an address of its own (`X-Forwarded-For` behind a trusted loopback
 * proxy), so that the throttle admits every one. Wall-clock and CPU time (of this process, which must be the API's
 * too: `process.cpuUsage` covers argon2's worker threads) are taken per try; the figures are medians.
 */
export interface SignInTimingFigures {
  tries: number;
  /** Per scenario: median wall-clock and CPU milliseconds of one refused sign-in. */
  medians: Record<SignInScenario, { wallMs: number; cpuMs: number }>;
  /** Median of the unknown scenario minus the median of the known one it stands beside, in milliseconds. */
  differences: Record<string, { wallMs: number; cpuMs: number }>;
  /** Answers other than AccessDenied (a throttled or failed try would measure something else). */
  unexpectedAnswers: number;
}

export type SignInScenario =
  | 'knownUserById'
  | 'unknownUserById'
  | 'knownUserByAlias'
  | 'unknownUserByAlias'
  | 'unknownAccountId'
  | 'unknownAlias'
  | 'knownRootEmail'
  | 'unknownRootEmail';

export interface SignInTimingTarget {
  graphqlUrl: string;
  accountId: string;
  alias: string;
  userName: string;
  rootEmail: string;
}

/** Each unknown scenario against the known one an attacker would compare it with. */
const comparisons: [string, SignInScenario, SignInScenario][] = [
  ['unknownUserById - knownUserById', 'unknownUserById', 'knownUserById'],
  ['unknownAccountId - knownUserById', 'unknownAccountId', 'knownUserById'],
  ['unknownUserByAlias - knownUserByAlias', 'unknownUserByAlias', 'knownUserByAlias'],
  ['unknownAlias - knownUserByAlias', 'unknownAlias', 'knownUserByAlias'],
  ['knownUserByAlias - knownUserById', 'knownUserByAlias', 'knownUserById'],
  ['unknownRootEmail - knownRootEmail', 'unknownRootEmail', 'knownRootEmail'],
];

const signIn = 'mutation ($input: SignInInput!) { signIn(input: $input) { state } }';
const wrongPassword = 'Wrong!Passw0rd-for-timing';

function inputFor(scenario: SignInScenario, target: SignInTimingTarget): Record<string, string> {
  const password = wrongPassword;
  switch (scenario) {
    case 'knownUserById':
      return { account: target.accountId, userName: target.userName, password };
    case 'unknownUserById':
      return { account: target.accountId, userName: 'nobody-by-this-name', password };
    case 'knownUserByAlias':
      return { account: target.alias, userName: target.userName, password };
    case 'unknownUserByAlias':
      return { account: target.alias, userName: 'nobody-by-this-name', password };
    case 'unknownAccountId':
      // Twelve digits no account has (account ids never start with 0 here).
      return { account: '000000000000', userName: target.userName, password };
    case 'unknownAlias':
      return { account: 'no-account-has-this-alias', userName: target.userName, password };
    case 'knownRootEmail':
      return { email: target.rootEmail, password };
    case 'unknownRootEmail':
      return { email: 'nobody@timing.example.com', password };
  }
}

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
};
const round = (value: number) => Math.round(value * 100) / 100;

export async function measureSignInTiming(target: SignInTimingTarget, tries: number): Promise<SignInTimingFigures> {
  const scenarios = Object.keys({
    knownUserById: 0,
    unknownUserById: 0,
    knownUserByAlias: 0,
    unknownUserByAlias: 0,
    unknownAccountId: 0,
    unknownAlias: 0,
    knownRootEmail: 0,
    unknownRootEmail: 0,
  } satisfies Record<SignInScenario, 0>) as SignInScenario[];
  const wall = new Map<SignInScenario, number[]>(scenarios.map((scenario) => [scenario, []]));
  const cpu = new Map<SignInScenario, number[]>(scenarios.map((scenario) => [scenario, []]));
  let unexpectedAnswers = 0;
  let address = 0;
  for (let round = 0; round < tries; round += 1) {
    for (const scenario of [...scenarios].sort(() => Math.random() - 0.5)) {
      address += 1;
      const body = JSON.stringify({ query: signIn, variables: { input: inputFor(scenario, target) } });
      const headers = { 'content-type': 'application/json', 'x-forwarded-for': `10.${(address >> 16) & 255}.${(address >> 8) & 255}.${address & 255}` };
      const cpuBefore = process.cpuUsage();
      const started = performance.now();
      const response = await fetch(target.graphqlUrl, { method: 'POST', headers, body });
      const answer = (await response.json()) as { errors?: { extensions?: { code?: string } }[] };
      wall.get(scenario)!.push(performance.now() - started);
      const used = process.cpuUsage(cpuBefore);
      cpu.get(scenario)!.push((used.user + used.system) / 1000);
      if (answer.errors?.[0]?.extensions?.code !== 'AccessDenied') unexpectedAnswers += 1;
    }
  }
  const medians = Object.fromEntries(scenarios.map((scenario) => [scenario, { wallMs: round(median(wall.get(scenario)!)), cpuMs: round(median(cpu.get(scenario)!)) }])) as SignInTimingFigures['medians'];
  const differences = Object.fromEntries(
    comparisons.map(([name, unknown, known]) => [name, { wallMs: round(medians[unknown].wallMs - medians[known].wallMs), cpuMs: round(medians[unknown].cpuMs - medians[known].cpuMs) }]),
  );
  return { tries, medians, differences, unexpectedAnswers };
}

/**
 * The principals the scenarios name, in a fresh account: an IAM user with a console password, the account's alias,
 * and the root user's email. `rootCookie` is a signed-in session of that account's root user.
 */
export async function prepareSignInTimingTarget(graphqlUrl: string, rootCookie: string, account: { accountId: string; email: string }): Promise<SignInTimingTarget> {
  const alias = `timing-${account.accountId}`;
  const userName = 'timing-user';
  const calls: [string, Record<string, unknown>][] = [
    ['mutation ($a: String!) { createAccountAlias(input: { accountAlias: $a }) }', { a: alias }],
    ['mutation ($u: String!) { createUser(input: { userName: $u }) { arn } }', { u: userName }],
    ['mutation ($u: String!) { createLoginProfile(input: { userName: $u, password: "Str0ng!Passw0rd-timing" }) { userName } }', { u: userName }],
  ];
  for (const [query, variables] of calls) {
    const response = await fetch(graphqlUrl, { method: 'POST', headers: { 'content-type': 'application/json', cookie: rootCookie }, body: JSON.stringify({ query, variables }) });
    const body = (await response.json()) as { errors?: unknown };
    if (body.errors) throw new Error(`timing setup failed: ${JSON.stringify(body.errors)}`);
  }
  return { graphqlUrl, accountId: account.accountId, alias, userName, rootEmail: account.email };
}
