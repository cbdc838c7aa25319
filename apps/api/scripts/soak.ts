// `npm run soak` (root) / `npm run soak -w @gatehouse/api`: the reliability suite's long form (apps/api/test/reliability
// holds the scenarios and their bounded forms, which `npm test` runs). Everything runs on a throwaway PostgreSQL
// cluster of its own (initdb/pg_ctl in a temp dir), never on DATABASE_URL's server. Prints the figures that
// docs/reliability.md records. SOAK_SCALE=0.1 shortens every phase for a quick look.
import fc from 'fast-check';
import { createPrismaClient } from '@gatehouse/db';
import { startServer } from '../src/index';
import { createLogger } from '../src/logger';
import { SignedJsonClient } from '../test/json-protocol/signed-json-client';
import { startApiProcess } from '../test/support/api-process';
import { createRootAccount } from '../test/support/test-api';
import { credentialPropagation } from '../test/reliability/credential-propagation';
import { databaseRestartUnderLoad } from '../test/reliability/database-restart';
import { flood } from '../test/reliability/flood';
import {
  authorizeJsonProperty,
  authorizeProperty,
  cookieProperty,
  graphqlArgumentsProperty,
  policyDocumentProperty,
  queryProtocolProperty,
  sigV4Property,
  webIdentityFuzzTarget,
  webIdentityProperty,
  writesOnFailure,
  type HttpFuzzTarget,
} from '../test/reliability/fuzz';
import { measureSignInTiming, prepareSignInTimingTarget } from '../test/reliability/sign-in-timing';
import { OidcTestIssuer } from '../src/testing/oidc-test-issuer';
import { call, rootSessionCookie, sleep } from '../test/reliability/load-client';
import { startThrowawayPostgres } from '../test/reliability/throwaway-postgres';
import { accountWrites, runWriteLoad } from '../test/reliability/write-load';

const scale = Number(process.env.SOAK_SCALE ?? 1);
const seconds = (s: number) => Math.max(500, Math.round(s * 1000 * scale));
const runs = (n: number) => Math.max(100, Math.round(n * scale));
const silent = createLogger({ level: 'silent' });
// SOAK_PHASES=flood,fuzz runs only those phases (restart, kill, fuzz, timing, flood, credentials); all by default.
const phases = process.env.SOAK_PHASES?.split(',').map((phase) => phase.trim());
const runsPhase = (phase: string) => !phases || phases.includes(phase);
const report = (phase: string, figures: unknown) => console.log(`\n## ${phase}\n${JSON.stringify(figures, null, 2)}`);

console.log(`soak at scale ${scale}, ${new Date().toISOString()}`);

for (let cycle = 1; cycle <= 2 && runsPhase('restart'); cycle++) {
  const started = performance.now();
  const figures = await databaseRestartUnderLoad({ onLogLine: () => undefined, concurrency: 24, warmupMs: seconds(10), downMs: seconds(3), afterMs: seconds(10), deadlineMs: 30_000 });
  report(`database restart under write load, cycle ${cycle} (24 concurrent writers)`, { ...figures, seconds: Math.round((performance.now() - started) / 1000) });
}

