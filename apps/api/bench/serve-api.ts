// Child process of the benchmark: the API as `gatehouse start` runs it, with logs written (their cost is real) but
// discarded, and a user quota large enough for the createUser run. Talks to the bench as bench-child.ts says.
// Its log level is `gatehouse start`'s (warn: no line per request unless started with --verbose); BENCH_LOG_LEVEL=info
// measures the API with a completion line per request, as `gatehouse start --verbose` runs it.
import { pino } from 'pino';
import { startServer } from '../src/index';
import { createLogger } from '../src/logger';
import { announceBenchChild } from './bench-child';

const databaseUrl = process.env.DATABASE_URL;
if (!databaseUrl) throw new Error('DATABASE_URL is not set');
const server = await startServer({
  databaseUrl,
  port: 0,
  host: '127.0.0.1',
  config: { quotas: { usersPerAccount: 1_000_000 } },
  // What pino writes stdout with when given no stream, as under `gatehouse start` (asynchronous sonic-boom), here on
  // /dev/null: stdout is the bench's channel. A Node fs.WriteStream would cost more per line than that.
  logger: createLogger({ level: process.env.BENCH_LOG_LEVEL ?? 'warn', destination: pino.destination({ dest: '/dev/null', sync: false }) }),
});
announceBenchChild(server.url, () => server.close());
