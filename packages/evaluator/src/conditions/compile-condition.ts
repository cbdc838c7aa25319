// One Condition entry compiled: operator resolved, static values prepared once, variable values prepared per request
// (and cached by the variables' values, since the same callers repeat).
import { keyName, type KeyName } from '../compile/key-ids';
import type { RequestScope } from '../decide/request-scope';
import type { ConditionEntry, ConditionTrace } from '../types';
import { parseTemplate, substitute, templateVariables, type TemplatePart, type VariablePart } from '../variables/substitute';
import { CHECK_GENERIC } from './checks';
import { conditionHolds } from './qualifiers';
import { type QualifiedOperator, readOperator } from './registry';
import { holdsSpecialised, specialise, type SpecialisedCondition } from './specialised-condition';

/**
 * The key's names (KeyName) are kept here to spare a read of `entry`; the specialised evaluator's fields
 * (SpecialisedCondition) come first, beside the key's number, so that it reads one cache line.
 */
export interface CompiledCondition extends KeyName, SpecialisedCondition {
  entry: ConditionEntry;
  qualified: QualifiedOperator | undefined;
  /** Set when the entry can never hold (AWS would refuse the policy). */
  problem: ConditionTrace['problem'];
  /** Prepared static values; absent when some value holds a variable. */
  prepared: unknown[] | undefined;
  /** Per value: its template when it holds variables, else its prepared value. */
  templated: Array<TemplatedValue | { value: unknown }> | undefined;
}

/**
 * A policy value with variables, prepared per request. Its preparations are kept by the variable's value when it has
 * one variable (the common case: reading the value is then the only work on a repeat, no text built or hashed), else
 * by the substituted text.
 */
interface TemplatedValue {
  parts: TemplatePart[];
  variable: VariablePart | undefined;
  prepared: Map<string, unknown>;
}

/** A substituted value the operator cannot read (kept so that the next request with it fails alike, at once). */
const INVALID = Symbol('invalid');
/** A value whose variable has no value in the request (absent, or multi-valued) and no default. */
const NO_VALUE = Symbol('no value');

export function compileCondition(entry: ConditionEntry, variablesEnabled: boolean): CompiledCondition {
  const qualified = readOperator(entry.operator);
  const { key, name, id } = keyName(entry.key);
  const compiled: CompiledCondition = {
    id,
    check: CHECK_GENERIC,
    prepared: undefined,
    negated: false,
    whenAbsent: false,
    sets: 0,
    order: 0,
    whenPresent: false,
    key,
    name,
    entry,
    qualified,
    problem: undefined,
    templated: undefined,
  };
  if (!qualified) {
    compiled.problem = 'unknown-operator';
    return compiled;
  }
  const { operator } = qualified;
  const useVariables = variablesEnabled && operator.variables;
  const templated: NonNullable<CompiledCondition['templated']> = [];
  let hasTemplate = false;
  for (const value of entry.values) {
    const template = useVariables ? parseTemplate(value) : { ok: true as const, parts: undefined };
    if (!template.ok) {
      compiled.problem = 'invalid-value';
      return compiled;
    }
    if (template.parts) {
      hasTemplate = true;
      const variables = templateVariables(template.parts);
      templated.push({ parts: template.parts, variable: variables.length === 1 ? variables[0] : undefined, prepared: new Map() });
      continue;
    }
    const prepared = operator.prepare(value);
    if (prepared === undefined) {
      compiled.problem = 'invalid-value';
      return compiled;
    }
    templated.push({ value: prepared });
  }
  if (hasTemplate) {
    compiled.templated = templated;
  } else compiled.prepared = templated.map((t) => (t as { value: unknown }).value);
  return Object.assign(compiled, specialise(qualified, compiled.prepared));
}

/**
 * The policy values for this request; `undefined` when a substituted value cannot be read by the operator (the
 * condition then cannot hold). A value whose variable has no value is left out: AWS reads it as null, "There is no
 * equal or like value" (IAM User Guide, Policy variables with no value), so it can never be the value that matches —
 * a positive operator is decided by the other values, and a negated one finds nothing there to equal.
 */
function policyValues(condition: CompiledCondition, scope: RequestScope): unknown[] | undefined {
  if (condition.prepared) return condition.prepared;
  const templated = condition.templated!;
  const out: unknown[] = [];
  for (let i = 0; i < templated.length; i++) {
    const t = templated[i]!;
    const value = 'value' in t ? t.value : preparedFor(t, condition, scope);
    if (value === NO_VALUE) continue;
    if (value === INVALID) return undefined;
    out.push(value);
  }
  return out;
}

/** A templated value's preparation for this request: NO_VALUE when a variable has no value and no default. */
function preparedFor(t: TemplatedValue, condition: CompiledCondition, scope: RequestScope): unknown {
  const operator = condition.qualified!.operator;
  const variable = t.variable;
  // Substituted text is literal: wildcard characters from a variable's value must not act as wildcards.
  const key = variable ? (scope.single(variable) ?? variable.fallback) : substitute(t.parts, scope, operator.wildcards);
  if (key === undefined) return NO_VALUE;
  let prepared = t.prepared.get(key);
  if (prepared === undefined) {
    prepared = operator.prepare(variable ? substitute(t.parts, scope, operator.wildcards)! : key) ?? INVALID;
    // Bounded: the values vary with the callers (user names, tags).
    if (t.prepared.size >= 256) t.prepared.clear();
    t.prepared.set(key, prepared);
  }
  return prepared;
}

export function evaluateCondition(condition: CompiledCondition, scope: RequestScope): boolean {
  return condition.check !== CHECK_GENERIC ? holdsSpecialised(condition, scope) : evaluateGeneric(condition, scope);
}

/** Any entry, through the operator's own test: templated values, unusable entries (and the specialised ones' reference). */
export function evaluateGeneric(condition: CompiledCondition, scope: RequestScope): boolean {
  if (condition.problem) return false;
  const values = policyValues(condition, scope);
  if (!values) return false;
  const { operator, qualifier, ifExists } = condition.qualified!;
  return conditionHolds(operator, qualifier, ifExists, scope.get(condition), values);
}

/** The same evaluation, explained for the trace. */
export function traceCondition(condition: CompiledCondition, scope: RequestScope): ConditionTrace {
  const requestValue = scope.get(condition);
  const trace: ConditionTrace = {
    operator: condition.entry.operator,
    key: condition.entry.key,
    matched: false,
    policyValues: condition.entry.values,
  };
  if (requestValue !== undefined) trace.requestValues = typeof requestValue === 'string' ? [requestValue] : [...requestValue];
  if (condition.problem) {
    trace.problem = condition.problem;
    return trace;
  }
  if (condition.templated) {
    const shown: string[] = [];
    const withoutValue: string[] = [];
    condition.templated.forEach((t, i) => {
      const raw = condition.entry.values[i]!;
      const substituted = 'parts' in t ? substitute(t.parts, scope) : raw;
      if (substituted === undefined) withoutValue.push(raw);
      shown.push(substituted ?? raw);
    });
    trace.policyValues = shown;
    if (withoutValue.length > 0) trace.nullValues = withoutValue;
  }
  trace.matched = evaluateCondition(condition, scope);
  return trace;
}
