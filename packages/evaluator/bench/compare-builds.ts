// tsx bench/compare-builds.ts <old dist> <new dist> [rounds]: an A/B of two builds of this package in one process, as
// the README's benchmark figures are judged (the machine is shared, so whole runs drift with its load).
// 1. Every decision and trace of the varied workload, compiled and raw, from each build as one JSON text: they must be
//    identical (exit code 1 otherwise).
// 2. Alternating half-second rounds of each build on its own compiled copy of the varied workload (then of the
//    repeated one), decisions per CPU-second: medians, the ratio of the medians and of each pair of rounds.
// A build is a copy of `dist/` that Node reads as this package does: an ES module (a package.json of type module
// beside or above it) that finds lru-cache (this package's node_modules beside or above it).
import { loadavg } from 'node:os';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import type * as Evaluator from '../src/index';
import type { AuthorizationRequest } from '../src/index';
import { compileAll, variedRequests } from './varied-workload';
import { iamDocument, POLICIES, REQUESTS, USER_ARN } from './workload';

type Build = typeof Evaluator;

const [oldDir, newDir, roundsArg] = process.argv.slice(2);
if (!oldDir || !newDir) {
  console.error('usage: tsx bench/compare-builds.ts <old dist> <new dist> [rounds]');
  process.exit(2);
}
const rounds = Number(roundsArg ?? 8);
const load = async (dir: string): Promise<Build> => (await import(pathToFileURL(resolve(dir, 'index.js')).href)) as Build;
const builds: Array<[string, Build]> = [
  ['old', await load(oldDir)],
  ['new', await load(newDir)],
];

const varied = variedRequests();

/** Every answer of one build: compiled without and with the trace, raw documents as objects and as text. */
function answers(build: Build): string {
  const compiled = varied.map((r) => compileAll(r, (p) => build.compilePolicy(p as never)));
  const text = varied.map((r) => compileAll(r, (p) => JSON.stringify(p)));
  return JSON.stringify({
    compiled: compiled.map((r) => build.evaluate(r)),
    traced: compiled.map((r) => build.evaluate(r, { trace: true })),
    // Twice: the second pass takes the compiled policies' remembered selections.
    again: compiled.map((r) => build.evaluate(r, { trace: true })),
    raw: varied.map((r) => build.evaluate(r)),
    text: text.map((r) => build.evaluate(r, { trace: true })),
  });
}

const [oldAnswers, newAnswers] = builds.map(([, build]) => answers(build));
if (oldAnswers !== newAnswers) {
  let at = 0;
  while (oldAnswers![at] === newAnswers![at]) at++;
  const around = (text: string) => text.slice(Math.max(0, at - 200), at + 200);
  console.error(`answers differ at character ${at}:\nold …${around(oldAnswers!)}…\nnew …${around(newAnswers!)}…`);
  process.exit(1);
}
console.log(`answers identical: ${varied.length} varied requests, ${oldAnswers!.length} characters of JSON`);

const cpuSeconds = () => {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1e6;
};
const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
const fmt = (n: number) => Math.round(n).toLocaleString('en-US').padStart(10);

/** Decisions per CPU-second of one half-second round of `build` over `requests`, from `start`. */
function round(build: Build, requests: AuthorizationRequest[], start: number): number {
  const deadline = performance.now() + 500;
  const cpu = cpuSeconds();
  let done = 0;
  while (performance.now() < deadline) {
    for (let j = 0; j < 500; j++) build.evaluate(requests[(start + done + j) % requests.length]!);
    done += 500;
  }
  return done / (cpuSeconds() - cpu);
}

function compare(label: string, copies: AuthorizationRequest[][]): void {
  // Warm-up: the JIT settles and each build's compiled policies remember their selections.
  builds.forEach(([, build], b) => {
    for (let i = 0; i < 3 * copies[b]!.length; i++) build.evaluate(copies[b]![i % copies[b]!.length]!);
  });
  const rates: number[][] = [[], []];
  const loads: number[] = [];
  for (let r = 0; r < rounds; r++) {
    // Alternate which build goes first, so neither always follows the other's cache traffic.
    const order = r % 2 === 0 ? [0, 1] : [1, 0];
    for (const b of order) rates[b]!.push(round(builds[b]![1], copies[b]!, r * 7919));
    loads.push(loadavg()[0]!);
  }
  const [oldRate, newRate] = rates.map(median);
  const perRound = rates[1]!.map((n, i) => n / rates[0]![i]!).sort((a, b) => a - b);
  console.log(
    `${label}: old ${fmt(oldRate!)} /CPU-s, new ${fmt(newRate!)} /CPU-s (medians of ${rounds} rounds), new/old ${(newRate! / oldRate!).toFixed(2)}x ` +
      `(per round ${perRound[0]!.toFixed(2)}–${perRound[perRound.length - 1]!.toFixed(2)}x), load average ${Math.min(...loads).toFixed(1)}–${Math.max(...loads).toFixed(1)}`,
  );
}

compare(
  'varied, compiled',
  builds.map(([, build]) => varied.map((r) => compileAll(r, (p) => build.compilePolicy(p as never)))),
);
compare(
  'repeated, compiled',
  builds.map(([, build]) => {
    const compiled = POLICIES.map((p) => build.compilePolicy(iamDocument(p), p.name));
    return REQUESTS.map((r) => ({ principal: USER_ARN, action: r.action, resource: r.resource, context: r.context, identityPolicies: compiled }));
  }),
);
