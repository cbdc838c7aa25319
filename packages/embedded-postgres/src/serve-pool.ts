// The pool of embedded test databases as a process of its own: `tsx src/serve-pool.ts [--stop-when-stdin-closes]`.
// Prints one JSON line, {"poolAddress": "127.0.0.1:PORT"}, once it listens. Every TCP connection to that address is one
// lease: the pool answers with a JSON line, {"databaseUrl": "..."} (or {"error": "..."}), and takes the database back,
// emptied, when the connection closes, so a test process that dies gives its databases back too.
import { createServer, type Socket } from 'node:net';
import { parseArgs } from 'node:util';
import { exitWhenStopped } from '@gatehouse/child-process';
import { EmbeddedDatabasePool } from './database-pool';

const { values } = parseArgs({ options: { 'stop-when-stdin-closes': { type: 'boolean' } } });

const host = '127.0.0.1';
const pool = new EmbeddedDatabasePool(host);

function serveLease(socket: Socket): void {
  let closed = false;
  const leased = pool.lease();
  socket.on('error', () => undefined);
  socket.once('close', () => {
    closed = true;
    leased.then((lease) => lease.release()).catch(() => undefined);
  });
  leased.then(
    (lease) => {
      if (!closed) socket.write(`${JSON.stringify({ databaseUrl: lease.databaseUrl })}\n`);
    },
    (error: unknown) => {
      if (!closed) socket.end(`${JSON.stringify({ error: error instanceof Error ? error.message : String(error) })}\n`);
    },
  );
}

const server = createServer(serveLease);
exitWhenStopped(
  () => {
    server.close();
    return pool.close();
  },
  { whenStdinEnds: values['stop-when-stdin-closes'] },
);
server.listen(0, host, () => {
  const address = server.address();
  if (address === null || typeof address === 'string') throw new Error('the pool should listen on a TCP port');
  console.log(JSON.stringify({ poolAddress: `${host}:${address.port}` }));
});
