// Null: `true` holds when the key is absent from the request, `false` when it is present. No IfExists, no set forms.
import type { ConditionOperator } from './operator';
import { parseBool } from './bool';
import { CHECK_NULL } from './checks';

/** Null's test is over presence, not values: qualifiers.ts gives it `'present'`/`'absent'` as the request value. */
export const nullOperator: ConditionOperator<'true' | 'false'> = {
  name: 'Null',
  family: 'null',
  negated: false,
  wildcards: false,
  variables: false,
  check: CHECK_NULL,
  order: 0,
  prepare: parseBool,
  test: (presence, policy) => (policy === 'true') === (presence === 'absent'),
};
