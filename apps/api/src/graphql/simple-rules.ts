import { getMetadataStorage, ValidationTypes, type ValidationArguments } from 'class-validator';

/** One property's rules, each a class-validator constraint called exactly as class-validator calls it. */
interface PropertyRules {
  property: string;
  rules: Array<{ each: boolean; constraints: unknown[]; validate: (value: unknown, args: ValidationArguments) => unknown }>;
}

// Per class: its properties' rules when they are all simple, `null` when class-validator must run them.
const rulesByClass = new Map<Function, PropertyRules[] | null>();

/**
 * Whether an instance certainly satisfies its class's rules, decided with the same constraints class-validator runs
 * but without its executor, which builds error objects for every property and a promise per call (most of validating
 * a read's arguments). Only classes whose rules are all synchronous constraints (length, pattern, range…) are decided
 * here; `false` means "not certainly", and the caller then runs class-validator, which words the errors. Absent
 * properties are skipped, as validate-arguments.ts asks class-validator to.
 */
export function passesSimpleRules(instance: object): boolean {
  const target = instance.constructor;
  let properties = rulesByClass.get(target);
  if (properties === undefined) rulesByClass.set(target, (properties = simpleRulesOf(target)));
  if (properties === null) return false;
  for (const { property, rules } of properties) {
    const value = (instance as Record<string, unknown>)[property];
    if (value === undefined || value === null) continue;
    for (const rule of rules) {
      const args: ValidationArguments = { targetName: target.name, property, object: instance, value, constraints: rule.constraints };
      if (rule.each && (value instanceof Set || value instanceof Map)) return false;
      const results = rule.each && Array.isArray(value) ? value.map((item) => rule.validate(item, args)) : [rule.validate(value, args)];
      // A promise (an asynchronous constraint) or a failure: class-validator decides, and explains.
      if (!results.every((result) => result === true)) return false;
    }
  }
  return true;
}

function simpleRulesOf(target: Function): PropertyRules[] | null {
  const storage = getMetadataStorage();
  // The lookup class-validator makes for validate-arguments.ts's options (kept per class: validation-metadata-cache.ts).
  const metadatas = storage.getTargetValidationMetadatas(target, '', false, false, undefined);
  const byProperty = new Map<string, PropertyRules>();
  for (const metadata of metadatas) {
    if (metadata.type !== ValidationTypes.CUSTOM_VALIDATION || metadata.validateIf || metadata.always || !metadata.constraintCls) return null;
    const constraints = storage.getTargetValidatorConstraints(metadata.constraintCls);
    if (constraints.length === 0 || constraints.some((constraint) => constraint.async)) return null;
    let entry = byProperty.get(metadata.propertyName);
    if (!entry) byProperty.set(metadata.propertyName, (entry = { property: metadata.propertyName, rules: [] }));
    for (const constraint of constraints) {
      const validator = constraint.instance as { validate: (value: unknown, args: ValidationArguments) => unknown };
      entry.rules.push({ each: metadata.each ?? false, constraints: metadata.constraints, validate: validator.validate.bind(validator) });
    }
  }
  return [...byProperty.values()];
}
