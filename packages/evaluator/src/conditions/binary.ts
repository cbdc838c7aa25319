// BinaryEquals. AWS compares the base64 encodings byte for byte.
import { CHECK_EQUALS } from './checks';
import { type ConditionOperator, operatorPair } from './operator';

const BASE64 = /^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$/;

export const binaryOperators: ConditionOperator<any>[] = operatorPair<string>(
  {
    family: 'binary',
    wildcards: false,
    variables: false,
    check: CHECK_EQUALS,
    order: 0,
    prepare: (v) => (BASE64.test(v) ? v : undefined),
    test: (value, policy) => value === policy,
  },
  'BinaryEquals',
);
