// Numeric operators. AWS accepts integers and decimals; a request value that is not a number matches nothing.
import { CHECK_NUMBER, ORDER_EQUAL, ORDER_GREATER, ORDER_GREATER_EQUAL, ORDER_LESS, ORDER_LESS_EQUAL, ordered } from './checks';
import { type ConditionOperator, operatorPair } from './operator';
import { rememberLast } from './remember-last';

// One reading per number: `\d+\.?\d*` would backtrack quadratically on a long run of digits.
const NUMBER = /^[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?$/;

function parseNumber(text: string): number | undefined {
  if (!NUMBER.test(text)) return undefined;
  const n = Number(text);
  return Number.isFinite(n) ? n : undefined;
}

export const readRequestNumber = rememberLast(parseNumber);

function numeric(order: number) {
  return {
    family: 'numeric' as const,
    wildcards: false,
    variables: false,
    check: CHECK_NUMBER,
    order,
    prepare: parseNumber,
    test: (value: string, policy: number) => {
      const n = readRequestNumber(value);
      return n !== undefined && ordered(order, n, policy);
    },
  };
}

export const numericOperators: ConditionOperator<any>[] = [
  ...operatorPair(numeric(ORDER_EQUAL), 'NumericEquals', 'NumericNotEquals'),
  ...operatorPair(numeric(ORDER_LESS), 'NumericLessThan'),
  ...operatorPair(numeric(ORDER_LESS_EQUAL), 'NumericLessThanEquals'),
  ...operatorPair(numeric(ORDER_GREATER), 'NumericGreaterThan'),
  ...operatorPair(numeric(ORDER_GREATER_EQUAL), 'NumericGreaterThanEquals'),
];
