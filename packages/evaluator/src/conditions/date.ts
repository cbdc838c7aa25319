// Date operators. AWS accepts ISO 8601 dates and times (W3C profile) and epoch times in seconds.
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

const readRequestDate = rememberLast(parseDate);

function date(compare: (value: number, policy: number) => boolean) {
  return {
    family: 'date' as const,
    wildcards: false,
    variables: false,
    prepare: parseDate,
    test: (value: string, policy: number) => {
      const ms = readRequestDate(value);
      return ms !== undefined && compare(ms, policy);
    },
  };
}

export const dateOperators: ConditionOperator<any>[] = [
  ...operatorPair(date((a, b) => a === b), 'DateEquals', 'DateNotEquals'),
  ...operatorPair(date((a, b) => a < b), 'DateLessThan'),
  ...operatorPair(date((a, b) => a <= b), 'DateLessThanEquals'),
  ...operatorPair(date((a, b) => a > b), 'DateGreaterThan'),
  ...operatorPair(date((a, b) => a >= b), 'DateGreaterThanEquals'),
];
