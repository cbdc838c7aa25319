// npm run bench:authorize-decision -w @gatehouse/api: the CPU of one `authorize` decision on signed evidence, in
// process, without HTTP or GraphQL: `authorizeRequests` (what the resolver calls) for batches of 30 distinct requests
// that `alice` signed with the AWS SDK's signer for service `orders`, caches warm, allows audited at the configured
// sample rate (GATEHOUSE_AUTHORIZE_ALLOW_SAMPLE_RATE, default 1%). Then its parts, each on its own: the evidence's
// authentication (SigV4 verification with its key's lookup), `authorize` (governing policies, request context,
// evaluation) and the evaluation alone. Prints CPU µs per decision (best of BENCH_ROUNDS). An API process on
// BENCH_PORT (default: a free port) makes the users, policies and keys, and stops before anything is measured.
// BENCH_CPU_PROFILE=FILE.cpuprofile writes a CPU profile of the whole decisions' rounds. Needs DATABASE_URL.
import { IncomingMessage, ServerResponse } from 'node:http';
import { Socket } from 'node:net';
import { randomBytes } from 'node:crypto';
import { writeFileSync } from 'node:fs';
import { Session } from 'node:inspector/promises';
import { SecretBox } from '@gatehouse/credentials';
import { ChangeNotifications, createPrismaClient } from '@gatehouse/db';
import { evaluate } from '@gatehouse/evaluator';
import { authenticate } from '../src/auth/authenticate';
import { createCredentialCache } from '../src/auth/credential-cache';
import { SignatureFailureThrottle } from '../src/auth/signature-failure-throttle';
import { authorize } from '../src/authz/authorize';
import { resolveApiConfig } from '../src/config';
import type { RequestContext } from '../src/context';
import { startServer } from '../src/index';
import { createLogger } from '../src/logger';
import { authorizeRequests, signedEvidenceMaxAgeMs } from '../src/modules/authorize/authorize.service';
import { ServiceCatalog } from '../src/modules/catalog/service-catalog';
import { Loaders } from '../src/modules/loaders';
import { IssuerKeyCache } from '../src/modules/sts/web-identity/issuer-keys';
import { governedPrincipal, type Caller } from '../src/principals/caller';
import { GoverningPolicyCache } from '../src/principals/governing-policy-cache';
import { requestContext } from '../src/principals/request-context';
import { call, evidence, userWithKey } from './authorize-fixtures';
import { createBenchDatabase } from './bench-database';

const serverUrl = process.env.DATABASE_URL ?? 'postgresql://postgres@127.0.0.1:5432/postgres';
const rounds = Number(process.env.BENCH_ROUNDS ?? 5);
const decisionsPerRound = Number(process.env.BENCH_DECISIONS ?? 30_000);
const batchSize = 30;
const distinctRequests = 1_500;

/** CPU µs per unit of `run`, best of `rounds` (each `units` long): the least disturbed by other work on the machine. */
async function cpuMicrosPer(units: number, run: () => Promise<void>): Promise<number> {
  let best = Infinity;
  for (let round = 0; round < rounds; round++) {
    const start = process.cpuUsage();
    await run();
    const used = process.cpuUsage(start);
    best = Math.min(best, (used.user + used.system) / units);
  }
  return best;
}

