// Date operators. AWS accepts ISO 8601 dates and times (W3C profile) and epoch times in seconds.
import { CHECK_DATE, ORDER_EQUAL, ORDER_GREATER, ORDER_GREATER_EQUAL, ORDER_LESS, ORDER_LESS_EQUAL, ordered } from './checks';
import { type ConditionOperator, operatorPair } from './operator';
import { rememberLast } from './remember-last';

const ISO_8601 = /^\d{4}-\d{2}-\d{2}(?:T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:\d{2})?)?$/;
const EPOCH_SECONDS = /^-?\d+$/;

/** Milliseconds since the epoch, or `undefined` when the text is neither an ISO 8601 date nor epoch seconds. */
function parseDate(text: string): number | undefined {
  if (EPOCH_SECONDS.test(text)) return Number(text) * 1000;
  if (!ISO_8601.test(text)) return undefined;
  // A date and time without an offset is UTC in AWS; JavaScript would read it as local time.
  const withZone = text.length > 10 && !/(?:Z|[+-]\d{2}:\d{2})$/.test(text) ? `${text}Z` : text;
  const ms = Date.parse(withZone);
  return Number.isNaN(ms) ? undefined : ms;
}

export const readRequestDate = rememberLast(parseDate);

function date(order: number) {
  return {
    family: 'date' as const,
    wildcards: false,
    variables: false,
    check: CHECK_DATE,
    order,
    prepare: parseDate,
    test: (value: string, policy: number) => {
      const ms = readRequestDate(value);
      return ms !== undefined && ordered(order, ms, policy);
    },
  };
}

export const dateOperators: ConditionOperator<any>[] = [
  ...operatorPair(date(ORDER_EQUAL), 'DateEquals', 'DateNotEquals'),
  ...operatorPair(date(ORDER_LESS), 'DateLessThan'),
  ...operatorPair(date(ORDER_LESS_EQUAL), 'DateLessThanEquals'),
  ...operatorPair(date(ORDER_GREATER), 'DateGreaterThan'),
  ...operatorPair(date(ORDER_GREATER_EQUAL), 'DateGreaterThanEquals'),
];
