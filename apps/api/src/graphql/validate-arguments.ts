import { validate, type ValidationError } from 'class-validator';
import type { ValidatorFn } from 'type-graphql';
import { IamError } from '../errors/iam-error';
import { hiddenValue, redactSecrets } from '../audit/redact-secrets';
import { cacheValidationMetadata } from './validation-metadata-cache';
import { passesValidation } from './validation-precheck';

cacheValidationMetadata();

interface Violation {
  field: string;
  value: unknown;
  constraint: string;
}

/**
 * type-graphql's `validateFn`: runs the class-validator rules of argument and input classes and reports them as
 * AWS does, "2 validation errors detected: Value 'x' at 'userName' failed to satisfy constraint: ...; ...", with the
 * first field at fault in `extensions.field`. Values of secret members are never repeated back. Absent optional
 * members are skipped (GraphQL's non-null types already require the others).
 */
export const validateArguments: ValidatorFn = (argValue) => {
  if (argValue === null || typeof argValue !== 'object') return;
  // Arguments that pass (nearly all) are answered without a promise: type-graphql runs this for every argument.
  if (passesAll(argValue)) return;
  return validateInput(argValue);
};

/** The same rules for an input class instance (or several) that a service receives from elsewhere than GraphQL. */
export async function validateInput(argValue: object | object[]): Promise<void> {
  if (passesAll(argValue)) return;
  const items: object[] = Array.isArray(argValue) ? argValue : [argValue];
  const results = await Promise.all(items.map((item) => validate(item, { forbidUnknownValues: false, skipMissingProperties: true })));
  const violations = results.flatMap((errors) => flatten(errors, ''));
  const [first] = violations;
  if (!first) return;
  const count = `${violations.length} validation error${violations.length === 1 ? '' : 's'} detected`;
  const details = violations.map((v) => `Value ${describeValue(v)}at '${v.field}' failed to satisfy constraint: ${v.constraint}`);
  throw new IamError('InvalidInput', `${count}: ${details.join('; ')}`, { field: first.field });
}

/** The rules' fast yes (a read's arguments almost always pass); class-validator itself otherwise, which words the errors. */
function passesAll(argValue: object | object[]): boolean {
  return Array.isArray(argValue) ? argValue.every((item: object) => passesValidation(item) === true) : passesValidation(argValue) === true;
}

/** Whether an InvalidInput's message is these rules' ("1 validation error detected: …"), which AWS's protocols name apart. */
export function isValidationFailure(message: string): boolean {
  return /^\d+ validation errors? detected: /.test(message);
}

function flatten(errors: ValidationError[], parentPath: string): Violation[] {
  return errors.flatMap((error) => {
    const field = parentPath === '' ? error.property : `${parentPath}.${error.property}`;
    const own = Object.values(error.constraints ?? {}).map((constraint) => ({ field, value: error.value, constraint }));
    return [...own, ...flatten(error.children ?? [], field)];
  });
}

/** AWS quotes the value, except for secrets (`Value at 'password' failed to ...`) and values it cannot print. */
function describeValue(violation: Violation): string {
  const leaf = violation.field.split('.').at(-1) ?? '';
  const value = (redactSecrets({ [leaf]: violation.value }) as Record<string, unknown>)[leaf];
  if (value === hiddenValue) return '';
  return typeof value === 'string' || typeof value === 'number' ? `'${value}' ` : '';
}