const database = await createBenchDatabase(serverUrl, { mainUsers: 10, largeUsers: 1 });
const secretBox = new SecretBox(randomBytes(32));
const logger = createLogger({ level: 'warn' });
let notifications: ChangeNotifications | undefined;
const config = resolveApiConfig();
const prisma = createPrismaClient(database.databaseUrl, config.database);
try {
  const { main } = database;
  const setup = await startServer({ databaseUrl: database.databaseUrl, port: Number(process.env.BENCH_PORT ?? 0), host: '127.0.0.1', secretBox, logger });
  const graphqlUrl = `${setup.url}/graphql`;
  const { cookie } = await call(graphqlUrl, '', 'mutation ($input: SignInInput!) { signIn(input: $input) { state } }', { input: { email: main.email, password: main.password } });
  const service = await userWithKey(graphqlUrl, cookie, 'orders-service', { Effect: 'Allow', Action: 'gatehouse:Authorize', Resource: `arn:aws:gatehouse::${main.accountId}:service/orders` });
  const alice = await userWithKey(graphqlUrl, cookie, 'alice', { Effect: 'Allow', Action: 'orders:GetOrder', Resource: '*' });
  await setup.close();

  notifications = await ChangeNotifications.start(database.databaseUrl, (error) => logger.warn({ err: error }, 'change notifications interrupted'));
  const asker: Caller = {
    kind: 'user',
    principalArn: `arn:aws:iam::${main.accountId}:user/orders-service`,
    userId: service.userId,
    userName: 'orders-service',
    accountId: main.accountId,
    accessKeyId: service.accessKeyId,
  };
  // The context the GraphQL endpoint builds for the asking service's call (context.ts), its caches shared by every call.
  const governingPolicies = new GoverningPolicyCache(prisma, notifications);
  const credentials = createCredentialCache(notifications);
  const shared = {
    prisma,
    notifications,
    config,
    secretBox,
    governingPolicies,
    serviceCatalog: new ServiceCatalog(prisma, notifications),
    issuerKeys: new IssuerKeyCache(config.oidc),
    credentials,
    signatureFailures: new SignatureFailureThrottle(),
  };
  const request = { method: 'POST', url: '/graphql', headers: {}, rawBody: Buffer.alloc(0), ip: '127.0.0.1', secure: false };
  const response = new ServerResponse(new IncomingMessage(new Socket()));
  const callContext = (sampleRate = config.authorize.allowSampleRate): RequestContext => ({
    ...shared,
    config: { ...config, authorize: { allowSampleRate: sampleRate } },
    requestId: 'bench',
    protocol: 'graphql',
    logger,
    caller: asker,
    selection: { fields: new Set(['AuthorizationDecision.decision']) },
    loaders: new Loaders({ prisma, accountId: () => asker.accountId, selects: () => false }),
    sourceIp: request.ip,
    userAgent: 'bench',
    operationResults: new Map(),
    req: request,
    res: response,
  });

  const inputs = await evidence(main.accountId, alice, distinctRequests);
  const batches = Array.from({ length: inputs.length / batchSize }, (_, i) => inputs.slice(i * batchSize, (i + 1) * batchSize));
  const decideAll = async (decisions: number, sampleRate?: number) => {
    for (let done = 0; done < decisions; done += batchSize) {
      const answers = await authorizeRequests(callContext(sampleRate), asker, batches[(done / batchSize) % batches.length]!, 'inputs');
      if (answers.some((answer) => answer.decision !== 'allowed')) throw new Error(`not allowed: ${JSON.stringify(answers)}`);
    }
  };
  // Warm: the caches fill (key, signing key, governing policies) and the JIT settles.
  await decideAll(6_000);
  const profiler = process.env.BENCH_CPU_PROFILE ? new Session() : undefined;
  if (profiler) {
    profiler.connect();
    await profiler.post('Profiler.enable');
    await profiler.post('Profiler.start');
  }
  const whole = await cpuMicrosPer(decisionsPerRound, () => decideAll(decisionsPerRound));
  if (profiler) writeFileSync(process.env.BENCH_CPU_PROFILE!, JSON.stringify((await profiler.post('Profiler.stop')).profile));
  const unaudited = await cpuMicrosPer(decisionsPerRound, () => decideAll(decisionsPerRound, 0));

  // The parts, each as authorizeRequests runs it (signer → authenticate; authorize), over the same requests.
  const ctx = callContext();
  const evidenceRequests = inputs.map(({ signedRequest }) => ({
    method: signedRequest.method,
    url: new URL(signedRequest.url).pathname,
    headers: Object.fromEntries(signedRequest.headers.map(({ name, value }) => [name.toLowerCase(), value])),
    rawBody: Buffer.alloc(0),
    ip: '127.0.0.1',
    forwardedBy: asker.principalArn,
    secure: true,
  }));
  const signingScope = { service: 'orders', maxAgeMs: signedEvidenceMaxAgeMs };
  const authentication = await cpuMicrosPer(decisionsPerRound, async () => {
    for (let i = 0; i < decisionsPerRound; i++) await authenticate(evidenceRequests[i % evidenceRequests.length]!, ctx, { sessionCookie: false, signingScope });
  });
  const signer = await authenticate(evidenceRequests[0]!, ctx, { sessionCookie: false, signingScope });
  if (!signer) throw new Error('evidence not authenticated');
  const query = (i: number) => ({ action: 'orders:GetOrder', resourceArn: inputs[i % inputs.length]!.resource, context: {} });
  const authorization = await cpuMicrosPer(decisionsPerRound, async () => {
    for (let i = 0; i < decisionsPerRound; i++) await authorize(governingPolicies, signer, { secureTransport: true, now: new Date() }, query(i));
  });
  const stored = await governingPolicies.get(governedPrincipal(signer)!);
  const evaluation = await cpuMicrosPer(decisionsPerRound, async () => {
    for (let i = 0; i < decisionsPerRound; i++) {
      evaluate({
        principal: signer.principalArn,
        action: 'orders:GetOrder',
        resource: inputs[i % inputs.length]!.resource,
        resourceAccount: signer.accountId,
        context: requestContext(signer, { secureTransport: true, now: new Date() }, stored, {}),
        identityPolicies: stored?.evaluatedIdentityPolicies ?? [],
      });
    }
  });

  const line = (name: string, micros: number) => console.log(`${name.padEnd(64)}${micros.toFixed(1).padStart(8)} µs`);
  console.log(`CPU per decision, best of ${rounds} rounds of ${decisionsPerRound} (batches of ${batchSize}, ${distinctRequests} distinct signed requests)`);
  line(`authorizeRequests, whole decision (allows audited at ${config.authorize.allowSampleRate * 100}%)`, whole);
  line('  audit of the sampled allows (against no allow audited)', Math.max(0, whole - unaudited));
  line('  evidence: authenticate (SigV4 verification, key lookup)', authentication);
  line('  authorize (governing policies, request context, evaluation)', authorization);
  line('    of which evaluation (evaluate, with its request context)', evaluation);
  line('  the rest (input checks, evidence request, batch)', Math.max(0, unaudited - authentication - authorization));
  console.log(`→ ${(1e6 / whole).toFixed(0)} decisions per CPU-second`);
} finally {
  await notifications?.close();
  await prisma.$disconnect();
  await database.drop();
}
