import fc from 'fast-check';
import { buildApiSchema } from '../../src/graphql/build-schema';
import { toInputInstance } from '../../src/graphql/input-instances';
import { validateInput } from '../../src/graphql/validate-arguments';
import { passesValidation } from '../../src/graphql/validation-precheck';
import { AuthorizeBatchArgs, AuthorizeInput } from '../../src/modules/authorize/authorize.inputs';

// The JSON protocol's fast check of the input classes' rules must never say yes where class-validator says no, nor
// no where it says yes: random inputs around every limit of AuthorizeInput, alone and in batches.

beforeAll(() => buildApiSchema());

const around = (min: number, max: number) => fc.oneof(fc.constantFrom(0, min - 1, min, max, max + 1).filter((n) => n >= 0), fc.integer({ min: 0, max: max + 2 }));
const text = (min: number, max: number) => around(min, max).map((length) => 'a'.repeat(length));
const listOf = <T>(item: fc.Arbitrary<T>, max: number) => around(0, max).chain((length) => fc.array(item, { minLength: length, maxLength: length }));

const header = fc.record({ name: text(1, 256), value: text(0, 8192) });
const signedRequest = fc.record(
  {
    method: text(1, 16),
    url: text(1, 8192),
    headers: listOf(header, 100),
    body: fc.option(fc.string(), { nil: null }),
    bodySha256: fc.option(fc.oneof(fc.stringMatching(/^[0-9a-f]{64}$/), fc.string({ maxLength: 70 })), { nil: null }),
    sourceIpAddress: fc.option(text(1, 64), { nil: null }),
  },
  { requiredKeys: ['method', 'url', 'headers'] },
);
const contextEntry = fc.record({ contextKeyName: text(5, 256), contextKeyValues: listOf(fc.string({ maxLength: 3 }), 100), contextKeyType: fc.constant('string') });
const input = fc.record(
  {
    action: text(3, 128),
    resource: text(1, 2048),
    resourcePolicy: fc.option(text(1, 131072), { nil: null }),
    context: fc.option(listOf(contextEntry, 100), { nil: null }),
    signedRequest: fc.option(signedRequest, { nil: null }),
    principalArn: fc.option(text(20, 2048), { nil: null }),
  },
  { requiredKeys: ['action', 'resource'] },
);

async function classValidatorPasses(value: object): Promise<boolean> {
  return validateInput(value).then(
    () => true,
    () => false,
  );
}

it('agrees with class-validator on single inputs', async () => {
  await fc.assert(
    fc.asyncProperty(input, async (plain) => {
      const instance = toInputInstance(AuthorizeInput, plain);
      const fast = passesValidation(instance);
      expect(fast).not.toBeUndefined();
      expect(fast).toBe(await classValidatorPasses(instance));
    }),
    { numRuns: 300 },
  );
});

it('agrees with class-validator on batches, the nested inputs included', async () => {
  await fc.assert(
    fc.asyncProperty(listOf(input, 30), async (inputs) => {
      const instance = toInputInstance(AuthorizeBatchArgs, { inputs });
      expect(passesValidation(instance)).toBe(await classValidatorPasses(instance));
    }),
    { numRuns: 40 },
  );
});
