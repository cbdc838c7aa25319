// ARN operators. AWS: ArnEquals and ArnLike behave the same: each colon-delimited part compared case-sensitively,
// with `*` and `?` allowed in every part.
import { compileWildcard, type StringTest } from '../compile/wildcard';
import { CHECK_WILDCARD } from './checks';
import { type ConditionOperator, operatorPair } from './operator';

const arn = {
  family: 'arn' as const,
  wildcards: true,
  variables: true,
  check: CHECK_WILDCARD,
  order: 0,
  prepare: (v: string) => compileWildcard(v, 'arn'),
  test: (value: string, policy: StringTest) => policy(value),
};

export const arnOperators: ConditionOperator<any>[] = [
  ...operatorPair(arn, 'ArnEquals', 'ArnNotEquals'),
  ...operatorPair(arn, 'ArnLike', 'ArnNotLike'),
];
