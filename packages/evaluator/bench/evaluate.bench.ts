// npm run bench -w @gatehouse/evaluator: decisions per second on the repeated workload (one user, compiled policies)
// and on the varied one (3,000 distinct requests, each with its own policies), compiled and raw, beside
// @cloud-copilot/iam-simulate (varied workload) and @cedar-policy/cedar-wasm (repeated workload: it has no IAM
// wildcards or variables to translate the varied one faithfully), and validation time of a 6 KB policy.
// Figures, not assertions.
import * as cedar from '@cedar-policy/cedar-wasm/nodejs';
import { runSimulation, type Simulation } from '@cloud-copilot/iam-simulate';
import { toSimulation } from './iam-simulate';
import { compareWithIamSimulate } from './iam-simulate-classes';
import { compilePolicy, evaluate, validatePolicy, type AuthorizationRequest } from '../src/index';
import { cedarContext, cedarEntities, cedarPolicies } from './cedar';
import { compileAll, variedRequests } from './varied-workload';
import { GROUPS, iamDocument, POLICIES, REQUESTS, USER_ARN } from './workload';

/** CPU time of this process in seconds: the machine is shared, and CPU time is what "decisions/s on one core" means. */
function cpuSeconds(): number {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1e6;
}

/**
 * Runs `batch` (which makes some decisions and says how many) in three rounds of `seconds` of wall-clock time and
 * prints the median rate per CPU-second (and per wall-clock second, which other work on the machine lowers).
 */
async function measure(label: string, seconds: number, batch: (from: number) => number | Promise<number>): Promise<number> {
  const perCpu: number[] = [];
  const perWall: number[] = [];
  let count = 0;
  for (let round = 0; round < 3; round++) {
    const wallStart = performance.now();
    const cpuStart = cpuSeconds();
    const deadline = wallStart + seconds * 1000;
    let now = wallStart;
    let done = 0;
    while (now < deadline) {
      const made = await batch(count);
      count += made;
      done += made;
      now = performance.now();
    }
    perCpu.push(done / (cpuSeconds() - cpuStart));
    perWall.push(done / ((now - wallStart) / 1000));
  }
  return report(label, perCpu, perWall);
}

/** BENCH_ONLY=<regular expression>: only the rows whose label it matches (and the set-up they need) run. */
const only = process.env.BENCH_ONLY ? new RegExp(process.env.BENCH_ONLY, 'i') : undefined;
const wanted = (label: string) => !only || only.test(label);

/** Decisions per second of a synchronous `run`, after a warm-up that lets the JIT and the caches settle. */
async function rate(label: string, seconds: number, run: (i: number) => unknown): Promise<number> {
  if (!wanted(label)) return Number.NaN;
  for (let i = 0; i < 20_000; i++) run(i);
  return measure(label, seconds, (from) => {
    for (let j = 0; j < 1000; j++) run(from + j);
    return 1000;
  });
}

function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null) {
    for (const v of Object.values(value)) deepFreeze(v);
    Object.freeze(value);
  }
  return value;
}

const fmt = (n: number) => Math.round(n).toLocaleString('en-US').padStart(12);

function report(label: string, perCpu: number[], perWall: number[]): number {
  const median = (values: number[]) => values.sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
  console.log(`${label.padEnd(66)} ${fmt(median(perCpu))} /CPU-s ${fmt(median(perWall))} /s wall`);
  return median(perCpu);
}

/** Prints a line derived from `rates` only when each of them was measured (BENCH_ONLY skips rows: NaN). */
function summary(rates: number[], line: () => string): void {
  if (rates.every((r) => !Number.isNaN(r))) console.log(line());
}

/** What raw documents add to a compiled decision, in CPU microseconds, from the rates per CPU-second. */
function addedCost(compiledRate: number, text: number, objects: number, frozen: number): string {
  const added = (raw: number) => `${((1 / raw - 1 / compiledRate) * 1e6).toFixed(2)} µs`;
  return `text ${added(text)}, objects ${added(objects)}, frozen objects ${added(frozen)} (compiled ${(1e6 / compiledRate).toFixed(2)} µs)`;
}

/** rate() for an asynchronous decision (iam-simulate's runSimulation), one call at a time. */
async function rateAsync(label: string, seconds: number, run: (i: number) => Promise<unknown>): Promise<number> {
  if (!wanted(label)) return Number.NaN;
  for (let i = 0; i < 200; i++) await run(i);
  return measure(label, seconds, async (from) => {
    for (let j = 0; j < 20; j++) await run(from + j);
    return 20;
  });
}

