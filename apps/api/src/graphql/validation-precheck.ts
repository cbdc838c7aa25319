import { getMetadataStorage, MAX_LENGTH, MIN_LENGTH, ValidationTypes, type ValidationArguments } from 'class-validator';

type ValidationMetadata = ReturnType<ReturnType<typeof getMetadataStorage>['getTargetValidationMetadatas']>[number];

/** Whether an object passes its class's rules: true, false, or undefined when the answer needs class-validator itself. */
type Precheck = (object: Record<string, unknown>) => boolean | undefined;

const prechecks = new Map<Function, Precheck | null>();

/**
 * Whether an input class instance passes its class-validator rules, as `validateInput` (validate-arguments.ts) would
 * find with its options (missing members skipped, unknown values allowed), decided by calling the same rules'
 * constraint functions straight from class-validator's metadata: none of the per-member error objects, closures and
 * promises class-validator builds. Only a yes is final: on a no, or undefined (a kind of rule it does not run, such
 * as an asynchronous one), `validateInput` runs and words the errors, so that there is one rule source and one way
 * of reporting.
 */
export function passesValidation(value: object): boolean | undefined {
  const precheck = precheckOf(value.constructor);
  return precheck ? precheck(value as Record<string, unknown>) : undefined;
}

function precheckOf(target: Function): Precheck | null {
  let precheck = prechecks.get(target);
  if (precheck !== undefined) return precheck;
  precheck = compile(target);
  prechecks.set(target, precheck);
  return precheck;
}

function compile(target: Function): Precheck | null {
  const storage = getMetadataStorage();
  const byProperty = new Map<string, ValidationMetadata[]>();
  for (const metadata of storage.getTargetValidationMetadatas(target, '', false, false, undefined)) {
    const supported = metadata.type === ValidationTypes.CONDITIONAL_VALIDATION || metadata.type === ValidationTypes.NESTED_VALIDATION || metadata.type === ValidationTypes.CUSTOM_VALIDATION;
    if (!supported || metadata.validateIf) return null;
    byProperty.set(metadata.propertyName, [...(byProperty.get(metadata.propertyName) ?? []), metadata]);
  }
  const properties: Precheck[] = [];
  for (const [property, metadatas] of byProperty) {
    const conditions = metadatas.filter((metadata) => metadata.type === ValidationTypes.CONDITIONAL_VALIDATION);
    const nested = metadatas.some((metadata) => metadata.type === ValidationTypes.NESTED_VALIDATION);
    const constraints = metadatas
      .filter((metadata) => metadata.type === ValidationTypes.CUSTOM_VALIDATION)
      .flatMap((metadata) => storage.getTargetValidatorConstraints(metadata.constraintCls).map((constraint) => ({ metadata, constraint })));
    if (constraints.some(({ constraint }) => constraint.async)) return null;
    // Each rule's validator, taken from class-validator's container once: its `instance` looks it up on every read,
    // through a list of every rule's class.
    const rules = constraints.map(({ metadata, constraint }) => ({
      each: metadata.each === true,
      constraints: metadata.constraints,
      validator: constraint.instance,
      // A rule that takes no constraints has none listed, whatever the type says.
      surelyPasses: lengthShortcut(metadata.name, metadata.constraints?.[0]),
    }));
    const applies = conditions.map((condition) => condition.constraints[0] as (object: object, value: unknown) => boolean);
    const targetName = target.name;
    properties.push((object) => {
      const value = object[property];
      for (const condition of applies) if (!condition(object, value)) return true;
      // validateInput skips missing members (GraphQL's types require the others).
      if (value === null || value === undefined) return true;
      for (const { each, constraints: ruleConstraints, validator, surelyPasses } of rules) {
        if (each && (value instanceof Set || value instanceof Map)) return undefined;
        if (surelyPasses !== undefined && typeof value === 'string' && surelyPasses(value)) continue;
        const args: ValidationArguments = { targetName, property, object, value, constraints: ruleConstraints };
        let valid: unknown;
        if (each && Array.isArray(value)) {
          valid = true;
          for (const item of value) {
            if (validator.validate(item, args) !== true) {
              valid = false;
              break;
            }
          }
        } else {
          valid = validator.validate(value, args);
        }
        if (valid !== true) return valid === false ? false : undefined;
      }
      return nested ? nestedPasses(value) : true;
    });
  }
  return (object) => {
    for (const property of properties) {
      const passes = property(object);
      if (passes !== true) return passes;
    }
    return true;
  };
}

/**
 * MinLength and MaxLength count a string's characters as validator's isLength does: its UTF-16 length less one for
 * each surrogate pair and each character with a presentation selector (U+FE0E, U+FE0F), every one of which holds a
 * code unit from U+D800 up. So a string no longer than MaxLength's bound passes it, and one with at least MinLength's
 * bound of code units below U+D800 passes that (both without the two regular expressions isLength runs over it).
 */
function lengthShortcut(rule: string | undefined, bound: unknown): ((value: string) => boolean) | undefined {
  if (typeof bound !== 'number') return undefined;
  if (rule === MAX_LENGTH) return (value) => value.length <= bound;
  if (rule !== MIN_LENGTH) return undefined;
  return (value) => {
    if (value.length < bound) return false;
    let plain = 0;
    for (let i = 0; i < value.length && plain < bound; i++) if (value.charCodeAt(i) < 0xd800) plain++;
    return plain >= bound;
  };
}

/** class-validator's nested validation: each item of a list (missing ones skipped), an object by its own class's rules. */
function nestedPasses(value: unknown): boolean | undefined {
  if (Array.isArray(value)) {
    for (const item of value) {
      if (item === null || item === undefined) continue;
      const passes = nestedPasses(item);
      if (passes !== true) return passes;
    }
    return true;
  }
  if (value instanceof Set || value instanceof Map) return undefined;
  return value instanceof Object ? passesValidation(value) : false;
}
