// Numeric operators. AWS accepts integers and decimals; a request value that is not a number matches nothing.
import { type ConditionOperator, operatorPair } from './operator';
import { rememberLast } from './remember-last';

// One reading per number: `\d+\.?\d*` would backtrack quadratically on a long run of digits.
const NUMBER = /^[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?$/;

function parseNumber(text: string): number | undefined {
  if (!NUMBER.test(text)) return undefined;
  const n = Number(text);
  return Number.isFinite(n) ? n : undefined;
}

const readRequestNumber = rememberLast(parseNumber);

function numeric(compare: (value: number, policy: number) => boolean) {
  return {
    family: 'numeric' as const,
    wildcards: false,
    variables: false,
    prepare: parseNumber,
    test: (value: string, policy: number) => {
      const n = readRequestNumber(value);
      return n !== undefined && compare(n, policy);
    },
  };
}

export const numericOperators: ConditionOperator<any>[] = [
  ...operatorPair(numeric((a, b) => a === b), 'NumericEquals', 'NumericNotEquals'),
  ...operatorPair(numeric((a, b) => a < b), 'NumericLessThan'),
  ...operatorPair(numeric((a, b) => a <= b), 'NumericLessThanEquals'),
  ...operatorPair(numeric((a, b) => a > b), 'NumericGreaterThan'),
  ...operatorPair(numeric((a, b) => a >= b), 'NumericGreaterThanEquals'),
];
