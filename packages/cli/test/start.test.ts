import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { createServer } from 'node:net';
import { randomBytes } from 'node:crypto';
import { join } from 'node:path';
import { createTestDatabase, type TestDatabase } from '@gatehouse/db/testing';

jest.setTimeout(180_000);

const bin = join(__dirname, '..', 'bin', 'gatehouse.js');
let database: TestDatabase;

beforeAll(async () => {
  database = await createTestDatabase();
});

afterAll(() => database.drop());

async function freePort(): Promise<number> {
  const server = createServer().listen(0, '127.0.0.1');
  await once(server, 'listening');
  const { port } = server.address() as { port: number };
  server.close();
  await once(server, 'close');
  return port;
}

test('start serves the API and the console, prints the demo sign-ins, and stops cleanly on SIGTERM', async () => {
  const [apiPort, consolePort] = [await freePort(), await freePort()];
  const child = spawn(process.execPath, [bin, 'start', '--api-port', String(apiPort), '--console-port', String(consolePort)], {
    env: { ...process.env, DATABASE_URL: database.databaseUrl, GATEHOUSE_SECRET_KEY: randomBytes(32).toString('base64') },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  let output = '';
  child.stdout!.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const exited = once(child, 'exit');
  try {
    while (!output.includes('Press Ctrl+C to stop.')) {
      if (child.exitCode !== null) throw new Error(`start exited early with ${child.exitCode}:\n${output}`);
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
    expect(output).toContain(`Console:  http://127.0.0.1:${consolePort}`);
    expect(output).toContain(`API:      http://127.0.0.1:${apiPort}/graphql`);
    expect(output).toContain('IAM user:     alice / Alice-Production-2026!');
    // The empty database was migrated and seeded before anything was served.
    expect(await database.prisma.account.count()).toBe(2);

    const api = await fetch(`http://127.0.0.1:${apiPort}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ __typename }' }),
    });
    expect(await api.json()).toEqual({ data: { __typename: 'Query' } });
    const consolePage = await fetch(`http://127.0.0.1:${consolePort}/`, { redirect: 'manual' });
    // Reachable and not failing; which page the root shows is the console's business.
    expect(consolePage.status).toBeLessThan(500);
  } finally {
    if (child.exitCode === null) child.kill('SIGTERM');
    await exited;
  }
  expect(child.exitCode).toBe(0);
  await expect(fetch(`http://127.0.0.1:${apiPort}/graphql`)).rejects.toThrow();
  await expect(fetch(`http://127.0.0.1:${consolePort}/`)).rejects.toThrow();
});
