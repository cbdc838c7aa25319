// Wildcard patterns (`*` any run, `?` one character) turned into matchers once, at compile time. No regular
// expression is ever built from policy text: a backtracking RegExp from a pattern such as `*a*a*a*a*a*ab` takes
// exponential time. The general case is a greedy two-pointer glob over character codes: O(n·m) at worst (n the value's
// length, m the pattern's), usually O(n), and allocation-free. Exact, prefix and suffix patterns, most of what real
// policies contain, are single native string comparisons.

import { hasPrefix, hasSuffix } from './affixes';
import { flatString } from './flat-string';
import { SharedTable } from './shared-table';

export type StringTest = (value: string) => boolean;

/**
 * Stand-ins for a `*` or `?` that must match itself: one that came from `${*}`/`${?}` or from a substituted variable
 * value. Private-use characters, which never appear in ARNs or condition values AWS produces.
 */
const LITERAL_STAR = '\uE000';
const LITERAL_QUESTION = '\uE001';

/** Marks the wildcard characters of a substituted value as literal. */
export function protectWildcards(text: string): string {
  if (text.indexOf('*') < 0 && text.indexOf('?') < 0) return text;
  return text.replace(/\*/g, LITERAL_STAR).replace(/\?/g, LITERAL_QUESTION);
}

const STAR_CODE = 0x2a;
const QUESTION_CODE = 0x3f;
const COLON_CODE = 0x3a;
const LITERAL_STAR_CODE = 0xe000;
const LITERAL_QUESTION_CODE = 0xe001;

/**
 * One run of a pattern, `pattern[from, to)`, ready for globMatch. The pattern text itself is read at match time (no
 * per-pattern arrays: thousands of compiled policies must stay small to stay in the CPU's caches).
 */
export interface Glob {
  pattern: string;
  from: number;
  to: number;
  /** The fewest characters it can match: every character but `*`. */
  minLength: number;
  hasStar: boolean;
}

export function compileGlob(pattern: string, from = 0, to = pattern.length): Glob {
  let stars = 0;
  for (let i = from; i < to; i++) if (pattern.charCodeAt(i) === STAR_CODE) stars++;
  return { pattern, from, to, minLength: to - from - stars, hasStar: stars > 0 };
}

/**
 * Does `value[start, end)` match the whole glob? Greedy two-pointer matching: on a mismatch, return to the last `*`
 * and let it take one more character. The last star's start only moves forward and each attempt from it reads at
 * most one value character per pattern character, so the loop runs at most (n + 1)·(m + 1) times: linear in each
 * input, whatever the pattern. Reads the value only through charCodeAt, allocates nothing.
 */
export function globMatch(glob: Glob, value: string, start: number, end: number): boolean {
  const length = end - start;
  if (length < glob.minLength || (!glob.hasStar && length !== glob.minLength)) return false;
  const pattern = glob.pattern;
  const m = glob.to;
  let p = glob.from;
  let s = start;
  let starP = -1;
  let starS = 0;
  while (s < end) {
    if (p < m) {
      const code = pattern.charCodeAt(p);
      if (code === STAR_CODE) {
        starP = p++;
        starS = s;
        continue;
      }
      const c = value.charCodeAt(s);
      // A literal stand-in matches only the character it stands for.
      const literal = code < LITERAL_STAR_CODE ? code : code === LITERAL_STAR_CODE ? STAR_CODE : code === LITERAL_QUESTION_CODE ? QUESTION_CODE : code;
      if (literal === c || code === QUESTION_CODE) {
        p++;
        s++;
        continue;
      }
    }
    if (starP < 0) return false;
    p = starP + 1;
    s = ++starS;
  }
  while (p < m && pattern.charCodeAt(p) === STAR_CODE) p++;
  return p === m;
}

/** The first colon of `value` at or after `from` (before `end`), or -1; reads through charCodeAt like globMatch. */
function colonAt(value: string, from: number, end: number): number {
  for (let i = from; i < end; i++) if (value.charCodeAt(i) === COLON_CODE) return i;
  return -1;
}

