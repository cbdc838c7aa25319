// Bool. AWS compares `true`/`false` without regard to case.
import { CHECK_BOOL } from './checks';
import { type ConditionOperator, operatorPair } from './operator';

export function parseBool(text: string): 'true' | 'false' | undefined {
  if (text === 'true' || text === 'false') return text;
  const lower = text.toLowerCase();
  return lower === 'true' || lower === 'false' ? lower : undefined;
}

export const boolOperators: ConditionOperator<any>[] = operatorPair<'true' | 'false'>(
  { family: 'bool', wildcards: false, variables: false, check: CHECK_BOOL, order: 0, prepare: parseBool, test: (value, policy) => parseBool(value) === policy },
  'Bool',
);
