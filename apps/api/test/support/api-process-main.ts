// The API in a process of its own, as `gatehouse start` runs it (started by ./api-process.ts): JSON log lines on
// stdout, its URL sent to the parent over IPC once it listens, a graceful shutdown on SIGTERM.
import { exitWhenStopped } from '@gatehouse/child-process';
import { startServer, type ApiConfigOverrides } from '../../src/index';

const databaseUrl = process.env.DATABASE_URL;
if (!databaseUrl) throw new Error('DATABASE_URL is not set');
// Configuration overrides from the test (./api-process.ts), as JSON.
const config = process.env.GATEHOUSE_TEST_API_CONFIG ? (JSON.parse(process.env.GATEHOUSE_TEST_API_CONFIG) as ApiConfigOverrides) : undefined;
const server = await startServer({ databaseUrl, port: 0, host: '127.0.0.1', config });
exitWhenStopped(() => server.close());
process.send!({ url: server.url });
