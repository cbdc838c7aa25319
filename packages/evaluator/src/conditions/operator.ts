// A condition operator is data (after iam-simulate's BaseConditionOperator): its family, whether it negates, whether
// it takes wildcards and policy variables, how to read a policy value once, and the positive test of one value pair.

export type OperatorFamily = 'string' | 'numeric' | 'date' | 'bool' | 'binary' | 'ip-address' | 'arn' | 'null';

export interface ConditionOperator<Prepared = unknown> {
  name: string;
  family: OperatorFamily;
  /**
   * A negated operator (StringNotEquals, NotIpAddress…) holds when the positive test holds for none of the policy
   * values, and also when the key is absent from the request (AWS).
   */
  negated: boolean;
  wildcards: boolean;
  variables: boolean;
  /** The family's test as a number (checks.ts: CHECK_*), for the specialised evaluator. */
  check: number;
  /** For numbers and dates: the comparison (checks.ts: ORDER_*); 0 otherwise. */
  order: number;
  /** Reads a policy value at compile time; `undefined` when the value cannot be one of this operator's. */
  prepare(policyValue: string): Prepared | undefined;
  /** The positive test of one request value against one prepared policy value. */
  test(requestValue: string, prepared: Prepared): boolean;
}

/** Declares an operator and, when given `negatedName`, its negated twin with the same test. */
export function operatorPair<P>(
  base: Omit<ConditionOperator<P>, 'negated' | 'name'>,
  name: string,
  negatedName?: string,
): ConditionOperator<P>[] {
  const positive: ConditionOperator<P> = { ...base, name, negated: false };
  return negatedName ? [positive, { ...base, name: negatedName, negated: true }] : [positive];
}
