// npx tsx bench/memory-split.ts <dist> [<dist>…]: how much of a varied-workload decision (compiled) is computation
// and how much is waiting for memory, per build. Each round decides the 3,000 requests in turn (every request's data
// has left the CPU's caches by its turn), then decides each request twice in a row: the second decision finds its
// data in the caches, so it costs the computation alone, and the rest of the first is memory (README, Benchmarks).
import { loadavg } from 'node:os';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import type * as Evaluator from '../src/index';
import type { AuthorizationRequest } from '../src/index';
import { compileAll, variedRequests } from './varied-workload';

const dirs = process.argv.slice(2);
if (dirs.length === 0) {
  console.error('usage: tsx bench/memory-split.ts <dist> [<dist>…]');
  process.exit(2);
}
const builds = await Promise.all(dirs.map(async (dir) => (await import(pathToFileURL(resolve(dir, 'index.js')).href)) as typeof Evaluator));
const varied = variedRequests();
const copies = builds.map((build) => varied.map((r) => compileAll(r, (p) => build.compilePolicy(p as never))));

const cpuSeconds = () => {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1e6;
};
const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

/** CPU µs per request of a third of a second of `times` decisions of each request in turn, from `start`. */
function round(build: typeof Evaluator, requests: AuthorizationRequest[], times: number, start: number): number {
  const deadline = performance.now() + 333;
  const cpu = cpuSeconds();
  let done = 0;
  while (performance.now() < deadline) {
    for (let j = 0; j < 300; j++) {
      const request = requests[(start + done + j) % requests.length]!;
      for (let t = 0; t < times; t++) build.evaluate(request);
    }
    done += 300;
  }
  return ((cpuSeconds() - cpu) / done) * 1e6;
}

// Warm-up: the JIT settles and each build's compiled policies remember their selections.
builds.forEach((build, b) => copies[b]!.forEach((r) => build.evaluate(r)));
const once: number[][] = builds.map(() => []);
const twice: number[][] = builds.map(() => []);
const loads: number[] = [];
for (let r = 0; r < 9; r++) {
  builds.forEach((build, b) => {
    once[b]!.push(round(build, copies[b]!, 1, r * 7919));
    twice[b]!.push(round(build, copies[b]!, 2, r * 7919));
  });
  loads.push(loadavg()[0]!);
}
dirs.forEach((dir, b) => {
  const cold = median(once[b]!);
  const compute = median(twice[b]!) - cold;
  console.log(`${dir}: ${cold.toFixed(2)} µs per decision = computation ${compute.toFixed(2)} + memory ${(cold - compute).toFixed(2)} (CPU, medians of 9 rounds)`);
});
console.log(`load average ${Math.min(...loads).toFixed(1)}–${Math.max(...loads).toFixed(1)}`);
