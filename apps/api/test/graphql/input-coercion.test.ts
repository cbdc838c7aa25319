import fc from 'fast-check';
import {
  buildSchema,
  coerceInputValue,
  GraphQLBoolean,
  GraphQLFloat,
  GraphQLID,
  GraphQLInt,
  GraphQLString,
  isEnumType,
  isInputObjectType,
  isListType,
  isNonNullType,
  isScalarType,
  type GraphQLInputType,
  type GraphQLSchema,
} from 'graphql';
import { buildApiSchema } from '../../src/graphql/build-schema';
import { inputCoercion, notCoerced } from '../../src/graphql/input-coercion';

// The compiled coercion must answer graphql-js's coerceInputValue exactly: the same value wherever it accepts, and
// `notCoerced` wherever it reports a problem. Random values shaped after each type, mostly right and sometimes wrong
// at any depth (null, a missing or unknown member, another JSON type, a single value for a list).

const anyJson = fc.oneof(fc.constant(null), fc.string({ maxLength: 4 }), fc.integer(), fc.double(), fc.boolean(), fc.constant([]), fc.constant({}), fc.constant([1, 'a']));

function valueOf(type: GraphQLInputType, depth = 0): fc.Arbitrary<unknown> {
  const wrong = fc.oneof(anyJson, fc.constant(undefined));
  if (isNonNullType(type)) return fc.oneof({ weight: 12, arbitrary: valueOf(type.ofType, depth) }, { weight: 1, arbitrary: wrong });
  if (depth > 4) return fc.oneof(fc.constant(null), fc.constant(undefined));
  const orNull = (arbitrary: fc.Arbitrary<unknown>) => fc.oneof({ weight: 10, arbitrary }, { weight: 1, arbitrary: fc.oneof(fc.constant(null), wrong) });
  if (isListType(type)) {
    const item = valueOf(type.ofType, depth + 1);
    return orNull(fc.oneof({ weight: 6, arbitrary: fc.array(item, { maxLength: 3 }) }, { weight: 1, arbitrary: item }));
  }
  if (isInputObjectType(type)) {
    const fields = Object.values(type.getFields());
    const record = fc.record(Object.fromEntries(fields.map((field) => [field.name, valueOf(field.type, depth + 1)])), { requiredKeys: [] });
    // Now and then a member no field declares, or a field's name with another's value.
    const extra = fc.option(fc.tuple(fc.constantFrom('unknown', ...fields.map((field) => field.name)), anyJson), { freq: 8, nil: undefined });
    return orNull(fc.tuple(record, extra).map(([object, more]) => (more ? { ...object, [more[0]]: more[1] } : object)));
  }
  if (isEnumType(type)) return orNull(fc.oneof(fc.constantFrom(...type.getValues().map((value) => value.name)), fc.constant('NOT_A_VALUE')));
  if (isScalarType(type)) {
    const byScalar: Record<string, fc.Arbitrary<unknown>> = {
      [GraphQLString.name]: fc.string({ maxLength: 6 }),
      [GraphQLID.name]: fc.oneof(fc.string({ maxLength: 6 }), fc.integer()),
      [GraphQLInt.name]: fc.oneof(fc.integer(), fc.constant(2 ** 31), fc.constant(1.5)),
      [GraphQLFloat.name]: fc.oneof(fc.double({ noNaN: true }), fc.integer()),
      [GraphQLBoolean.name]: fc.boolean(),
      DateTime: fc.oneof(fc.constant('2026-01-31T12:00:00.000Z'), fc.constant('2026-02-30T12:00:00Z'), fc.string({ maxLength: 6 })),
    };
    return orNull(fc.oneof({ weight: 5, arbitrary: byScalar[type.name] ?? fc.string({ maxLength: 6 }) }, { weight: 1, arbitrary: anyJson }));
  }
  throw new Error(`no values for ${String(type)}`);
}

function expectSameAsGraphqlJs(type: GraphQLInputType, value: unknown): void {
  let refused = false;
  const expected = coerceInputValue(value, type, () => {
    refused = true;
  });
  const actual = inputCoercion(type)(value);
  if (refused) expect(actual).toBe(notCoerced);
  else expect(actual).toStrictEqual(expected);
}

/** Every argument type of every root field, and every input type, of a schema. */
function inputTypesOf(schema: GraphQLSchema): GraphQLInputType[] {
  const roots = [schema.getQueryType(), schema.getMutationType()].flatMap((root) => Object.values(root?.getFields() ?? {}));
  return [...roots.flatMap((field) => field.args.map((arg) => arg.type)), ...Object.values(schema.getTypeMap()).filter(isInputObjectType)];
}

it("answers graphql-js's coercion for every argument and input type of the API's schema", async () => {
  const types = inputTypesOf(await buildApiSchema());
  expect(types.length).toBeGreaterThan(100);
  for (const type of types) fc.assert(fc.property(valueOf(type), (value) => expectSameAsGraphqlJs(type, value)), { numRuns: 40 });
});

it('accepts the inputs authorize is sent, as graphql-js does', async () => {
  const schema = await buildApiSchema();
  const [input] = schema.getQueryType()!.getFields()['authorize']!.args;
  const evidence = {
    action: 'orders:GetOrder',
    resource: 'arn:aws:orders:us-east-1:111122223333:order/1',
    signedRequest: { method: 'GET', url: 'https://orders.example.com/orders/1', headers: [{ name: 'host', value: 'orders.example.com' }] },
  };
  expect(inputCoercion(input!.type)(evidence)).toStrictEqual(coerceInputValue(evidence, input!.type));
  expect(inputCoercion(input!.type)(evidence)).not.toBe(notCoerced);
});

it('answers the same for what the API does not declare: defaults, oneOf, enums, lists of lists, recursion', () => {
  const schema = buildSchema(`
    enum Color { RED GREEN }
    input Tree { label: String! = "root", children: [Tree!], color: Color = RED }
    input Choice @oneOf { id: ID, name: String, tree: Tree }
    input Grid { rows: [[Int!]]!, weights: [Float] = [1.5], flag: Boolean }
    type Query { tree(t: Tree!, c: Choice, g: Grid): Int }
  `);
  for (const type of inputTypesOf(schema)) fc.assert(fc.property(valueOf(type), (value) => expectSameAsGraphqlJs(type, value)), { numRuns: 300 });
});
