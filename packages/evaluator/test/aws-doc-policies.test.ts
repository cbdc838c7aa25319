// Policies from AWS's documentation are valid: validation must not report an ERROR (which the API would turn into
// MalformedPolicyDocument) or a warning on any of them.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { validatePolicy, type PolicyKind } from '../src/index';

const policies = JSON.parse(readFileSync(join(__dirname, 'fixtures', 'aws-doc-policies.json'), 'utf8')) as Array<{ name: string; kind: PolicyKind; document: unknown }>;

test.each(policies.map((p) => [p.name, p] as const))('%s', (_, { kind, document }) => {
  const findings = validatePolicy(JSON.stringify(document, null, 2), { kind });
  expect(findings.filter((f) => f.severity === 'ERROR' || f.severity === 'WARNING')).toEqual([]);
});
