// The parser and validator on generated and mutated input: they must never throw, and the position-keeping JSON
// parser must agree with JSON.parse on what is JSON and what it means.
import fc from 'fast-check';
import { parsePolicy, validatePolicy } from '../src/index';
import { parseJsonWithLocations } from '../src/parse/json-locations';

const policyText = JSON.stringify({
  Version: '2012-10-17',
  Statement: [{ Sid: 'A', Effect: 'Allow', Action: ['s3:Get*'], Resource: 'arn:aws:s3:::b/${aws:username}/*', Condition: { StringLike: { 's3:prefix': ['a', 'b\\u0041'] } } }],
}, null, 2);

/** The policy text with a slice deleted, duplicated or replaced by random characters. */
const mutatedPolicy = fc
  .record({ at: fc.nat(policyText.length), length: fc.nat(12), insert: fc.string({ maxLength: 6 }), mode: fc.constantFrom('delete', 'replace', 'duplicate') })
  .map(({ at, length, insert, mode }) => {
    const end = Math.min(policyText.length, at + length);
    if (mode === 'delete') return policyText.slice(0, at) + policyText.slice(end);
    if (mode === 'duplicate') return policyText.slice(0, end) + policyText.slice(at);
    return policyText.slice(0, at) + insert + policyText.slice(end);
  });

const agreesWithJsonParse = (text: string) => {
  let expected: { ok: true; value: unknown } | { ok: false };
  try {
    expected = { ok: true, value: JSON.parse(text) };
  } catch {
    expected = { ok: false };
  }
  const ours = parseJsonWithLocations(text);
  expect(ours.ok).toBe(expected.ok);
  if (ours.ok && expected.ok) expect(JSON.stringify(ours.value)).toBe(JSON.stringify(expected.value));
  if (!ours.ok) {
    expect(ours.error.offset).toBeGreaterThanOrEqual(0);
    expect(ours.error.offset).toBeLessThanOrEqual(text.length);
  }
};

describe('parser fuzz', () => {
  test('agrees with JSON.parse on generated JSON, random strings and mutated policies', () => {
    fc.assert(fc.property(fc.json(), agreesWithJsonParse), { numRuns: 1000 });
    fc.assert(fc.property(fc.string({ unit: 'binary', maxLength: 60 }), agreesWithJsonParse), { numRuns: 1000 });
    fc.assert(fc.property(mutatedPolicy, agreesWithJsonParse), { numRuns: 2000 });
  });

  test('parsePolicy and validatePolicy never throw and locate their findings inside the text', () => {
    fc.assert(
      fc.property(fc.oneof(mutatedPolicy, fc.json(), fc.string()), fc.constantFrom('identity', 'resource', 'trust', 'boundary', 'session' as const), (text, kind) => {
        parsePolicy(text);
        const lines = text.split('\n').length;
        for (const f of validatePolicy(text, { kind })) {
          if (f.line !== undefined) {
            expect(f.line).toBeGreaterThanOrEqual(1);
            expect(f.line).toBeLessThanOrEqual(lines);
            expect(f.column).toBeGreaterThanOrEqual(1);
          }
        }
      }),
      { numRuns: 2000 },
    );
  });

  test('validatePolicy never throws on any JSON value', () => {
    fc.assert(fc.property(fc.anything(), (value) => void validatePolicy(value)), { numRuns: 1000 });
  });

  test('deep nesting is refused, not a stack overflow', () => {
    const deep = '['.repeat(100_000) + ']'.repeat(100_000);
    const result = parsePolicy(deep);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.findings[0]!.message).toContain('nesting is too deep');
  });
});
