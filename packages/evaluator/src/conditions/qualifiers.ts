// How one Condition entry (operator, key, values) holds against a request: several values OR, negated operators,
// `…IfExists`, `ForAllValues:` and `ForAnyValue:` exactly as AWS's condition documentation defines them.
import type { KeyValue } from '../decide/request-scope';
import type { ConditionOperator } from './operator';
import type { SetQualifier } from './registry';

/**
 * The positive test over the policy values: does one request value match any of them (values OR)?
 */
function matchesAny(operator: ConditionOperator<any>, value: string, policyValues: readonly unknown[]): boolean {
  for (let i = 0; i < policyValues.length; i++) if (operator.test(value, policyValues[i])) return true;
  return false;
}

/** One request value through the operator: a negated operator holds when no policy value matches. */
function holdsForValue(operator: ConditionOperator<any>, value: string, policyValues: readonly unknown[]): boolean {
  return matchesAny(operator, value, policyValues) !== operator.negated;
}

/** What an entry (not Null) decides when the request has no value for its key, or an empty list. */
export function holdsWhenAbsent(operator: ConditionOperator<any>, qualifier: SetQualifier, ifExists: boolean): boolean {
  // AWS: IfExists holds on a missing key; ForAllValues holds on an empty set (vacuously), ForAnyValue does not;
  // a negated operator holds on a missing key, a positive one does not.
  if (ifExists) return true;
  if (qualifier === 'ForAllValues') return true;
  if (qualifier === 'ForAnyValue') return false;
  return operator.negated;
}

export function conditionHolds(
  operator: ConditionOperator<any>,
  qualifier: SetQualifier,
  ifExists: boolean,
  requestValue: KeyValue | undefined,
  policyValues: readonly unknown[],
): boolean {
  const absent = requestValue === undefined || (typeof requestValue !== 'string' && requestValue.length === 0);
  if (operator.family === 'null') return matchesAny(operator, absent ? 'absent' : 'present', policyValues);
  if (absent) return holdsWhenAbsent(operator, qualifier, ifExists);
  if (typeof requestValue === 'string') return holdsForValue(operator, requestValue, policyValues);
  switch (qualifier) {
    case 'ForAllValues':
      // Every request value must satisfy the operator.
      for (const v of requestValue) if (!holdsForValue(operator, v, policyValues)) return false;
      return true;
    case 'ForAnyValue':
      // At least one request value must satisfy the operator.
      for (const v of requestValue) if (holdsForValue(operator, v, policyValues)) return true;
      return false;
    default: {
      // A multi-valued key under a single-valued operator: the positive test holds when any value matches any
      // policy value; the negated operator holds when none does.
      let any = false;
      for (const v of requestValue) if (matchesAny(operator, v, policyValues)) { any = true; break; }
      return any !== operator.negated;
    }
  }
}