/**
 * An ARN pattern. AWS: wildcards work within each of the first five segments (arn, partition, service, region,
 * account) and do not cross a colon there, except a `*` that ends the whole pattern, which matches the rest; in the
 * resource part (after the fifth colon) they match anything, colons included. So the value's first colons line up
 * with the pattern's: each of those segments is matched on its own, and the last one takes the rest.
 */
export interface ArnGlob {
  /** The pattern's segments before its last colon among the first five, each matched against one value segment. */
  segments: Glob[];
  /** The rest of the pattern. */
  last: Glob;
  /** The pattern reaches the resource part: its last segment matches the value's rest, colons included. */
  resourcePart: boolean;
  /** The pattern stops before the resource part with a `*`, which then matches the rest of the value. */
  openEnd: boolean;
}

export function compileArnGlob(pattern: string): ArnGlob {
  const segments: Glob[] = [];
  let from = 0;
  while (segments.length < 5) {
    const colon = pattern.indexOf(':', from);
    if (colon < 0) break;
    segments.push(compileGlob(pattern, from, colon));
    from = colon + 1;
  }
  const resourcePart = segments.length === 5;
  return {
    segments,
    last: compileGlob(pattern, from),
    resourcePart,
    openEnd: !resourcePart && pattern.charCodeAt(pattern.length - 1) === STAR_CODE,
  };
}

export function arnGlobMatch(glob: ArnGlob, value: string): boolean {
  const end = value.length;
  let pos = 0;
  const segments = glob.segments;
  for (let i = 0; i < segments.length; i++) {
    const colon = colonAt(value, pos, end);
    if (colon < 0 || !globMatch(segments[i]!, value, pos, colon)) return false;
    pos = colon + 1;
  }
  if (glob.resourcePart) return globMatch(glob.last, value, pos, end);
  const colon = colonAt(value, pos, end);
  // The last segment's wildcards stay within it; only the final `*` of an open end goes past the next colon.
  if (glob.openEnd) return globMatch(glob.last, value, pos, colon < 0 ? end : colon);
  return colon < 0 && globMatch(glob.last, value, pos, end);
}

function colonsBefore(text: string, end: number): number {
  let colons = 0;
  for (let i = text.indexOf(':'); i >= 0 && i < end; i = text.indexOf(':', i + 1)) colons++;
  return colons;
}

/** No colon in `value[from, to)`. */
function noColon(value: string, from: number, to: number): boolean {
  const colon = value.indexOf(':', from);
  return colon < 0 || colon >= to;
}

/**
 * How a fixed pattern is matched, cheapest first. `a` and `b` by kind: the whole pattern (EQUALS), the prefix (PREFIX),
 * the prefix and the suffix around one `*` (AFFIXES; ARN_AFFIXES also keeps that `*` from crossing a colon, in the
 * first five parts of an ARN), or the glob's test (GLOB). Kept as plain data so that compiled policies can hold a
 * pattern's shape in their own arrays and match it without reading a matcher object (see packed-statements.ts).
 */
export const WILDCARD_ALL = 0;
export const WILDCARD_EQUALS = 1;
export const WILDCARD_PREFIX = 2;
export const WILDCARD_AFFIXES = 3;
export const WILDCARD_ARN_AFFIXES = 4;
export const WILDCARD_GLOB = 5;

export interface WildcardShape {
  kind: number;
  a: string | StringTest;
  b: string;
}

/** Shapes and tests already built, shared by every policy that holds the same pattern. */
const shapes = { plain: new SharedTable<WildcardShape>(), arn: new SharedTable<WildcardShape>() };
const shared = { plain: new SharedTable<StringTest>(), arn: new SharedTable<StringTest>() };

/** The shape of a fixed pattern: equality, prefix, prefix and suffix around one `*`, match-all, or a glob. */
export function wildcardShape(pattern: string, mode: 'plain' | 'arn'): WildcardShape {
  return shapes[mode].get(pattern, () => buildShape(pattern, mode));
}

