// npm run timing:sign-in -w @gatehouse/api: the median time of a refused sign-in for principals that exist (wrong
// password) and that do not, 200 tries each (SIGN_IN_TIMING_TRIES), interleaved, against an API in this process on a
// database of its own (DATABASE_URL: a server it may create one on). Prints wall-clock and CPU medians and the
// differences an attacker would look at (issue #17's target: < 5 ms), with the load average.
import { loadavg } from 'node:os';
import { createTestDatabase } from '@gatehouse/db/testing';
import { createRootAccount } from '../test/support/test-api';
import { rootSessionCookie } from '../test/reliability/load-client';
import { measureSignInTiming, prepareSignInTimingTarget } from '../test/reliability/sign-in-timing';
import { createLogger } from '../src/logger';
import { startServer } from '../src/index';

const tries = Number(process.env.SIGN_IN_TIMING_TRIES ?? 200);
const database = await createTestDatabase();
const server = await startServer({
  databaseUrl: database.databaseUrl,
  port: 0,
  host: '127.0.0.1',
  config: { http: { trustProxy: 'loopback' } },
  logger: createLogger({ level: 'error' }),
});
try {
  const graphqlUrl = `${server.url}/graphql`;
  const root = await createRootAccount(database.prisma);
  const target = await prepareSignInTimingTarget(graphqlUrl, await rootSessionCookie(graphqlUrl, root.email, root.password), root);
  const loadBefore = loadavg()[0];
  const figures = await measureSignInTiming(target, tries);
  console.log(JSON.stringify({ ...figures, loadAverage1m: { before: loadBefore, after: loadavg()[0] } }, null, 2));
} finally {
  await server.close();
  await database.drop();
}
