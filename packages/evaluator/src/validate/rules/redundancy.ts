// Redundancy: values another value of the same list already covers, and statements another statement already covers.
import { compileWildcard } from '../../compile/wildcard';
import type { Statement, ValueListElement } from '../../types';
import type { StringTest } from '../../compile/wildcard';
import type { RuleContext } from './index';

/** Index of a value covered by another value of the list (a duplicate or a wider wildcard), for each covered value. */
function coveredValues(element: ValueListElement, mode: 'plain' | 'arn', ignoreCase: boolean): Map<number, string> {
  const covered = new Map<number, string>();
  const values = ignoreCase ? element.values.map((v) => v.toLowerCase()) : element.values;
  const tests = values.map((v) => (v.includes('${') ? undefined : compileWildcard(v, mode)));
  values.forEach((value, i) => {
    for (let j = 0; j < values.length; j++) {
      if (i === j) continue;
      const duplicate = values[j] === value;
      // Of two equal values keep the first; a wider pattern covers a narrower one (tested on the narrower text).
      if ((duplicate && j < i) || (!duplicate && tests[j]?.(value))) {
        covered.set(i, element.values[j]!);
        return;
      }
    }
  });
  return covered;
}

/** A statement that can cover others: same effect, no conditions or principal, plain Action and Resource lists. */
interface Coverable {
  statement: Statement;
  actions: string[];
  actionTests: StringTest[];
  resources: string[];
  resourceTests: StringTest[];
}

function coverable(s: Statement): Coverable | undefined {
  if (s.conditions.length > 0 || s.principal || !s.action || !s.resource || s.action.negated || s.resource.negated) return undefined;
  if (s.resource.values.some((v) => v.includes('${'))) return undefined;
  const actions = s.action.values.map((v) => v.toLowerCase());
  return {
    statement: s,
    actions,
    actionTests: actions.map((v) => compileWildcard(v, 'plain')),
    resources: s.resource.values,
    resourceTests: s.resource.values.map((v) => compileWildcard(v, 'arn')),
  };
}

/** `outer` allows or denies everything `inner` does. */
function covers(outer: Coverable, inner: Coverable): boolean {
  if (outer.statement.effect !== inner.statement.effect) return false;
  return inner.actions.every((a) => outer.actionTests.some((t) => t(a))) && inner.resources.every((r) => outer.resourceTests.some((t) => t(r)));
}

export function redundancyRules({ policy, out }: RuleContext): void {
  const statements = policy.statements;
  for (const s of statements) {
    if (s.action && s.action.values.length > 1) {
      for (const [i, by] of coveredValues(s.action, 'plain', true)) out.add('REDUNDANT_ACTION', s.action.paths[i]!, `\`${s.action.values[i]}\` is already covered by \`${by}\``);
    }
    if (s.resource && s.resource.values.length > 1) {
      for (const [i, by] of coveredValues(s.resource, 'arn', false)) out.add('REDUNDANT_RESOURCE', s.resource.paths[i]!, `\`${s.resource.values[i]}\` is already covered by \`${by}\``);
    }
  }
  const candidates = statements.map(coverable);
  candidates.forEach((inner, i) => {
    if (!inner) return;
    // Of two statements that cover each other, the later one is reported.
    const outer = candidates.find((c, j) => c !== undefined && j !== i && covers(c, inner) && (j < i || !covers(inner, c)))?.statement;
    if (outer) {
      out.add('REDUNDANT_STATEMENT', inner.statement.path, `the statement adds nothing: statement ${outer.index + 1}${outer.sid ? ` (\`${outer.sid}\`)` : ''} already covers it`);
    }
  });
}
