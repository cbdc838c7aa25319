// One Condition entry compiled: operator resolved, static values prepared once, variable values prepared per request
// (and cached, since the same callers repeat).
import { propertyName } from '../compile/flat-string';
import { keyId, type KeyName } from '../compile/key-ids';
import type { RequestScope } from '../decide/request-scope';
import type { ConditionEntry, ConditionTrace } from '../types';
import { parseTemplate, substitute, Substitution, type TemplatePart } from '../variables/substitute';
import { conditionHolds } from './qualifiers';
import { type QualifiedOperator, readOperator } from './registry';

/** The key's names (KeyName) are kept here to spare a read of `entry`. */
export interface CompiledCondition extends KeyName {
  entry: ConditionEntry;
  qualified: QualifiedOperator | undefined;
  /** Set when the entry can never hold (AWS would refuse the policy). */
  problem: ConditionTrace['problem'];
  /** Prepared static values; absent when some value holds a variable. */
  prepared: unknown[] | undefined;
  /** Per value: its template when it holds variables, else its prepared value. */
  templated: Array<{ parts: TemplatePart[]; substitution: Substitution } | { value: unknown }> | undefined;
  cache: Map<string, unknown> | undefined;
  /** The policy values of the last request, reused while no variable changed value. */
  lastValues: unknown[] | undefined;
}

export function compileCondition(entry: ConditionEntry, variablesEnabled: boolean): CompiledCondition {
  const qualified = readOperator(entry.operator);
  const compiled: CompiledCondition = {
    entry,
    key: propertyName(entry.key.toLowerCase()),
    name: propertyName(entry.key),
    id: keyId(entry.key),
    qualified,
    problem: undefined,
    prepared: undefined,
    templated: undefined,
    cache: undefined,
    lastValues: undefined,
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
      templated.push({ parts: template.parts, substitution: new Substitution(template.parts, operator.wildcards) });
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
  return compiled;
}

/** The policy values for this request; `undefined` when a variable has no value (the condition then cannot hold). */
function policyValues(condition: CompiledCondition, scope: RequestScope): unknown[] | undefined {
  if (condition.prepared) return condition.prepared;
  const templated = condition.templated!;
  // Substituted text is literal: wildcard characters from a variable's value must not act as wildcards.
  let changed = condition.lastValues === undefined;
  for (const t of templated) {
    if ('value' in t) continue;
    if (t.substitution.apply(scope) === undefined) {
      condition.lastValues = undefined;
      return undefined;
    }
    if (t.substitution.changed) changed = true;
  }
  if (!changed) return condition.lastValues;
  const operator = condition.qualified!.operator;
  const out: unknown[] = [];
  for (const t of templated) {
    if ('value' in t) {
      out.push(t.value);
      continue;
    }
    const text = t.substitution.apply(scope)!;
    const cache = (condition.cache ??= new Map());
    let prepared = cache.get(text);
    if (prepared === undefined) {
      prepared = operator.prepare(text);
      if (prepared === undefined) {
        // Not reusable: the next request with these values must fail the same way.
        condition.lastValues = undefined;
        return undefined;
      }
      if (cache.size >= 256) cache.clear();
      cache.set(text, prepared);
    }
    out.push(prepared);
  }
  condition.lastValues = out;
  return out;
}

export function evaluateCondition(condition: CompiledCondition, scope: RequestScope): boolean {
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
    condition.templated.forEach((t, i) => shown.push('parts' in t ? (substitute(t.parts, scope) ?? condition.entry.values[i]!) : condition.entry.values[i]!));
    trace.policyValues = shown;
    if (!policyValues(condition, scope)) {
      trace.problem = 'missing-variable';
      return trace;
    }
  }
  trace.matched = evaluateCondition(condition, scope);
  return trace;
}
