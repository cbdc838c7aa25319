// A condition entry whose values need no substitution, decided by a check chosen at compile time for its operator
// family (checks.ts), with what an absent key decides worked out once. The generic evaluator (compile-condition.ts,
// qualifiers.ts) reads the operator, its qualifier and its values per call and calls `operator.test` through one call
// site shared by every family; on a workload that uses them all, that costs several times the test itself (README,
// Benchmarks). Decides exactly as the generic evaluator (test/conditions/specialised.test.ts).
import type { KeyName } from '../compile/key-ids';
import type { StringTest } from '../compile/wildcard';
import type { RequestScope } from '../decide/request-scope';
import { parseBool } from './bool';
import {
  CHECK_BOOL,
  CHECK_DATE,
  CHECK_EQUALS,
  CHECK_EQUALS_LOWER,
  CHECK_GENERIC,
  CHECK_NULL,
  CHECK_NUMBER,
  CHECK_WILDCARD,
  ordered,
} from './checks';
import { readRequestDate } from './date';
import { type Cidr, cidrContains, readRequestIp } from './ip-address';
import { readRequestNumber } from './numeric';
import { holdsWhenAbsent } from './qualifiers';
import type { QualifiedOperator } from './registry';

/** How a request with several values for the key is read (set qualifiers). */
export const SETS_SINGLE = 0;
export const SETS_FOR_ALL = 1;
export const SETS_FOR_ANY = 2;

/** What a compiled condition keeps for the specialised evaluator. */
export interface Specialised {
  /** CHECK_*; CHECK_GENERIC: the generic evaluator decides. */
  check: number;
  order: number;
  negated: boolean;
  sets: number;
  /** What the entry decides when the request has no value for the key (or an empty list). */
  whenAbsent: boolean;
  /** Null: what it decides when the key has a value. */
  whenPresent: boolean;
}

const GENERIC: Specialised = { check: CHECK_GENERIC, order: 0, negated: false, sets: SETS_SINGLE, whenAbsent: false, whenPresent: false };

/** The specialisation of an entry with the operator `qualified` and the prepared static values `prepared`. */
export function specialise(qualified: QualifiedOperator, prepared: readonly unknown[] | undefined): Specialised {
  if (!prepared) return GENERIC;
  const { operator, qualifier, ifExists } = qualified;
  if (operator.check === CHECK_NULL) {
    // Null's policy values say whether the key must be absent (`true`) or present (`false`); any of them may hold.
    return { ...GENERIC, check: CHECK_NULL, whenAbsent: prepared.includes('true'), whenPresent: prepared.includes('false') };
  }
  return {
    check: operator.check,
    order: operator.order,
    negated: operator.negated,
    sets: qualifier === 'ForAllValues' ? SETS_FOR_ALL : qualifier === 'ForAnyValue' ? SETS_FOR_ANY : SETS_SINGLE,
    whenAbsent: holdsWhenAbsent(operator, qualifier, ifExists),
    whenPresent: false,
  };
}

/** A compiled condition as the specialised evaluator reads it: its key's number, its checks, its prepared values. */
export interface SpecialisedCondition extends Specialised, KeyName {
  prepared: unknown[] | undefined;
}

/** The positive test: does `value` match one of the prepared values? */
function matchesAny(c: SpecialisedCondition, value: string): boolean {
  const values = c.prepared!;
  switch (c.check) {
    case CHECK_EQUALS:
      for (let i = 0; i < values.length; i++) if (value === values[i]) return true;
      return false;
    case CHECK_EQUALS_LOWER: {
      const lower = value.toLowerCase();
      for (let i = 0; i < values.length; i++) if (lower === values[i]) return true;
      return false;
    }
    case CHECK_WILDCARD:
      for (let i = 0; i < values.length; i++) if ((values[i] as StringTest)(value)) return true;
      return false;
    case CHECK_NUMBER:
    case CHECK_DATE: {
      const n = c.check === CHECK_NUMBER ? readRequestNumber(value) : readRequestDate(value);
      if (n === undefined) return false;
      for (let i = 0; i < values.length; i++) if (ordered(c.order, n, values[i] as number)) return true;
      return false;
    }
    case CHECK_BOOL: {
      const bool = parseBool(value);
      for (let i = 0; i < values.length; i++) if (bool === values[i]) return true;
      return false;
    }
    default: {
      // CHECK_IP
      const address = readRequestIp(value);
      if (address === undefined) return false;
      for (let i = 0; i < values.length; i++) if (cidrContains(values[i] as Cidr, address)) return true;
      return false;
    }
  }
}

/** Whether the entry holds for this request (its `check` is not CHECK_GENERIC). */
export function holdsSpecialised(c: SpecialisedCondition, scope: RequestScope): boolean {
  const value = scope.get(c);
  if (typeof value === 'string') return c.check === CHECK_NULL ? c.whenPresent : matchesAny(c, value) !== c.negated;
  if (value === undefined || value.length === 0) return c.whenAbsent;
  if (c.check === CHECK_NULL) return c.whenPresent;
  switch (c.sets) {
    case SETS_FOR_ALL:
      // Every request value must satisfy the operator.
      for (let i = 0; i < value.length; i++) if (matchesAny(c, value[i]!) === c.negated) return false;
      return true;
    case SETS_FOR_ANY:
      // At least one request value must satisfy the operator.
      for (let i = 0; i < value.length; i++) if (matchesAny(c, value[i]!) !== c.negated) return true;
      return false;
    default:
      // A multi-valued key under a single-valued operator: the positive test over all values, then negated.
      for (let i = 0; i < value.length; i++) if (matchesAny(c, value[i]!)) return !c.negated;
      return c.negated;
  }
}
