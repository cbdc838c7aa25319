import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { createServer } from 'node:net';
import { randomBytes } from 'node:crypto';
import { join } from 'node:path';
import { createTestDatabase, type TestDatabase } from '@gatehouse/db/testing';

jest.setTimeout(180_000);

const bin = join(__dirname, '..', 'bin', 'gatehouse.js');
let database: TestDatabase;
// The same server key for every start, as a real installation keeps it.
const secretKey = randomBytes(32).toString('base64');

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

const { LOG_LEVEL: _runLogLevel, ...withoutLogLevel } = process.env;

/** `gatehouse start` on the test database until `use` is done; then SIGTERM, which must stop it cleanly. */
async function whileStarted(args: string[], use: (output: () => string, ports: { apiPort: number; consolePort: number }) => Promise<void>): Promise<void> {
  const [apiPort, consolePort] = [await freePort(), await freePort()];
  const child = spawn(process.execPath, [bin, 'start', '--api-port', String(apiPort), '--console-port', String(consolePort), ...args], {
    // Without LOG_LEVEL, whatever the test run has: the default is under test.
    env: { ...withoutLogLevel, DATABASE_URL: database.databaseUrl, GATEHOUSE_SECRET_KEY: secretKey },
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
    await use(() => output, { apiPort, consolePort });
  } finally {
    if (child.exitCode === null) child.kill('SIGTERM');
    await exited;
  }
  expect(child.exitCode).toBe(0);
  await expect(fetch(`http://127.0.0.1:${apiPort}/graphql`)).rejects.toThrow();
  await expect(fetch(`http://127.0.0.1:${consolePort}/`)).rejects.toThrow();
}

async function askApi(apiPort: number): Promise<unknown> {
  const api = await fetch(`http://127.0.0.1:${apiPort}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query: '{ __typename }' }),
  });
  return api.json();
}

test('start serves the API and the console, prints the demo sign-ins it seeded, logs no requests, and stops cleanly on SIGTERM', async () => {
  await whileStarted([], async (output, { apiPort, consolePort }) => {
    expect(output()).toContain(`Console:  http://127.0.0.1:${consolePort}`);
    expect(output()).toContain(`API:      http://127.0.0.1:${apiPort}/graphql`);
    expect(output()).toContain('IAM user:     alice / Alice-Production-2026!');
    // The empty database was migrated and seeded before anything was served.
    expect(await database.prisma.account.count()).toBe(2);

    expect(await askApi(apiPort)).toEqual({ data: { __typename: 'Query' } });
    const consolePage = await fetch(`http://127.0.0.1:${consolePort}/`, { redirect: 'manual' });
    // Reachable and not failing; which page the root shows is the console's business.
    expect(consolePage.status).toBeLessThan(500);
    // By default the API logs warnings and errors only: the banner stays the last thing on screen.
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(output()).not.toContain('request completed');
    expect(output().trimEnd().endsWith('Press Ctrl+C to stop.')).toBe(true);
  });
});

test('started again, it repeats no password (they may have changed) but says where to reset them; --verbose logs each request', async () => {
  await whileStarted(['--verbose'], async (output, { apiPort }) => {
    expect(output()).not.toContain('Alice-Production-2026!');
    expect(output()).not.toContain('Production-Root-2026!');
    expect(output()).toContain('Demo accounts seeded earlier: 111122223333 (acme-production), 444455556666 (acme-development).');
    expect(output()).toContain('Manage console access > Reset password');

    await askApi(apiPort);
    const deadline = Date.now() + 5_000;
    while (!output().includes('"msg":"request completed"') && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 100));
    const requestLine = output().split('\n').find((line) => line.includes('"msg":"request completed"'));
    expect(JSON.parse(requestLine!)).toMatchObject({ level: 30, method: 'POST', path: '/graphql', status: 200 });
  });
});

test('a LOG_LEVEL that is not a level is a usage error', async () => {
  const child = spawn(process.execPath, [bin, 'start'], { env: { ...process.env, DATABASE_URL: database.databaseUrl, LOG_LEVEL: 'loud' }, stdio: ['ignore', 'pipe', 'pipe'] });
  let stderr = '';
  child.stderr!.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const [exitCode] = (await once(child, 'exit')) as [number];
  expect(exitCode).toBe(2);
  expect(stderr).toContain('LOG_LEVEL must be one of fatal, error, warn, info, debug, trace, silent, not `loud`');
});
