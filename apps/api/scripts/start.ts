// npm start -w @gatehouse/api: the API alone, against DATABASE_URL, stopping gracefully on SIGINT/SIGTERM.
import { startServer } from '../src/index';

const databaseUrl = process.env.DATABASE_URL;
if (!databaseUrl) {
  console.error('DATABASE_URL is not set');
  process.exit(1);
}
const server = await startServer({
  databaseUrl,
  port: Number(process.env.GATEHOUSE_API_PORT ?? 4000),
  host: process.env.GATEHOUSE_API_HOST ?? '127.0.0.1',
});
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => {
    server.close().then(
      () => process.exit(0),
      () => process.exit(1),
    );
  });
}