const compiled = POLICIES.map((p) => compilePolicy(iamDocument(p), p.name));
const requests: AuthorizationRequest[] = REQUESTS.map((r) => ({
  principal: USER_ARN,
  action: r.action,
  resource: r.resource,
  context: r.context,
  identityPolicies: compiled,
}));
const statementCount = POLICIES.reduce((n, p) => n + p.statements.length, 0);
console.log(`principal: 1 user, ${GROUPS.length} groups, ${POLICIES.length} managed policies, ${statementCount} statements; ${requests.length} requests in rotation`);

// Cedar: one preparsed policy set, entities and context per call as its API requires.
const setId = 'bench';
const staticPolicies = cedarPolicies(POLICIES);
const preparse = cedar.preparsePolicySet(setId, { staticPolicies });
if (preparse.type !== 'success') throw new Error(`cedar rejected the policies: ${JSON.stringify(preparse.errors)}`);
const entities = cedarEntities(GROUPS);
const now = Date.now();
const cedarCalls = REQUESTS.map((r) => ({
  principal: { type: 'User', id: 'alice' },
  action: { type: 'Action', id: 'call' },
  resource: { type: 'Resource', id: 'r' },
  context: cedarContext(r, now, 'alice') as never,
  preparsedPolicySetId: setId,
  entities: entities as never,
}));

const CEDAR = 'cedar-wasm statefulIsAuthorized (preparsed)';
if (wanted(CEDAR)) {
  let agree = 0;
  requests.forEach((req, i) => {
    const ours = evaluate(req).allowed;
    const answer = cedar.statefulIsAuthorized(cedarCalls[i]!);
    const theirs = answer.type === 'success' && answer.response.decision === 'allow';
    if (ours === theirs) agree++;
  });
  console.log(`decisions that agree with the Cedar translation: ${agree}/${requests.length}`);
}

const ours = await rate('gatehouse evaluate (compiled policies)', 1, (i) => evaluate(requests[i % requests.length]!));
// As the API calls it: a new request object each time, the principal's cached array of compiled policies.
await rate('gatehouse evaluate (compiled, new request object each call)', 1, (i) => {
  const r = REQUESTS[i % REQUESTS.length]!;
  return evaluate({ principal: USER_ARN, action: r.action, resource: r.resource, context: { ...r.context }, identityPolicies: compiled });
});
// Raw documents, as a library user passes them: compiled once through the package's cache, then found by content.
const raw = REQUESTS.map((r) => ({ principal: USER_ARN, action: r.action, resource: r.resource, context: r.context, identityPolicies: POLICIES.map(iamDocument) }));
const rawText = raw.map((r) => ({ ...r, identityPolicies: r.identityPolicies.map((p) => JSON.stringify(p)) }));
const rawFrozen = raw.map((r) => ({ ...r, identityPolicies: r.identityPolicies.map((p) => deepFreeze(structuredClone(p))) }));
const repeatedText = await rate('gatehouse evaluate (raw documents as JSON text, cached)', 1, (i) => evaluate(rawText[i % rawText.length]!));
const repeatedObjects = await rate('gatehouse evaluate (raw documents as objects, cached)', 1, (i) => evaluate(raw[i % raw.length]!));
const repeatedFrozen = await rate('gatehouse evaluate (raw documents as frozen objects, cached)', 1, (i) => evaluate(rawFrozen[i % rawFrozen.length]!));
summary([ours, repeatedText, repeatedObjects, repeatedFrozen], () => `added CPU per decision over compiled: ${addedCost(ours, repeatedText, repeatedObjects, repeatedFrozen)}`);
await rate('gatehouse evaluate (compiled, trace on)', 1, (i) => evaluate(requests[i % requests.length]!, { trace: true }));
const theirs = await rate(CEDAR, 1, (i) => cedar.statefulIsAuthorized(cedarCalls[i % cedarCalls.length]!));
summary([ours, theirs], () => `ratio gatehouse (compiled) / cedar-wasm: ${(ours / theirs).toFixed(1)}x`);

