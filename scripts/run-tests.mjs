// `npm test` runs this after `turbo run build`: every workspace's own `test` script, one workspace at a time, against
// the PostgreSQL server in DATABASE_URL or, when it is not set, embedded databases: one pool of in-memory embedded
// PostgreSQL for the whole run (packages/embedded-postgres/src/serve-pool.ts), from which @gatehouse/db/testing leases
// each test database and to which it gives it back to be emptied.
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));

function readJson(path) {
  return JSON.parse(readFileSync(path, 'utf8'));
}

/** Workspaces with a `test` script, in the order of the root package.json's `workspaces` (packages before apps). */
function testedWorkspaces() {
  const folders = readJson(join(root, 'package.json')).workspaces.flatMap((pattern) =>
    pattern.endsWith('/*')
      ? readdirSync(join(root, pattern.slice(0, -2)), { withFileTypes: true })
          .filter((entry) => entry.isDirectory())
          .map((entry) => join(pattern.slice(0, -2), entry.name))
          .sort()
      : [pattern],
  );
  return folders
    .filter((folder) => existsSync(join(root, folder, 'package.json')))
    .map((folder) => ({ folder, manifest: readJson(join(root, folder, 'package.json')) }))
    .filter(({ manifest }) => manifest.scripts?.test)
    .map(({ folder, manifest }) => ({ folder, name: manifest.name }));
}

// jest's summary line, e.g. "Tests:       1 failed, 2 skipped, 40 passed, 43 total".
function jestCounts(output) {
  const counts = { passed: 0, failed: 0, skipped: 0 };
  const plain = output.replace(/\u001b\[[0-9;]*m/g, '');
  for (const [line] of plain.matchAll(/^Tests:.*$/gm)) {
    counts.passed += Number(/(\d+) passed/.exec(line)?.[1] ?? 0);
    counts.failed += Number(/(\d+) failed/.exec(line)?.[1] ?? 0);
    counts.skipped += Number(/(\d+) skipped/.exec(line)?.[1] ?? 0);
  }
  return counts;
}

async function runWorkspaceTests(workspace) {
  const child = spawn('npm', ['run', 'test', '--workspace', workspace.name], { cwd: root, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  child.stdout.on('data', (chunk) => {
    output += chunk;
    process.stdout.write(chunk);
  });
  child.stderr.on('data', (chunk) => {
    output += chunk;
    process.stderr.write(chunk);
  });
  const [exitCode] = await once(child, 'exit');
  return { exitCode, ...jestCounts(output) };
}

/** Starts the pool in a child that stops when this process ends (its standard input closes); resolves its address. */
async function startEmbeddedPool() {
  const tsx = pathToFileURL(createRequire(import.meta.url).resolve('tsx')).href;
  const script = join(root, 'packages/embedded-postgres/src/serve-pool.ts');
  const child = spawn(process.execPath, ['--import', tsx, script, '--stop-when-stdin-closes'], { stdio: ['pipe', 'pipe', 'inherit'] });
  const lines = createInterface({ input: child.stdout });
  const [line] = await Promise.race([
    once(lines, 'line'),
    once(child, 'exit').then(([code]) => {
      throw new Error(`the embedded database pool exited with code ${code} before it listened`);
    }),
  ]);
  lines.close();
  child.stdout.resume();
  child.unref();
  return JSON.parse(line).poolAddress;
}

if (process.env.DATABASE_URL) {
  console.log('Test databases are created on the server in DATABASE_URL.');
} else {
  process.env.GATEHOUSE_EMBEDDED_POOL = await startEmbeddedPool();
  console.log(`DATABASE_URL is not set: test databases are in-memory embedded PostgreSQL, leased from the pool at ${process.env.GATEHOUSE_EMBEDDED_POOL}.`);
}

const started = Date.now();
const results = [];
for (const workspace of testedWorkspaces()) {
  console.log(`\n=== ${workspace.name} (${workspace.folder}) ===`);
  const workspaceStarted = Date.now();
  const result = await runWorkspaceTests(workspace);
  results.push({ workspace, ...result, seconds: Math.round((Date.now() - workspaceStarted) / 1000) });
}

console.log('\n=== summary ===');
for (const { workspace, exitCode, passed, failed, skipped, seconds } of results) {
  console.log(`${exitCode === 0 ? 'ok  ' : 'FAIL'} ${workspace.name}: ${passed} passed, ${failed} failed, ${skipped} skipped (${seconds} s)`);
}
const failedWorkspaces = results.filter((result) => result.exitCode !== 0);
const total = results.reduce(
  (sum, result) => ({ passed: sum.passed + result.passed, failed: sum.failed + result.failed, skipped: sum.skipped + result.skipped }),
  { passed: 0, failed: 0, skipped: 0 },
);
// A workspace whose runner failed without reporting a failed test still counts as one failure.
const failed = total.failed + failedWorkspaces.filter((result) => result.failed === 0).length;
console.log(`tests: ${total.passed} passed, ${failed} failed, ${total.skipped} skipped in ${Math.round((Date.now() - started) / 1000)} s`);
process.exit(failedWorkspaces.length === 0 ? 0 : 1);