const postgres = await startThrowawayPostgres();
try {
  // SIGKILL of one of two API processes mid-write.
  if (runsPhase('kill')) {
    const databaseUrl = await postgres.createDatabase('kill');
    const prisma = createPrismaClient(databaseUrl);
    const quiet = () => undefined;
    const [killed, survivor] = await Promise.all([startApiProcess(databaseUrl, { onLogLine: quiet }), startApiProcess(databaseUrl, { onLogLine: quiet })]);
    const root = await createRootAccount(prisma);
    const cookie = await rootSessionCookie(`${killed.url}/graphql`, root.email, root.password);
    let running = true;
    const onKilled = runWriteLoad({ graphqlUrl: () => `${killed.url}/graphql`, cookie, concurrency: 12, running: () => running, deadlineMs: 30_000, prefix: 'killed-' });
    const onSurvivor = runWriteLoad({ graphqlUrl: () => `${survivor.url}/graphql`, cookie, concurrency: 6, running: () => running, deadlineMs: 30_000, prefix: 'survivor-' });
    await sleep(seconds(8));
    await killed.kill();
    await sleep(seconds(4));
    const restartStarted = performance.now();
    const restarted = await startApiProcess(databaseUrl, { onLogLine: quiet });
    const restartMs = performance.now() - restartStarted;
    const restartedAnswers = (await call(`${restarted.url}/graphql`, '{ listUsers(first: 1) { totalCount } }', {}, { cookie })).status;
    running = false;
    const [killedLoad, survivorLoad] = await Promise.all([onKilled, onSurvivor]);
    const strip = ({ acks: _acks, ...load }: typeof killedLoad) => load;
    report('API process SIGKILLed mid-write, a second one serving, then restarted', {
      killedProcess: { ...strip(killedLoad), ...(await accountWrites(prisma, root.accountId, killedLoad, 'killed-')) },
      survivingProcess: { ...strip(survivorLoad), ...(await accountWrites(prisma, root.accountId, survivorLoad, 'survivor-')) },
      restartMs: Math.round(restartMs),
      restartedAnswers,
    });
    await Promise.all([survivor.stop(), restarted.stop()]);
    await prisma.$disconnect();
  }

  // Fuzzing: 100,000 cases and more. The policy documents first, in this process alone: that phase keeps the event
  // loop busy for a minute, which would leave the HTTP phase's first calls on connections the server closed meanwhile.
  if (runsPhase('fuzz')) {
    const failures: string[] = [];
    const check = async (name: string, property: () => Promise<unknown> | unknown) => {
      try {
        await property();
      } catch (error) {
        failures.push(`${name}: ${String(error).slice(0, 2000)}`);
      }
    };
    const policyFigures = { cases: 0, http: 0, fiveXX: 0, unanswered: 0, uncoded: 0 };
    const started = performance.now();
    await check('policy documents', () => fc.assert(policyDocumentProperty(policyFigures), { numRuns: runs(80_000) }));
    const databaseUrl = await postgres.createDatabase('fuzz');
    const prisma = createPrismaClient(databaseUrl);
    const issuer = await OidcTestIssuer.start({ protocol: 'http' });
    const server = await startServer({ databaseUrl, port: 0, host: '127.0.0.1', config: { oidc: { allowInsecureLoopback: true } }, logger: silent });
    const root = await createRootAccount(prisma);
    const graphqlUrl = `${server.url}/graphql`;
    const cookie = await rootSessionCookie(graphqlUrl, root.email, root.password);
    const asRoot = { data: async (query: string, variables?: Record<string, unknown>) => (await call(graphqlUrl, query, variables, { cookie })).data };
    const fuzzTargetArn = (await asRoot.data('mutation { createUser(input: { userName: "fuzz-target" }) { arn } }'))!.createUser.arn as string;
    const identity = await webIdentityFuzzTarget(asRoot, issuer);
    const target: HttpFuzzTarget = { graphqlUrl, cookie, figures: { cases: 0, http: 0, fiveXX: 0, unanswered: 0, uncoded: 0 }, failedRequestIds: [] };
    await check('GraphQL arguments', () => fc.assert(graphqlArgumentsProperty(target), { numRuns: runs(10_000) }));
    await check('SigV4 headers', () => fc.assert(sigV4Property(target), { numRuns: runs(4_000) }));
    await check('cookies', () => fc.assert(cookieProperty(target), { numRuns: runs(4_000) }));
    await check('authorize', () => fc.assert(authorizeProperty(target, fuzzTargetArn), { numRuns: runs(3_000) }));
    const rootKey = (await asRoot.data('mutation { createAccessKey { accessKeyId secretAccessKey } }'))!.createAccessKey;
    const rootJson = new SignedJsonClient(server.url, rootKey, { recordSecrets: false });
    await check('authorize over the JSON protocol', () => fc.assert(authorizeJsonProperty(target, rootJson, fuzzTargetArn), { numRuns: runs(2_000) }));
    await check('AssumeRoleWithWebIdentity', () => fc.assert(webIdentityProperty(target, identity), { numRuns: runs(2_000) }));
    await check('Query protocol', () => fc.assert(queryProtocolProperty(target), { numRuns: runs(4_000) }));
    const healthz = (await fetch(`${server.url}/healthz`)).status;
    report('fuzzing (fast-check)', {
      cases: policyFigures.cases + target.figures.cases,
      policyDocumentCases: policyFigures.cases,
      httpCases: target.figures.http,
      fiveXX: target.figures.fiveXX,
      unanswered: target.figures.unanswered,
      uncodedErrors: target.figures.uncoded,
      failedRequests: target.failedRequestIds.length,
      changesLeftByFailedRequests: await writesOnFailure(prisma, target.failedRequestIds),
      healthzAfter: healthz,
      propertyFailures: failures,
      seconds: Math.round((performance.now() - started) / 1000),
    });
    await server.close();
    await issuer.stop();
    await prisma.$disconnect();
  }

  // No user enumeration by timing: refused sign-ins for principals that exist and that do not, 200 tries each.
  if (runsPhase('timing')) {
    const databaseUrl = await postgres.createDatabase('timing');
    const prisma = createPrismaClient(databaseUrl);
    const server = await startServer({ databaseUrl, port: 0, host: '127.0.0.1', config: { http: { trustProxy: 'loopback' } }, logger: silent });
    const root = await createRootAccount(prisma);
    const graphqlUrl = `${server.url}/graphql`;
    const target = await prepareSignInTimingTarget(graphqlUrl, await rootSessionCookie(graphqlUrl, root.email, root.password), root);
    report('sign-in timing: unknown principals against wrong passwords (medians)', await measureSignInTiming(target, runs(200)));
    await server.close();
    await prisma.$disconnect();
  }

  // Flood: 500 connections for 30 s on reads and sign-in.
  if (runsPhase('flood')) {
    const databaseUrl = await postgres.createDatabase('flood');
    const prisma = createPrismaClient(databaseUrl);
    const api = await startApiProcess(databaseUrl, { onLogLine: () => undefined });
    const root = await createRootAccount(prisma);
    const cookie = await rootSessionCookie(`${api.url}/graphql`, root.email, root.password);
    report('flood: 500 connections, reads and sign-ins (10% of connections)', await flood({ api, cookie, connections: 500, durationMs: seconds(30), signInShare: 0.1 }));
    await api.stop();
    await prisma.$disconnect();
  }

  // Credential propagation: a key deactivated through one of two API processes, asked of the other until refused.
  if (runsPhase('credentials')) {
    const databaseUrl = await postgres.createDatabase('credentials');
    const prisma = createPrismaClient(databaseUrl);
    const quiet = () => undefined;
    const [writer, other] = await Promise.all([startApiProcess(databaseUrl, { onLogLine: quiet }), startApiProcess(databaseUrl, { onLogLine: quiet })]);
    const root = await createRootAccount(prisma);
    const cookie = await rootSessionCookie(`${writer.url}/graphql`, root.email, root.password);
    const changes = Math.max(20, Math.round(500 * scale));
    report(`credential propagation between two API processes (${changes} deactivations)`, await credentialPropagation({ writerUrl: writer.url, otherUrl: other.url, cookie, changes }));
    await Promise.all([writer.stop(), other.stop()]);
    await prisma.$disconnect();
  }
} finally {
  await postgres.destroy();
}
console.log(`\nsoak done, ${new Date().toISOString()}`);
