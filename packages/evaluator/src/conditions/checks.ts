// Each operator family's test of a request value, named by a number that a compiled condition keeps: the specialised
// evaluator (specialised-condition.ts) switches on it, where the generic one calls each operator's `test` through one
// call site that sees every family. Comparisons of the ordered families (numbers, dates) are numbered too.

/** Templated values, an unusable entry: decided by the generic evaluator (compile-condition.ts). */
export const CHECK_GENERIC = 0;
/** StringEquals, BinaryEquals: the prepared values are strings, equal or not. */
export const CHECK_EQUALS = 1;
/** StringEqualsIgnoreCase: the prepared values are lower-cased. */
export const CHECK_EQUALS_LOWER = 2;
/** StringLike, the ARN operators: the prepared values are StringTests. */
export const CHECK_WILDCARD = 3;
export const CHECK_NUMBER = 4;
export const CHECK_DATE = 5;
export const CHECK_BOOL = 6;
export const CHECK_IP = 7;
export const CHECK_NULL = 8;

export const ORDER_EQUAL = 0;
export const ORDER_LESS = 1;
export const ORDER_LESS_EQUAL = 2;
export const ORDER_GREATER = 3;
export const ORDER_GREATER_EQUAL = 4;

/** `value` against `policy` in the comparison `order` (ORDER_*). */
export function ordered(order: number, value: number, policy: number): boolean {
  switch (order) {
    case ORDER_EQUAL:
      return value === policy;
    case ORDER_LESS:
      return value < policy;
    case ORDER_LESS_EQUAL:
      return value <= policy;
    case ORDER_GREATER:
      return value > policy;
    default:
      return value >= policy;
  }
}
