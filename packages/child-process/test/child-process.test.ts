import { fork } from 'node:child_process';
import { once } from 'node:events';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { forkUntilReady, stopChild } from '../src';

const fixture = (name: string) => join(__dirname, 'fixtures', `${name}.ts`);

it('resolves with the first message the process sends, hands on its stdout lines, and stops it with SIGTERM', async () => {
  const lines: string[] = [];
  const started = await forkUntilReady<{ url: string }>(fixture('ready'), { name: 'the fixture', timeoutMs: 30_000, onStdoutLine: (line) => lines.push(line) });
  expect(started.ready).toEqual({ url: 'http://127.0.0.1:1' });
  expect(started.child.exitCode).toBeNull();
  await started.stop();
  expect(started.child.exitCode).toBe(0);
  expect(lines).toEqual(['listening', 'closed']);
});

it('lets a stopped child close before it exits, with 1 when closing fails, and stops it when its stdin ends', async () => {
  const failing = await forkUntilReady(fixture('ready'), { name: 'the fixture', env: { ...process.env, FAIL_TO_CLOSE: '1' }, timeoutMs: 30_000 });
  await failing.stop();
  expect(failing.child.exitCode).toBe(1);

  const orphan = fork(fixture('ready'), [], {
    execArgv: ['--import', 'tsx'],
    env: { ...process.env, STOP_WHEN_STDIN_ENDS: '1' },
    stdio: ['pipe', 'pipe', 'inherit', 'ipc'],
  });
  const lines = createInterface({ input: orphan.stdout! })[Symbol.asyncIterator]();
  expect((await lines.next()).value).toBe('listening');
  orphan.stdin!.end();
  expect((await lines.next()).value).toBe('closed');
  await once(orphan, 'exit');
  expect(orphan.exitCode).toBe(0);
});

it('rejects with the exit code and the output of a process that exits while starting', async () => {
  await expect(forkUntilReady(fixture('crashes'), { name: 'the fixture', timeoutMs: 30_000 })).rejects.toThrow(
    /^the fixture exited with code 3 while starting\ncannot connect to the database/,
  );
});

it('rejects when the process says nothing in time, and kills it', async () => {
  let pid = 0;
  const onStdoutLine = (line: string) => (pid = Number(/^started (\d+)$/.exec(line)?.[1] ?? pid));
  const error = await forkUntilReady(fixture('stubborn'), { name: 'the fixture', timeoutMs: 3_000, onStdoutLine }).then(
    () => new Error('it resolved'),
    (caught: Error) => caught,
  );
  expect(error.message).toMatch(/^the fixture did not start within 3 s\nstarted \d+/);
  expect(pid).toBeGreaterThan(0);
  expect(() => process.kill(pid, 0)).toThrow(expect.objectContaining({ code: 'ESRCH' }));
});

it('kills a process that ignores SIGTERM once the grace period is over', async () => {
  const child = fork(fixture('stubborn'), [], { execArgv: ['--import', 'tsx'], stdio: ['ignore', 'pipe', 'inherit', 'ipc'] });
  await once(child.stdout!, 'data');
  await stopChild(child, 500);
  expect(child.signalCode).toBe('SIGKILL');
});

it('returns at once for a process that has already exited', async () => {
  const child = fork(fixture('crashes'), [], { execArgv: ['--import', 'tsx'], stdio: ['ignore', 'ignore', 'ignore', 'ipc'] });
  await once(child, 'exit');
  await stopChild(child);
  expect(child.exitCode).toBe(3);
});
