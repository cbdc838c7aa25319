// The scenario corpus: every JSON file under test/cases holds requests with the decision AWS would make.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describeDenial, evaluate, type AuthorizationRequest, type MatchedStatement } from '../src/index';

interface Scenario {
  name: string;
  request: AuthorizationRequest;
  expected: {
    decision: 'Allow' | 'ExplicitDeny' | 'ImplicitDeny';
    blockedBy?: { reason: string; policyType: string };
    denial?: string;
    matched?: MatchedStatement[];
  };
}

const casesDir = join(__dirname, 'cases');
const files = readdirSync(casesDir).filter((f) => f.endsWith('.json'));

test('the corpus is not empty', () => {
  expect(files.length).toBeGreaterThan(0);
});

describe.each(files)('%s', (file) => {
  const scenarios = JSON.parse(readFileSync(join(casesDir, file), 'utf8')) as Scenario[];
  test.each(scenarios.map((s) => [s.name, s] as const))('%s', (_, scenario) => {
    const result = evaluate(scenario.request);
    expect(result.decision).toBe(scenario.expected.decision);
    expect(result.allowed).toBe(scenario.expected.decision === 'Allow');
    if (scenario.expected.blockedBy) expect(result.blockedBy).toMatchObject(scenario.expected.blockedBy);
    if (scenario.expected.decision === 'Allow') expect(result.blockedBy).toBeUndefined();
    if (scenario.expected.denial) expect(describeDenial(result)).toBe(scenario.expected.denial);
    if (scenario.expected.matched) expect(result.matchedStatements).toEqual(scenario.expected.matched);
    // The same request through the trace must reach the same decision.
    expect(evaluate(scenario.request, { trace: true }).decision).toBe(result.decision);
  });
});