// The varied workload: every decision a different request with its own policies.
const varied = variedRequests();
const statements = (p: unknown) => ((p as { Statement: unknown[] }).Statement ?? []).length;
const slots = (r: AuthorizationRequest): unknown[] => [...(r.identityPolicies ?? []), r.resourcePolicy, r.permissionsBoundary, ...(r.sessionPolicies ?? [])].filter((p) => p !== undefined);
const variedStatements = varied.reduce((n, r) => n + slots(r).reduce<number>((m, p) => m + statements(p), 0), 0);
console.log(`\nvaried workload: ${varied.length} distinct requests, ${(variedStatements / varied.length).toFixed(1)} statements each on average, ` +
  `${varied.filter((r) => r.permissionsBoundary).length} with a boundary, ${varied.filter((r) => r.sessionPolicies).length} with session policies, ` +
  `${varied.filter((r) => r.resourcePolicy).length} with a resource policy`);
const variedCompiled = varied.map((r) => compileAll(r, (p) => compilePolicy(p as never)));
const variedText = varied.map((r) => compileAll(r, (p) => JSON.stringify(p)));
const variedFrozen = varied.map((r) => compileAll(r, (p) => deepFreeze(structuredClone(p))));
const variedRate = await rate('varied: gatehouse evaluate (compiled policies)', 1, (i) => evaluate(variedCompiled[i % varied.length]!));
const variedRaw = await rate('varied: gatehouse evaluate (raw documents as objects)', 1, (i) => evaluate(varied[i % varied.length]!));
const variedRawText = await rate('varied: gatehouse evaluate (raw documents as JSON text)', 1, (i) => evaluate(variedText[i % varied.length]!));
const variedRawFrozen = await rate('varied: gatehouse evaluate (raw documents as frozen objects)', 1, (i) => evaluate(variedFrozen[i % varied.length]!));
summary([variedRate, variedRawText, variedRaw, variedRawFrozen], () =>
  [
    `cost of raw documents / compiled: text ${(variedRate / variedRawText).toFixed(2)}x, objects ${(variedRate / variedRaw).toFixed(2)}x, frozen objects ${(variedRate / variedRawFrozen).toFixed(2)}x`,
    `added CPU per decision over compiled: ${addedCost(variedRate, variedRawText, variedRaw, variedRawFrozen)}`,
  ].join('\n'),
);

// iam-simulate: the same requests in its input shape (bench/iam-simulate.ts), disagreements by cause
// (bench/iam-simulate-classes.ts; README, Benchmarks, says who is right per AWS's documentation).
const simulations: Simulation[] = varied.map(toSimulation);
const SIMULATE = 'varied: iam-simulate runSimulation';
if (wanted(SIMULATE)) {
  const { answered, disagreements } = await compareWithIamSimulate(varied);
  const causes = new Map<string, number>();
  for (const d of disagreements) causes.set(d.cause, (causes.get(d.cause) ?? 0) + 1);
  console.log(`iam-simulate answered ${answered}/${varied.length} (the rest it refused as invalid); the decisions agree on ${answered - disagreements.length}/${answered}; ` +
    `the others by cause: ${[...causes].sort((a, b) => b[1] - a[1]).map(([cause, n]) => `${n} ${cause}`).join('; ')}`);
}
const simulateRate = await rateAsync(SIMULATE, 1, (i) => runSimulation(simulations[i % simulations.length]!, {}));
summary([variedRate, simulateRate], () => `ratio gatehouse (compiled) / iam-simulate: ${(variedRate / simulateRate).toFixed(0)}x`);

// Validation: a managed policy at AWS's 6,144-character limit, pretty-printed as the console's editor holds it.
if (wanted('validatePolicy')) {
  const big = { Version: '2012-10-17', Statement: [] as unknown[] };
  for (let i = 0; JSON.stringify(big).length < 5900; i++) {
    const p = POLICIES[i % POLICIES.length]!;
    const st = iamDocument(p).Statement[i % 4]!;
    big.Statement.push({ ...st, Sid: `${st.Sid}${i}` });
  }
  const text = JSON.stringify(big, null, 2);
  const compact = JSON.stringify(big).replace(/\s/g, '').length;
  const findings = validatePolicy(text, { kind: 'identity' });
  for (let i = 0; i < 200; i++) validatePolicy(text);
  const timings: number[] = [];
  for (let round = 0; round < 5; round++) {
    const iterations = 500;
    const start = cpuSeconds();
    for (let i = 0; i < iterations; i++) validatePolicy(text, { kind: 'identity' });
    timings.push(((cpuSeconds() - start) * 1000) / iterations);
  }
  const ms = timings.sort((a, b) => a - b)[2]!;
  console.log(`validatePolicy (CPU time, median of 5 rounds): ${text.length} chars as text (${compact} without white space, ${big.Statement.length} statements, ${findings.length} findings): ${ms.toFixed(3)} ms`);
}
