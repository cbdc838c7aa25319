import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createInterface } from 'node:readline';
import { exitWhenStopped } from '@gatehouse/child-process';

/**
 * The child's side of child-server.ts, for every bench server: it stops by running `close`, prints its URL as its
 * first stdout line, then answers each `cpu` line on stdin with its CPU time so far (user + system, microseconds).
 * CPU per request depends less than requests per second on what else the machine runs while the bench measures.
 */
export function announceBenchChild(url: string, close: () => Promise<void>): void {
  exitWhenStopped(close);
  console.log(url);
  createInterface({ input: process.stdin }).on('line', (line) => {
    if (line !== 'cpu') return;
    const { user, system } = process.cpuUsage();
    console.log(String(user + system));
  });
}

/** The same for a bench's own node:http server, on a free loopback port: stopping closes it, then runs `close`. */
export function listenAsBenchChild(server: Server, close: () => Promise<void>): void {
  server.listen(0, '127.0.0.1', () =>
    announceBenchChild(`http://127.0.0.1:${(server.address() as AddressInfo).port}`, async () => {
      await new Promise((closed) => server.close(closed));
      await close();
    }),
  );
}
