// Wildcard matching in bounded time whatever the pattern (issue 16: backtracking regular expressions let one policy
// freeze the API), checked against a reference dynamic programme and by counting the characters the matcher reads.
import fc from 'fast-check';
import { arnGlobMatch, compileArnGlob, compileGlob, globMatch } from '../src/compile/wildcard';
import { evaluate, validatePolicy, wildcardMatches, type PolicyDocument } from '../src/index';

/** A string that counts how often the matcher reads it: the matcher's steps, without a wall-clock timer. */
function counted(text: string): { value: string; reads: () => number } {
  let reads = 0;
  const value = {
    length: text.length,
    charCodeAt(i: number) {
      reads++;
      return text.charCodeAt(i);
    },
  };
  return { value: value as unknown as string, reads: () => reads };
}

type Token = { kind: 'lit'; ch: string } | { kind: 'any'; colon: boolean } | { kind: 'star'; colon: boolean };

/** The tokens of a pattern as AWS reads it; `colon`: the wildcard may match a colon. */
function tokens(pattern: string, mode: 'plain' | 'arn'): Token[] {
  const out: Token[] = [];
  let segment = 0;
  for (let i = 0; i < pattern.length; i++) {
    const ch = pattern[i]!;
    const open = mode === 'plain' || segment >= 5;
    if (ch === ':' && mode === 'arn' && segment < 5) {
      segment++;
      out.push({ kind: 'lit', ch });
    } else if (ch === '*') out.push({ kind: 'star', colon: open || i === pattern.length - 1 });
    else if (ch === '?') out.push({ kind: 'any', colon: open });
    else out.push({ kind: 'lit', ch });
  }
  return out;
}

/** Reference: the textbook O(n·m) table, dp[i][j] = the first i tokens match the first j characters. */
function reference(pattern: string, value: string, mode: 'plain' | 'arn'): boolean {
  const t = tokens(pattern, mode);
  let prev = new Array<boolean>(value.length + 1).fill(false);
  prev[0] = true;
  for (const token of t) {
    const cur = new Array<boolean>(value.length + 1).fill(false);
    for (let j = 0; j <= value.length; j++) {
      const ch = value[j - 1];
      if (token.kind === 'star') cur[j] = prev[j]! || (j > 0 && cur[j - 1]! && (token.colon || ch !== ':'));
      else if (j > 0) cur[j] = prev[j - 1]! && (token.kind === 'lit' ? token.ch === ch : token.colon || ch !== ':');
    }
    prev = cur;
  }
  return prev[value.length]!;
}

const adversarial = (maxLength: number, size?: fc.SizeForArbitrary) => fc.string({ unit: fc.constantFrom('a', 'b', '*', '?', ':'), maxLength, size });
const values = (maxLength: number, size?: fc.SizeForArbitrary) => fc.string({ unit: fc.constantFrom('a', 'b', ':', '*'), maxLength, size });
const arnPrefixed = (inner: fc.Arbitrary<string>) => fc.tuple(fc.constantFrom('', 'arn:aws:', 'arn:*:iam::', 'arn:aws:s3:::'), inner).map(([p, s]) => p + s);

describe('the matcher agrees with the reference', () => {
  test('plain patterns (actions, StringLike)', () => {
    fc.assert(
      fc.property(adversarial(14), values(16), (pattern, value) => {
        expect(wildcardMatches(pattern, value)).toBe(reference(pattern, value, 'plain'));
      }),
      { numRuns: 3000 },
    );
  });

  test('ARN patterns (Resource, ArnLike): wildcards do not cross the first five colons, a final `*` does', () => {
    fc.assert(
      fc.property(arnPrefixed(adversarial(14)), arnPrefixed(values(16)), (pattern, value) => {
        expect(wildcardMatches(pattern, value, 'arn')).toBe(reference(pattern, value, 'arn'));
      }),
      { numRuns: 3000 },
    );
  });
});

