// Child process of the benchmark: the API as `gatehouse start` runs it, with logs written (their cost is real) as it
// writes them, through pino's own asynchronous destination (SonicBoom), but to /dev/null; and a user quota large
// enough for the createUser run. Talks to the bench as bench-child.ts says.
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
  logger: createLogger({ destination: pino.destination({ dest: '/dev/null', sync: false }) }),
});
announceBenchChild(server.url, () => server.close());
