// npm run bench:propagation -w @gatehouse/api: how long after a policy change commits a second API process decides
// with it. Two API processes on one database; the administrator changes `alice`'s policies through the first (attach
// and detach a managed policy, put and delete an inline policy, in turn), while a service polls `authorize` on the
// second, back to back, until its decision flips. The commit is when the bench's own LISTEN connection hears the
// change's notification (PostgreSQL sends it at commit; it reaches the API processes the same way), so the figure is
// the time from the commit plus the notification's delivery to the bench. The times from sending the mutation and
// from its answer are printed beside it. BENCH_CHANGES changes (default 200). Needs DATABASE_URL.
import pg from 'pg';
import { createBenchDatabase } from './bench-database';
import { startChildServer } from './child-server';
import { signRequests } from './signed-requests';

const serverUrl = process.env.DATABASE_URL ?? 'postgresql://postgres@127.0.0.1:5432/postgres';
const changes = Number(process.env.BENCH_CHANGES ?? 200);
/** A decision that has not flipped by then counts as a failure: far beyond any propagation the API should show. */
const giveUpMs = 5_000;

async function call(url: string, cookie: string, query: string, variables: Record<string, unknown> = {}) {
  const response = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', cookie }, body: JSON.stringify({ query, variables }) });
  const setCookie = response.headers.getSetCookie()[0];
  const body = (await response.json()) as { data?: Record<string, any>; errors?: unknown };
  if (!body.data || body.errors) throw new Error(`request failed: ${JSON.stringify(body.errors)}`);
  return { data: body.data, cookie: setCookie?.split(';')[0] ?? cookie };
}

const document = JSON.stringify({ Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: 'orders:GetOrder', Resource: '*' }] });

