// The API in a process of its own, as `gatehouse start` runs it (started by ./api-process.ts): JSON log lines on
// stdout, its URL sent to the parent over IPC once it listens, a graceful shutdown on SIGTERM.
import { exitWhenStopped } from '@gatehouse/child-process';
import { startServer } from '../../src/index';

const databaseUrl = process.env.DATABASE_URL;
if (!databaseUrl) throw new Error('DATABASE_URL is not set');
const server = await startServer({ databaseUrl, port: 0, host: '127.0.0.1' });
exitWhenStopped(() => server.close());
process.send!({ url: server.url });
