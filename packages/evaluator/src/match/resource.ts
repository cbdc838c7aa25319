// Resource matching: ARN-aware wildcards (see compile/wildcard.ts), case-sensitive, policy variables substituted per
// request. NotResource matches every resource not listed. A variable without a value makes its pattern not match.
import { parseArn } from '../arn';
import { compileWildcard, type StringTest, WildcardCache, wildcardShape, type WildcardShape } from '../compile/wildcard';
import type { RequestScope } from '../decide/request-scope';
import type { ResourceMismatch, ValueListElement } from '../types';
import { hasPrefix } from '../compile/affixes';
import { flatString } from '../compile/flat-string';
import { parseTemplate, substitute, Substitution, type TemplatePart, type VariablePart } from '../variables/substitute';

interface ResourcePattern {
  pattern: string;
  /** For a fixed pattern. */
  test: StringTest | undefined;
  /**
   * For a fixed pattern, its shape (compile/wildcard.ts); for a pattern with one variable after plain text, its
   * template shape (TEMPLATE_*). Compiled policies pack shapes (compile/packed-statements.ts).
   */
  shape: WildcardShape | TemplateShape | undefined;
  /** For a pattern with variables. */
  parts: TemplatePart[] | undefined;
  substitution: Substitution | undefined;
}

export interface ResourceMatcher {
  negated: boolean;
  /** The test of a Resource/NotResource holding one fixed pattern, the common case: one read instead of three. */
  single: StringTest | undefined;
  patterns: ResourcePattern[];
  cache: WildcardCache | undefined;
}

export function compileResourceMatcher(element: ValueListElement, variablesEnabled: boolean): ResourceMatcher {
  let hasVariables = false;
  const patterns = element.values.map((pattern): ResourcePattern => {
    const template = variablesEnabled ? parseTemplate(pattern) : undefined;
    // A malformed `${` can never be satisfied: the pattern matches nothing, as an unresolvable variable would.
    if (template && !template.ok) return { pattern, test: () => false, shape: undefined, parts: undefined, substitution: undefined };
    if (template?.parts) {
      hasVariables = true;
      return { pattern, test: undefined, shape: templateShape(template.parts), parts: template.parts, substitution: new Substitution(template.parts, true) };
    }
    return { pattern, test: compileWildcard(pattern, 'arn'), shape: wildcardShape(pattern, 'arn'), parts: undefined, substitution: undefined };
  });
  const single = patterns.length === 1 ? patterns[0]!.test : undefined;
  return { negated: element.negated, single, patterns, cache: hasVariables ? new WildcardCache('arn') : undefined };
}

/**
 * Shapes of a pattern that is plain text (no wildcards), one variable and nothing or a final `*`: the resource is the
 * text and the variable's value, or starts with them. Negative, apart from compile/wildcard.ts's kinds. Matched without
 * building the substituted pattern; the value's own `*` and `?` are literal either way (AWS).
 */
export const TEMPLATE_EQUALS = -1;
export const TEMPLATE_PREFIX = -2;

export interface TemplateShape {
  kind: number;
  /** The text before the variable. */
  a: string;
  b: VariablePart;
}

function templateShape(parts: readonly TemplatePart[]): TemplateShape | undefined {
  let i = 0;
  const text = typeof parts[0] === 'string' ? parts[i++] as string : '';
  const variable = parts[i++];
  if (typeof variable !== 'object' || 'literal' in variable || /[*?\uE000\uE001]/.test(text)) return undefined;
  if (i === parts.length) return { kind: TEMPLATE_EQUALS, a: flatString(text), b: variable };
  if (i === parts.length - 1 && parts[i] === '*') return { kind: TEMPLATE_PREFIX, a: flatString(text), b: variable };
  return undefined;
}

/**
 * Whether the resource matches a template shape's pattern. AWS: "If a variable that has no value in the authorization
 * context is used as part of the Resource or NotResource element of a policy, the resource that includes a policy
 * variable with no value will not match any resource" (IAM User Guide, Policy variables with no value).
 */
export function templateMatches(kind: number, text: string, variable: VariablePart, resource: string, scope: RequestScope): boolean {
  const value = scope.single(variable) ?? variable.fallback;
  if (value === undefined) return false;
  const length = text.length + value.length;
  if (kind === TEMPLATE_EQUALS ? resource.length !== length : resource.length < length) return false;
  return hasPrefix(resource, text) && resource.startsWith(value, text.length);
}

/** Whether the pattern matches; one with a variable that has no value matches no resource (templateMatches). */
function patternMatches(matcher: ResourceMatcher, p: ResourcePattern, resource: string, scope: RequestScope): boolean {
  if (p.test) return p.test(resource);
  const substituted = p.substitution!.apply(scope);
  if (substituted === undefined) return false;
  return matcher.cache!.get(substituted)(resource);
}

/** The pattern that matched, or `undefined`. */
export function matchingResourcePattern(matcher: ResourceMatcher, resource: string, scope: RequestScope): string | undefined {
  for (const p of matcher.patterns) if (patternMatches(matcher, p, resource, scope)) return p.pattern;
  return undefined;
}

/**
 * Resource: some pattern matches. NotResource: no pattern matches — a pattern whose variable has no value matches no
 * resource, so it leaves every resource to a NotResource statement, a Deny's as an Allow's (templateMatches).
 */
export function resourceMatches(matcher: ResourceMatcher, resource: string, scope: RequestScope): boolean {
  if (matcher.single) return matcher.single(resource) !== matcher.negated;
  const patterns = matcher.patterns;
  for (let i = 0; i < patterns.length; i++) if (patternMatches(matcher, patterns[i]!, resource, scope)) return !matcher.negated;
  return matcher.negated;
}

const SEGMENTS = ['partition', 'service', 'region', 'account'] as const;

/** For the trace: the first ARN part where each pattern differs from the resource. */
export function resourceMismatches(matcher: ResourceMatcher, resource: string, scope: RequestScope): ResourceMismatch[] {
  const target = parseArn(resource);
  return matcher.patterns.map((p): ResourceMismatch => {
    if (p.parts) {
      const resolved = substitute(p.parts, scope);
      if (resolved === undefined) return { pattern: p.pattern, segment: 'variable' };
    }
    const pattern = parseArn(p.pattern);
    if (!target || !pattern) return { pattern: p.pattern, segment: 'not-an-arn' };
    const values = [target.partition, target.service, target.region, target.accountId];
    const patterns = [pattern.partition, pattern.service, pattern.region, pattern.accountId];
    for (let i = 0; i < SEGMENTS.length; i++) {
      if (!compileWildcard(patterns[i]!, 'plain')(values[i]!)) return { pattern: p.pattern, segment: SEGMENTS[i]! };
    }
    return { pattern: p.pattern, segment: 'resource' };
  });
}
