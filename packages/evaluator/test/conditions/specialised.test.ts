// The specialised condition evaluator (src/conditions/specialised-condition.ts) decides every entry without variables
// exactly as the generic one does, on generated operators (every family, with set qualifiers and IfExists), policy
// values (valid and not) and request values (absent, single, lists, empty lists).
import fc from 'fast-check';
import { CHECK_GENERIC } from '../../src/conditions/checks';
import { compileCondition, evaluateCondition, evaluateGeneric } from '../../src/conditions/compile-condition';
import { CONDITION_OPERATORS } from '../../src/conditions/registry';
import { RequestScope } from '../../src/decide/request-scope';

const KEY = 'test:Key';
/** Values that each family reads, that some family cannot read, and of several cases. */
const VALUES = [
  'a', 'A', 'b', 'a*', '*', '?', 'A?', '',
  'true', 'false', 'TRUE', 'False', 'yes',
  '0', '1', '10', '-3.5', '1e3', '007', 'x1',
  '2026-06-01T12:00:00Z', '2026-06-01', '1780000000', '2024-13-01',
  '203.0.113.7', '203.0.113.0/24', '10.0.0.0/8', '::1', '2001:db8::/32', '300.1.1.1',
  'QmluYXJ5', 'QmluYXJ5VmFsdWU=', 'not base64!',
  'arn:aws:s3:::bucket/key', 'arn:aws:s3:::bucket/*', 'arn:aws:iam::111122223333:role/*', 'arn:aws:*:*:*:*', 'arn:aws:s3:::*/k?y',
];
const operators = fc
  .tuple(fc.constantFrom(...CONDITION_OPERATORS.keys()), fc.constantFrom('', 'ForAllValues:', 'ForAnyValue:'), fc.boolean())
  .map(([name, qualifier, ifExists]) => `${qualifier}${name}${ifExists ? 'IfExists' : ''}`);
const requestValues = fc.oneof(
  fc.constant(undefined),
  fc.constantFrom(...VALUES),
  fc.array(fc.constantFrom(...VALUES), { maxLength: 3 }),
);

describe('specialised condition evaluator', () => {
  test('decides as the generic evaluator', () => {
    let specialised = 0;
    fc.assert(
      fc.property(operators, fc.array(fc.constantFrom(...VALUES), { minLength: 1, maxLength: 3 }), requestValues, fc.boolean(), (operator, values, value, variables) => {
        const condition = compileCondition({ operator, key: KEY, values, path: '' }, variables);
        if (condition.prepared) {
          expect(condition.check).not.toBe(CHECK_GENERIC);
          specialised++;
        }
        const scope = new RequestScope({ principal: 'arn:aws:iam::111122223333:user/alice', action: 's3:GetObject', resource: '*', context: value === undefined ? {} : { [KEY]: value } });
        expect(evaluateCondition(condition, scope)).toBe(evaluateGeneric(condition, scope));
      }),
      { numRuns: 20_000, seed: 16 },
    );
    // Most generated entries are usable: the comparison is not of the generic evaluator with itself.
    expect(specialised).toBeGreaterThan(8_000);
  });
});
