import { getNullableType, isInputObjectType, isLeafType, isListType, isNonNullType, type GraphQLInputType } from 'graphql';

/** What a compiled coercion answers for a value graphql-js would refuse (or one it cannot judge alone). */
export const notCoerced: unique symbol = Symbol('notCoerced');

export type InputCoercion = (value: unknown) => unknown;

const compiled = new WeakMap<GraphQLInputType, InputCoercion>();

/**
 * graphql-js's `coerceInputValue` for one input type, compiled once from the type itself: the same value for every
 * input it accepts, and `notCoerced` for every input it refuses, which it is then asked to word. It builds no path,
 * error or suggestion list along the way and walks each input object's fields from a list made once, where
 * graphql-js does all of that for every value (a tenth of the JSON protocol's CPU per decision).
 */
export function inputCoercion(type: GraphQLInputType): InputCoercion {
  const known = compiled.get(type);
  if (known) return known;
  // Input objects may refer to themselves: a field leading back to the type being compiled gets this forward.
  let body: InputCoercion | undefined;
  compiled.set(type, (value) => body!(value));
  body = compile(type);
  compiled.set(type, body);
  return body;
}

function compile(type: GraphQLInputType): InputCoercion {
  if (isNonNullType(type)) {
    const ofType = inputCoercion(type.ofType);
    return (value) => (value == null ? notCoerced : ofType(value));
  }
  const nullable = getNullableType(type);
  if (isListType(nullable)) {
    const item = inputCoercion(nullable.ofType);
    return (value) => {
      if (value == null) return null;
      // graphql-js takes any iterable object as a list; JSON has arrays only, the others are left to it.
      if (!Array.isArray(value)) return typeof value === 'object' && typeof (value as Iterable<unknown>)[Symbol.iterator] === 'function' ? notCoerced : wrapped(item(value));
      const items = new Array<unknown>(value.length);
      for (let i = 0; i < value.length; i++) if ((items[i] = item(value[i])) === notCoerced) return notCoerced;
      return items;
    };
  }
  if (isInputObjectType(nullable)) {
    const fields = Object.values(nullable.getFields()).map((field) => ({
      name: field.name,
      coercion: inputCoercion(field.type),
      defaultValue: field.defaultValue,
      required: isNonNullType(field.type),
    }));
    const known = new Set(fields.map((field) => field.name));
    const oneOf = nullable.isOneOf;
    return (value) => {
      if (value == null) return null;
      if (typeof value !== 'object' || Array.isArray(value)) return notCoerced;
      const object = value as Record<string, unknown>;
      for (const key of Object.keys(object)) if (!known.has(key)) return notCoerced;
      const coerced: Record<string, unknown> = {};
      for (const field of fields) {
        const member = object[field.name];
        if (member === undefined) {
          if (field.defaultValue !== undefined) coerced[field.name] = field.defaultValue;
          else if (field.required) return notCoerced;
          continue;
        }
        const coercedMember = field.coercion(member);
        if (coercedMember === notCoerced) return notCoerced;
        coerced[field.name] = coercedMember;
      }
      if (oneOf) {
        const keys = Object.keys(coerced);
        if (keys.length !== 1 || coerced[keys[0]!] === null) return notCoerced;
      }
      return coerced;
    };
  }
  if (isLeafType(nullable)) {
    return (value) => {
      if (value == null) return null;
      try {
        const parsed: unknown = nullable.parseValue(value);
        return parsed === undefined ? notCoerced : parsed;
      } catch {
        return notCoerced;
      }
    };
  }
  throw new Error(`not an input type: ${String(type)}`);
}

/** graphql-js's list of one for a value that is not a list. */
function wrapped(item: unknown): unknown {
  return item === notCoerced ? notCoerced : [item];
}
