// String operators. AWS: StringEquals is case-sensitive, the IgnoreCase pair folds case, StringLike takes `*` and `?`.
import { flatString } from '../compile/flat-string';
import { compileWildcard, type StringTest } from '../compile/wildcard';
import { CHECK_EQUALS, CHECK_EQUALS_LOWER, CHECK_WILDCARD } from './checks';
import { type ConditionOperator, operatorPair } from './operator';

export const stringOperators: ConditionOperator<any>[] = [
  ...operatorPair<string>(
    { family: 'string', wildcards: false, variables: true, check: CHECK_EQUALS, order: 0, prepare: flatString, test: (value, policy) => value === policy },
    'StringEquals',
    'StringNotEquals',
  ),
  ...operatorPair<string>(
    {
      family: 'string',
      wildcards: false,
      variables: true,
      check: CHECK_EQUALS_LOWER,
      order: 0,
      prepare: (v) => flatString(v.toLowerCase()),
      test: (value, policy) => value.toLowerCase() === policy,
    },
    'StringEqualsIgnoreCase',
    'StringNotEqualsIgnoreCase',
  ),
  ...operatorPair<StringTest>(
    { family: 'string', wildcards: true, variables: true, check: CHECK_WILDCARD, order: 0, prepare: (v) => compileWildcard(v, 'plain'), test: (value, policy) => policy(value) },
    'StringLike',
    'StringNotLike',
  ),
];