function buildShape(given: string, mode: 'plain' | 'arn'): WildcardShape {
  if (given === '*') return { kind: WILDCARD_ALL, a: '', b: '' };
  const pattern = flatString(given);
  const star = pattern.indexOf('*');
  const plainText = !pattern.includes('?') && !pattern.includes(LITERAL_STAR) && !pattern.includes(LITERAL_QUESTION);
  if (plainText) {
    if (star < 0) return { kind: WILDCARD_EQUALS, a: pattern, b: '' };
    // A single trailing `*` is a prefix test in both modes: in ARN mode a final `*` matches the rest.
    if (star === pattern.length - 1) return { kind: WILDCARD_PREFIX, a: flatString(pattern.slice(0, -1)), b: '' };
    // A single `*` inside: prefix, suffix, and in the first five parts of an ARN no colon in between.
    if (star === pattern.lastIndexOf('*')) {
      const kind = mode === 'arn' && colonsBefore(pattern, star) < 5 ? WILDCARD_ARN_AFFIXES : WILDCARD_AFFIXES;
      return { kind, a: flatString(pattern.slice(0, star)), b: flatString(pattern.slice(star + 1)) };
    }
  }
  if (mode === 'arn') {
    const glob = compileArnGlob(pattern);
    return { kind: WILDCARD_GLOB, a: (value) => arnGlobMatch(glob, value), b: '' };
  }
  const glob = compileGlob(pattern);
  return { kind: WILDCARD_GLOB, a: (value) => globMatch(glob, value, 0, value.length), b: '' };
}

/** Does `value` match the pattern of this shape (its kind, `a` and `b`, given apart so that they can be stored apart)? */
export function shapeMatches(kind: number, a: string | StringTest, b: string, value: string): boolean {
  switch (kind) {
    case WILDCARD_ALL:
      return true;
    case WILDCARD_EQUALS:
      return value === a;
    case WILDCARD_PREFIX:
      return hasPrefix(value, a as string);
    case WILDCARD_AFFIXES:
      return value.length >= (a as string).length + b.length && hasPrefix(value, a as string) && hasSuffix(value, b);
    case WILDCARD_ARN_AFFIXES: {
      const prefix = a as string;
      return value.length >= prefix.length + b.length && hasPrefix(value, prefix) && hasSuffix(value, b) && noColon(value, prefix.length, value.length - b.length);
    }
    default:
      return (a as StringTest)(value);
  }
}

/** The test of a fixed pattern, specialised to its shape. */
export function compileWildcard(pattern: string, mode: 'plain' | 'arn'): StringTest {
  return shared[mode].get(pattern, () => shapeTest(wildcardShape(pattern, mode)));
}

function shapeTest({ kind, a, b }: WildcardShape): StringTest {
  switch (kind) {
    case WILDCARD_ALL:
      return () => true;
    case WILDCARD_EQUALS:
      return (value) => value === a;
    case WILDCARD_PREFIX:
      return (value) => hasPrefix(value, a as string);
    case WILDCARD_GLOB:
      return a as StringTest;
    default:
      return (value) => shapeMatches(kind, a, b, value);
  }
}

/**
 * Does `value` match the wildcard `pattern`? Case-sensitive: callers fold case first where AWS ignores it (actions).
 * `arn` mode applies AWS's ARN rules (wildcards do not cross the colons of the first five parts). For one-off tests
 * such as the console's; the evaluator compiles its patterns once with compileWildcard.
 */
export function wildcardMatches(pattern: string, value: string, mode: 'plain' | 'arn' = 'plain'): boolean {
  return compileWildcard(pattern, mode)(value);
}

/** Matchers for patterns built per request (after variable substitution), kept so a repeated request reuses them. */
export class WildcardCache {
  private readonly tests = new Map<string, StringTest>();
  /** The last pattern asked for: the same caller sends the same substituted pattern request after request. */
  private lastPattern: string | undefined;
  private lastTest: StringTest | undefined;

  constructor(private readonly mode: 'plain' | 'arn') {}

  get(pattern: string): StringTest {
    if (pattern === this.lastPattern) return this.lastTest!;
    let test = this.tests.get(pattern);
    if (!test) {
      // Bounded: substituted patterns vary with the caller (user names, tags); a full cache starts over.
      if (this.tests.size >= 256) this.tests.clear();
      test = compileWildcard(pattern, this.mode);
      this.tests.set(pattern, test);
    }
    this.lastPattern = pattern;
    this.lastTest = test;
    return test;
  }
}
