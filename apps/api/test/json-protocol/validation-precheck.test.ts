import { validate } from 'class-validator';
import fc from 'fast-check';
import { buildApiSchema } from '../../src/graphql/build-schema';
import { toInputInstance } from '../../src/graphql/input-instances';
import { passesValidation } from '../../src/graphql/validation-precheck';
import { AuthorizeBatchArgs, AuthorizeInput } from '../../src/modules/authorize/authorize.inputs';

// The JSON protocol's fast check of the input classes' rules must never say yes where class-validator says no, nor
// no where it says yes: random inputs around every limit of AuthorizeInput, alone and in batches, of characters
// class-validator counts as one whatever their UTF-16 length.

beforeAll(() => buildApiSchema());

const around = (min: number, max: number) => fc.oneof(fc.constantFrom(0, min - 1, min, max, max + 1).filter((n) => n >= 0), fc.integer({ min: 0, max: max + 2 }));
// Characters as class-validator's lengths count them: a surrogate pair and a presentation sequence are one each, so a
// string may be longer in UTF-16 than the bound its characters are within.
const character = fc.oneof({ weight: 3, arbitrary: fc.constant('a') }, fc.constant('😀'), fc.constant('a\uFE0F'));
const text = (min: number, max: number) =>
  around(min, max).chain((length) => fc.tuple(character, character, fc.integer({ min: 0, max: length })).map(([first, second, split]) => first.repeat(split) + second.repeat(length - split)));
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

// class-validator itself, with validateInput's options: validateInput asks the fast check first, so it is no oracle.
async function classValidatorPasses(value: object): Promise<boolean> {
  return (await validate(value, { forbidUnknownValues: false, skipMissingProperties: true })).length === 0;
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

// One member around its limits in an input otherwise valid: the member's own rules alone decide.
const valid = () => ({
  action: 'orders:GetOrder',
  resource: 'arn:aws:orders:us-east-1:111122223333:order/1',
  signedRequest: { method: 'GET', url: 'https://orders.example.com/orders/1', headers: [{ name: 'host', value: 'orders.example.com' }], sourceIpAddress: '192.0.2.1' },
});
const oneMember = fc.oneof(
  text(3, 128).map((action) => ({ ...valid(), action })),
  text(1, 2048).map((resource) => ({ ...valid(), resource })),
  text(20, 2048).map((principalArn) => ({ ...valid(), signedRequest: null, principalArn })),
  fc.record({ field: fc.constantFrom('method', 'url', 'sourceIpAddress'), value: fc.constantFrom([1, 16], [1, 8192], [1, 64]).chain(([min, max]) => text(min!, max!)) }).map(({ field, value }) => {
    const input = valid();
    return { ...input, signedRequest: { ...input.signedRequest, [field]: value } };
  }),
  fc.tuple(text(1, 256), text(0, 8192)).map(([name, value]) => {
    const input = valid();
    return { ...input, signedRequest: { ...input.signedRequest, headers: [{ name, value }] } };
  }),
);

it('agrees with class-validator on one member around its limits', async () => {
  await fc.assert(
    fc.asyncProperty(oneMember, async (plain) => {
      const instance = toInputInstance(AuthorizeInput, plain);
      expect(passesValidation(instance)).toBe(await classValidatorPasses(instance));
    }),
    { numRuns: 1000 },
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