describe('any pattern up to the size limit decides in a bounded number of steps', () => {
  // AWS's largest policy (a role's inline policy) holds 10,240 characters; a request value here up to 2,048.
  const big = { numRuns: 40 };

  test('plain: at most (n + 1)·(m + 1) reads, whatever the pattern', () => {
    fc.assert(
      fc.property(adversarial(10_240, 'max'), values(2048, 'max'), (pattern, text) => {
        const { value, reads } = counted(text);
        globMatch(compileGlob(pattern), value, 0, text.length);
        expect(reads()).toBeLessThanOrEqual((text.length + 1) * (pattern.length + 1));
      }),
      big,
    );
  });

  test('ARN: at most 2·(n + 1)·(m + 1) reads (the colon scan, then each segment)', () => {
    fc.assert(
      fc.property(arnPrefixed(adversarial(10_240, 'max')), arnPrefixed(values(2048, 'max')), (pattern, text) => {
        const { value, reads } = counted(text);
        arnGlobMatch(compileArnGlob(pattern), value);
        expect(reads()).toBeLessThanOrEqual(2 * (text.length + 1) * (pattern.length + 1));
      }),
      big,
    );
  });

  test('the worst case of greedy matching (`*` + k × "a" + "b" against n × "a") stays within the bound', () => {
    for (const k of [1, 64, 1024, 2047]) {
      const { value, reads } = counted('a'.repeat(2048));
      expect(globMatch(compileGlob(`*${'a'.repeat(k)}b`), value, 0, 2048)).toBe(false);
      expect(reads()).toBeLessThanOrEqual(2049 * (k + 3));
    }
  });
});

describe("the issue's patterns", () => {
  const user = `arn:aws:iam::111122223333:user/${'a'.repeat(40)}`;
  const patternWith = (wildcards: number) => `arn:aws:iam::*:user/${'*a'.repeat(wildcards - 1)}b`;

  test.each([8, 10, 12, 14])('`user/*a*a…*ab` with %i wildcards against `user/` + 40 × "a": no match, in few steps', (wildcards) => {
    const pattern = patternWith(wildcards);
    const { value, reads } = counted(user);
    expect(arnGlobMatch(compileArnGlob(pattern), value)).toBe(false);
    // Linear in practice: a few reads per character, nowhere near the exponential count of a backtracking RegExp.
    expect(reads()).toBeLessThan(5 * user.length);
    expect(wildcardMatches(pattern, user, 'arn')).toBe(false);
    expect(wildcardMatches(pattern.replace(/b$/, 'a'), user, 'arn')).toBe(true);
  });

  test('through evaluate: Resource, StringLike and ArnLike with 14 wildcards decide (deny) at once', () => {
    const pattern = patternWith(14);
    const result = evaluate({
      principal: user,
      action: 'iam:GetUser',
      resource: user,
      context: { 'aws:PrincipalArn': user },
      identityPolicies: [
        {
          Version: '2012-10-17',
          Statement: [
            { Effect: 'Allow', Action: 'iam:GetUser', Resource: pattern },
            { Effect: 'Allow', Action: 'iam:GetUser', Resource: '*', Condition: { StringLike: { 'aws:PrincipalArn': pattern } } },
            { Effect: 'Allow', Action: 'iam:GetUser', Resource: '*', Condition: { ArnLike: { 'aws:PrincipalArn': pattern } } },
          ],
        },
      ],
    });
    expect(result.decision).toBe('ImplicitDeny');
  });

  const action = `iam:${'*?'.repeat(3000)}`;

  test('an Action of `iam:` + 3,000 × `*?` through validatePolicy', () => {
    const findings = validatePolicy({ Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: [action, 'iam:GetUser'], Resource: '*' }] });
    expect(findings.map((f) => f.code)).toContain('ACTION_MATCHES_NOTHING');
  });

  test('an Action of `iam:` + 3,000 × `*?` through evaluate', () => {
    const policy: PolicyDocument = { Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: action, Resource: '*' }] };
    expect(evaluate({ principal: user, action: 'iam:GetUser', resource: '*', identityPolicies: [policy] }).decision).toBe('ImplicitDeny');
    const long = `iam:${'x'.repeat(3000)}`;
    expect(evaluate({ principal: user, action: long, resource: '*', identityPolicies: [policy] }).decision).toBe('Allow');
  });
});
