// The embedded database as a process of its own: `tsx src/serve.ts [--data-dir DIR] [--port N] [--stop-when-stdin-closes]`.
// Prints one JSON line, {"databaseUrl": "..."}, once it accepts connections; SIGTERM or SIGINT stop it cleanly, and so
// does the end of its standard input when asked (spawnEmbeddedPostgres: the parent's death closes that pipe).
import { parseArgs } from 'node:util';
import { exitWhenStopped } from '@gatehouse/child-process';
import { startEmbeddedPostgres } from './embedded-postgres';

const { values } = parseArgs({
  options: { 'data-dir': { type: 'string' }, port: { type: 'string' }, 'stop-when-stdin-closes': { type: 'boolean' } },
});
const port = values.port === undefined ? 0 : Number(values.port);
if (!Number.isInteger(port) || port < 0 || port > 65_535) {
  console.error(`--port must be a port number, not \`${values.port}\``);
  process.exit(2);
}

const server = await startEmbeddedPostgres({ dataDir: values['data-dir'], port }).catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
exitWhenStopped(() => server.stop(), { whenStdinEnds: values['stop-when-stdin-closes'] });
console.log(JSON.stringify({ databaseUrl: server.databaseUrl }));
