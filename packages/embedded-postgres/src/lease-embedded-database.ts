import { once } from 'node:events';
import { connect } from 'node:net';
import { createInterface } from 'node:readline';

/** The environment variable through which a test run names its pool of embedded databases (src/serve-pool.ts). */
export const EMBEDDED_POOL_ENV = 'GATEHOUSE_EMBEDDED_POOL';

export interface EmbeddedDatabaseLease {
  databaseUrl: string;
  /** Gives the database back; the pool disconnects its clients and empties it for the next lease. */
  release(): Promise<void>;
}

/** Leases an empty embedded database from the pool at `poolAddress` ("host:port"), held while the connection is open. */
export async function leaseEmbeddedDatabase(poolAddress: string): Promise<EmbeddedDatabaseLease> {
  const separator = poolAddress.lastIndexOf(':');
  const socket = connect({ host: poolAddress.slice(0, separator), port: Number(poolAddress.slice(separator + 1)) });
  let failure: Error | undefined;
  socket.on('error', (error) => {
    failure = error;
  });
  const closed = once(socket, 'close');
  const lines = createInterface({ input: socket });
  try {
    const [line] = (await Promise.race([
      once(lines, 'line'),
      closed.then(() => {
        throw new Error(`the embedded database pool at ${poolAddress} did not lease a database: ${failure?.message ?? 'connection closed'}`);
      }),
    ])) as [string];
    const answer = JSON.parse(line) as { databaseUrl?: string; error?: string };
    if (!answer.databaseUrl) throw new Error(`the embedded database pool could not lease a database: ${answer.error}`);
    lines.close();
    // Read on, so that the pool's end of the connection is seen and `close` comes.
    socket.resume();
    return {
      databaseUrl: answer.databaseUrl,
      async release() {
        socket.end();
        await closed;
      },
    };
  } catch (error) {
    socket.destroy();
    throw error;
  }
}
