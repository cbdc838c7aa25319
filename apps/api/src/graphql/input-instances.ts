import { getMetadataStorage } from 'type-graphql';

type InputFields = Array<[name: string, fieldClass: Function | undefined]>;

const fieldsByClass = new Map<Function, InputFields>();

/**
 * Arguments already coerced to their GraphQL types, made into the instances of their `@InputType` / `@ArgsType`
 * classes, as type-graphql hands them to a resolver, so that their class-validator rules apply to them
 * (`validateInput`) where they arrive by another protocol than GraphQL. The classes' fields come from type-graphql's
 * own metadata, the one description of the input types.
 */
export function toInputInstance<T>(target: new () => T, value: unknown): T {
  return convert(target, value) as T;
}

function convert(target: Function, value: unknown): unknown {
  if (value === null || value === undefined) return value;
  if (Array.isArray(value)) return value.map((item: unknown) => convert(target, item));
  const fields = inputFields(target);
  if (fields.length === 0 || typeof value !== 'object') return value;
  const instance = Object.create(target.prototype as object) as Record<string, unknown>;
  for (const [name, fieldClass] of fields) {
    const member = (value as Record<string, unknown>)[name];
    if (member !== undefined) instance[name] = fieldClass ? convert(fieldClass, member) : member;
  }
  return instance;
}

/** The class's fields (its ancestors' included), each with its input class when it is one. */
function inputFields(target: Function): InputFields {
  let fields = fieldsByClass.get(target);
  if (fields) return fields;
  const storage = getMetadataStorage();
  const classes = [...storage.inputTypes, ...storage.argumentTypes];
  const isInputClass = (candidate: unknown) => classes.some((metadata) => metadata.target === candidate);
  fields = [];
  for (let current = target; current?.prototype !== undefined; current = Object.getPrototypeOf(current) as Function) {
    const metadata = classes.find((candidate) => candidate.target === current);
    for (const field of metadata?.fields ?? []) {
      if (fields.some(([name]) => name === field.name)) continue;
      const fieldType = field.getType();
      fields.push([field.name, typeof fieldType === 'function' && isInputClass(fieldType) ? (fieldType as Function) : undefined]);
    }
  }
  fieldsByClass.set(target, fields);
  return fields;
}
