import type { ChildProcess } from 'node:child_process';
import { once } from 'node:events';

/**
 * Stops a child process as a supervisor would: SIGTERM, so that it shuts down gracefully, and SIGKILL if it has not
 * exited `killAfterMs` later. Resolves once it has exited; at once if it already had.
 */
export async function stopChild(child: ChildProcess, killAfterMs = 10_000): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = once(child, 'exit');
  child.kill('SIGTERM');
  const timer = setTimeout(() => child.kill('SIGKILL'), killAfterMs);
  await exited;
  clearTimeout(timer);
}
