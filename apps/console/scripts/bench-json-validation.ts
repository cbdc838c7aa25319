// How long the JSON editor's validation takes per keystroke on a 6 KB policy (target: under 16 ms, one frame).
// Each simulated keystroke inserts one character into a Sid, then runs exactly what the editor's linter runs:
// validatePolicy through validate-text.ts and the mapping of findings to CodeMirror diagnostics.
// Run: npm run bench:json-editor -w @gatehouse/console
import { Text } from '@codemirror/state';
import { policyDiagnostics } from '../src/features/policies/policy-editor/json/lint';

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
let doc = Text.of(text.split('\n'));

let started = performance.now();
const firstFindings = policyDiagnostics(doc, 'identity').length;
const cold = performance.now() - started;

const times: number[] = [];
for (let k = 0; k < KEYSTROKES; k += 1) {
  doc = doc.replace(insertAt + k, insertAt + k, Text.of([String.fromCharCode(65 + (k % 26))]));
  started = performance.now();
  policyDiagnostics(doc, 'identity');
  times.push(performance.now() - started);
}
times.sort((a, b) => a - b);

const format = (ms: number) => `${ms.toFixed(2)} ms`;
console.log(`policy: ${text.length} characters (${doc.length} after typing), ${JSON.parse(text).Statement.length} statements, ${firstFindings} findings`);
console.log(`first validation (catalog indexes built): ${format(cold)}`);
console.log(`per keystroke over ${KEYSTROKES}: median ${format(percentile(times, 50))}, p95 ${format(percentile(times, 95))}, max ${format(times.at(-1)!)}`);
console.log(`target < 16 ms at p95: ${percentile(times, 95) < 16 ? 'met' : 'NOT met'}`);
