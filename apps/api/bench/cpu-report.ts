import { createInterface } from 'node:readline';

/**
 * For the bench's child servers: answers each `cpu` line on stdin with this process's CPU time so far (user +
 * system, microseconds) on stdout. CPU per request depends less than requests per second on what else the machine
 * runs while the bench measures.
 */
export function reportCpuOnRequest(): void {
  createInterface({ input: process.stdin }).on('line', (line) => {
    if (line !== 'cpu') return;
    const { user, system } = process.cpuUsage();
    console.log(String(user + system));
  });
}
