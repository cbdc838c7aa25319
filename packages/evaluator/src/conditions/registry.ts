// Every condition operator AWS documents, registered once, and the reading of qualified names such as
// `ForAnyValue:StringLikeIfExists`.
import { arnOperators } from './arn';
import { binaryOperators } from './binary';
import { boolOperators } from './bool';
import { dateOperators } from './date';
import { ipAddressOperators } from './ip-address';
import { nullOperator } from './null';
import { numericOperators } from './numeric';
import type { ConditionOperator } from './operator';
import { stringOperators } from './string';
import { SharedTable } from '../compile/shared-table';

export const CONDITION_OPERATORS: ReadonlyMap<string, ConditionOperator<any>> = new Map(
  [...stringOperators, ...numericOperators, ...dateOperators, ...boolOperators, ...binaryOperators, ...ipAddressOperators, ...arnOperators, nullOperator].map(
    (op) => [op.name, op],
  ),
);

export type SetQualifier = 'ForAllValues' | 'ForAnyValue' | undefined;

export interface QualifiedOperator {
  operator: ConditionOperator<any>;
  qualifier: SetQualifier;
  ifExists: boolean;
}

const IF_EXISTS = 'IfExists';

/** Reads `ForAllValues:`/`ForAnyValue:` and `…IfExists` around a base operator; `undefined` for an unknown name. */
export function readOperator(name: string): QualifiedOperator | undefined {
  // One object per operator name, shared by every condition that uses it. `null`: an unknown name, remembered too.
  return qualifiedByName.get(name, () => qualify(name) ?? null) ?? undefined;
}

const qualifiedByName = new SharedTable<QualifiedOperator | null>(4096);

function qualify(name: string): QualifiedOperator | undefined {
  let rest = name;
  let qualifier: SetQualifier;
  const colon = rest.indexOf(':');
  if (colon >= 0) {
    const prefix = rest.slice(0, colon);
    if (prefix !== 'ForAllValues' && prefix !== 'ForAnyValue') return undefined;
    qualifier = prefix;
    rest = rest.slice(colon + 1);
  }
  const ifExists = rest.endsWith(IF_EXISTS);
  if (ifExists) rest = rest.slice(0, -IF_EXISTS.length);
  const operator = CONDITION_OPERATORS.get(rest);
  if (!operator) return undefined;
  // AWS: Null takes neither IfExists nor a set qualifier.
  if (operator.family === 'null' && (ifExists || qualifier)) return undefined;
  return { operator, qualifier, ifExists };
}
