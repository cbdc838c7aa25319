// How long the JSON editor's validation takes per keystroke on a 6 KB policy (target: under 16 ms, one frame).
// Each simulated keystroke inserts one character into a Sid, then runs validatePolicy (which the editor runs in its
// Web Worker, policy-validation.worker.ts, a moment after typing pauses) and the mapping of its findings to
// CodeMirror diagnostics; then the same validation asked several times, answered from validate-text.ts's memory.
// Run: npm run bench:json-editor -w @gatehouse/console
import { Text } from '@codemirror/state';
import { policyDiagnostics } from '../src/features/policies/policy-editor/json/lint';
import { validateText } from '../src/features/policies/policy-editor/json/validate-text';

const KEYSTROKES = 300;
const TARGET_BYTES = 6 * 1024;

/** A realistic identity policy: several services, ARNs, conditions, grown to about 6 KB. */
function policyOfAbout(bytes: number): string {
  const statements: object[] = [];
  for (let i = 0; JSON.stringify({ Version: '2012-10-17', Statement: statements }, null, 4).length < bytes; i += 1) {
    statements.push({
      Sid: `Reports${i}`,
      Effect: i % 5 === 4 ? 'Deny' : 'Allow',
      Action: ['s3:GetObject', 's3:PutObject', 's3:ListBucket', 'iam:GetUser', 'ec2:DescribeInstances', `dynamodb:Query`],
      Resource: [`arn:aws:s3:::reports-${i}`, `arn:aws:s3:::reports-${i}/*`, `arn:aws:iam::111122223333:user/team-${i}/*`],
      Condition: {
        StringEquals: { 'aws:PrincipalTag/team': [`team-${i}`, 'platform'] },
        IpAddress: { 'aws:SourceIp': ['203.0.113.0/24', '198.51.100.0/24'] },
        Bool: { 'aws:SecureTransport': 'true' },
      },
    });
  }
  return JSON.stringify({ Version: '2012-10-17', Statement: statements }, null, 4);
}

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
}

const text = policyOfAbout(TARGET_BYTES);
const insertAt = text.indexOf('"Reports0"') + '"Reports0'.length;
const format = (ms: number) => `${ms.toFixed(2)} ms`;

let started = performance.now();
const firstFindings = policyDiagnostics(Text.of(text.split('\n')), validateText(text, 'identity')).length;
const cold = performance.now() - started;
console.log(`policy: ${text.length} characters, ${JSON.parse(text).Statement.length} statements, ${firstFindings} findings`);
console.log(`first validation (catalog indexes built): ${format(cold)}`);

/** Types KEYSTROKES characters into the first Sid (a fresh one each run), timing what each keystroke runs. */
function measure(label: string, keystroke: (previous: Text, current: Text) => void, run: number): void {
  let doc = Text.of(text.replace('"Reports0"', `"Reports0Run${run}"`).split('\n'));
  const at = insertAt + `Run${run}`.length;
  const times: number[] = [];
  for (let k = 0; k < KEYSTROKES; k += 1) {
    const previous = doc;
    doc = doc.replace(at + k, at + k, Text.of([String.fromCharCode(65 + (k % 26))]));
    started = performance.now();
    keystroke(previous, doc);
    times.push(performance.now() - started);
  }
  times.sort((a, b) => a - b);
  const worst = times.at(-1)!;
  console.log(`${label}, over ${KEYSTROKES}: median ${format(percentile(times, 50))}, p95 ${format(percentile(times, 95))}, worst ${format(worst)} (${worst < 16 ? 'under' : 'OVER'} 16 ms)`);
}

// The linter's own work.
measure('per keystroke, the linter (policyDiagnostics)', (_, current) => policyDiagnostics(current, validateText(current.toString(), 'identity')), 1);
// The same text asked about several times, and the previous one again, as the page's checks do.
measure('per keystroke, several asks of the same texts', (previous, current) => {
  const now = current.toString();
  validateText(now, 'identity');
  validateText(previous.toString(), 'identity');
  validateText(now, 'identity');
  validateText(now, 'identity');
  policyDiagnostics(current, validateText(now, 'identity'));
}, 2);