const database = await createBenchDatabase(serverUrl, { mainUsers: 10, largeUsers: 1 });
const [writer, reader] = await Promise.all([
  startChildServer('./serve-api.ts', { DATABASE_URL: database.databaseUrl }),
  startChildServer('./serve-api.ts', { DATABASE_URL: database.databaseUrl }),
]);
let listener: pg.Client | undefined;
try {
  const writerUrl = `${writer.url}/graphql`;
  const readerUrl = `${reader.url}/graphql`;
  const { main } = database;
  const { cookie } = await call(writerUrl, '', 'mutation ($input: SignInInput!) { signIn(input: $input) { state } }', { input: { email: main.email, password: main.password } });
  const admin = (query: string, variables: Record<string, unknown> = {}) => call(writerUrl, cookie, query, variables);
  await admin('mutation { createUser(input: { userName: "orders-service" }) { userId } }');
  await admin('mutation ($d: String!) { putUserPolicy(input: { userName: "orders-service", policyName: "ask", policyDocument: $d }) { policyName } }', {
    d: JSON.stringify({ Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: 'gatehouse:Authorize', Resource: `arn:aws:gatehouse::${main.accountId}:service/orders` }] }),
  });
  const service = (await admin('mutation { createAccessKey(input: { userName: "orders-service" }) { accessKeyId secretAccessKey } }')).data.createAccessKey;
  const aliceId: string = (await admin('mutation { createUser(input: { userName: "alice" }) { userId } }')).data.createUser.userId;
  // The notifications a change of alice's policies sends (migration add_governing_policy_notifications).
  let committedAt: number | undefined;
  listener = new pg.Client({ connectionString: database.databaseUrl });
  await listener.connect();
  listener.on('notification', ({ payload }) => {
    if (committedAt === undefined && (payload === `UserPolicyAttachment:${aliceId}` || payload === `UserPolicy:${aliceId}`)) committedAt = performance.now();
  });
  await listener.query('LISTEN gatehouse_changes');
  const { createPolicy } = (await admin('mutation ($d: String!) { createPolicy(input: { policyName: "GetOrder", policyDocument: $d }) { arn } }', { d: document })).data;

  const input = { action: 'orders:GetOrder', resource: `arn:aws:orders:us-east-1:${main.accountId}:order/1`, principalArn: `arn:aws:iam::${main.accountId}:user/alice` };
  const signed = await signRequests(readerUrl, service, [JSON.stringify({ query: 'query ($input: AuthorizeInput!) { authorize(input: $input) { decision } }', variables: { input } })]);
  const decide = async (): Promise<string> => {
    const body = signed.body();
    const response = await fetch(readerUrl, { method: 'POST', headers: { 'content-type': 'application/json', ...signed.headersFor(body) }, body });
    return ((await response.json()) as { data: { authorize: { decision: string } } }).data.authorize.decision;
  };

  const steps = [
    { name: 'attach', allowed: true, run: () => admin('mutation ($a: String!) { attachUserPolicy(input: { userName: "alice", policyArn: $a }) { arn } }', { a: createPolicy.arn }) },
    { name: 'detach', allowed: false, run: () => admin('mutation ($a: String!) { detachUserPolicy(input: { userName: "alice", policyArn: $a }) { arn } }', { a: createPolicy.arn }) },
    { name: 'put inline', allowed: true, run: () => admin('mutation ($d: String!) { putUserPolicy(input: { userName: "alice", policyName: "inline", policyDocument: $d }) { policyName } }', { d: document }) },
    { name: 'delete inline', allowed: false, run: () => admin('mutation { deleteUserPolicy(input: { userName: "alice", policyName: "inline" }) }') },
  ];

  const fromCommit: number[] = [];
  const propagation: number[] = [];
  const afterAnswer: number[] = [];
  const mutation: number[] = [];
  let failures = 0;
  if ((await decide()) !== 'implicitDeny') throw new Error('alice starts without permissions');
  const cpuBefore = await Promise.all([writer.cpuMicros(), reader.cpuMicros()]);
  for (let i = 0; i < changes; i++) {
    const step = steps[i % steps.length]!;
    const expected = step.allowed ? 'allowed' : 'implicitDeny';
    committedAt = undefined;
    const sent = performance.now();
    const answered = step.run().then(() => performance.now() - sent);
    let seen: number | undefined;
    while (seen === undefined && performance.now() - sent < giveUpMs) if ((await decide()) === expected) seen = performance.now() - sent;
    const answeredAfter = await answered;
    mutation.push(answeredAfter);
    if (seen === undefined) failures++;
    else {
      propagation.push(seen);
      afterAnswer.push(Math.max(0, seen - answeredAfter));
      // The writer answers only once it heard its own notification: by now the bench has heard it too.
      if (committedAt !== undefined) fromCommit.push(Math.max(0, sent + seen - committedAt));
    }
  }
  const cpuAfter = await Promise.all([writer.cpuMicros(), reader.cpuMicros()]);

  const sorted = (values: number[]) => [...values].sort((a, b) => a - b);
  const at = (values: number[], p: number) => values[Math.min(values.length - 1, Math.floor(p * values.length))] ?? NaN;
  const line = (name: string, values: number[]) => {
    const s = sorted(values);
    return `${name.padEnd(44)}${at(s, 0.5).toFixed(1).padStart(8)} ms${at(s, 0.99).toFixed(1).padStart(8)} ms${(s.at(-1) ?? NaN).toFixed(1).padStart(8)} ms`;
  };
  console.log(`${changes} changes (attach, detach, put inline, delete inline in turn), ${failures} not seen within ${giveUpMs} ms`);
  console.log(`${''.padEnd(44)}${'median'.padStart(11)}${'p99'.padStart(11)}${'max'.padStart(11)}`);
  console.log(line('commit → second process decides with it', fromCommit));
  console.log(line('sent → second process decides with it', propagation));
  console.log(line('answered → second process (0: before)', afterAnswer));
  console.log(line('sent → the mutation answered (commit before)', mutation));
  console.log(`CPU: writer ${((cpuAfter[0] - cpuBefore[0]) / 1e6).toFixed(1)} s, reader ${((cpuAfter[1] - cpuBefore[1]) / 1e6).toFixed(1)} s`);
} finally {
  await listener?.end();
  await Promise.all([writer.stop(), reader.stop()]);
  await database.drop();
}
