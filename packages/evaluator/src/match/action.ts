// Action matching. AWS: case-insensitive, `*` and `?` wildcards, NotAction matches every action not listed.
// INVARIANT: patterns are lower-cased at compile time and callers pass a lower-cased action; nothing folds case here.
import { compileWildcard, type StringTest } from '../compile/wildcard';
import type { ValueListElement } from '../types';

export interface ActionMatcher {
  negated: boolean;
  patterns: string[];
  tests: StringTest[];
}

export function compileActionMatcher(element: ValueListElement): ActionMatcher {
  const patterns = element.values.map((v) => v.toLowerCase());
  return { negated: element.negated, patterns, tests: patterns.map((p) => compileWildcard(p, 'plain')) };
}

/** The pattern that matched `lowerAction`, or `undefined`. */
export function matchingActionPattern(matcher: ActionMatcher, lowerAction: string): string | undefined {
  for (let i = 0; i < matcher.tests.length; i++) if (matcher.tests[i]!(lowerAction)) return matcher.patterns[i];
  return undefined;
}

export function actionMatches(matcher: ActionMatcher, lowerAction: string): boolean {
  return (matchingActionPattern(matcher, lowerAction) !== undefined) !== matcher.negated;
}
