// Wildcard patterns (`*` any run, `?` one character) turned into matchers once, at compile time.
// Exact and prefix patterns skip regular expressions: they are most of what real policies contain.

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

function literalSource(ch: string): string {
  return ch === LITERAL_STAR ? '\\*' : ch === LITERAL_QUESTION ? '\\?' : escapeRegExp(ch);
}

const REGEX_SPECIAL = /[.+^${}()|[\]\\*?]/g;

function escapeRegExp(text: string): string {
  return text.replace(REGEX_SPECIAL, '\\$&');
}

/** Regex source for plain wildcard text: `*` → `.*`, `?` → `.`, the rest literal. */
function wildcardSource(text: string): string {
  let out = '';
  for (const ch of text) out += ch === '*' ? '.*' : ch === '?' ? '.' : literalSource(ch);
  return out;
}

/**
 * Regex source for an ARN pattern. AWS: wildcards work within each of the first five segments (arn, partition,
 * service, region, account) and do not cross a colon there, except a `*` that ends the whole pattern, which matches
 * the rest; in the resource part (after the fifth colon) they match anything, colons included.
 */
function arnWildcardSource(text: string): string {
  let out = '';
  let segment = 0;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (ch === ':' && segment < 5) {
      segment++;
      out += ':';
    } else if (ch === '*') out += segment >= 5 || i === text.length - 1 ? '.*' : '[^:]*';
    else if (ch === '?') out += segment >= 5 ? '.' : '[^:]';
    else out += literalSource(ch);
  }
  return out;
}

/** The fastest test for a fixed pattern: equality, prefix, match-all, or a compiled regular expression. */
export function compileWildcard(pattern: string, mode: 'plain' | 'arn', ignoreCase = false): StringTest {
  if (pattern === '*') return () => true;
  const star = pattern.indexOf('*');
  const hasQuestion = pattern.includes('?');
  const hasLiteral = pattern.includes(LITERAL_STAR) || pattern.includes(LITERAL_QUESTION);
  if (!ignoreCase && !hasQuestion && !hasLiteral) {
    if (star < 0) return (value) => value === pattern;
    // A single trailing `*` is a prefix test in both modes: in ARN mode a final `*` matches the rest.
    if (star === pattern.length - 1) {
      const prefix = pattern.slice(0, -1);
      return (value) => value.startsWith(prefix);
    }
  }
  const source = mode === 'arn' ? arnWildcardSource(pattern) : wildcardSource(pattern);
  const re = new RegExp(`^${source}$`, ignoreCase ? 'is' : 's');
  return (value) => re.test(value);
}

/** Matchers for patterns built per request (after variable substitution), kept so a repeated request reuses them. */
export class WildcardCache {
  private readonly tests = new Map<string, StringTest>();
  /** The last pattern asked for: the same caller sends the same substituted pattern request after request. */
  private lastPattern: string | undefined;
  private lastTest: StringTest | undefined;

  constructor(
    private readonly mode: 'plain' | 'arn',
    private readonly ignoreCase = false,
  ) {}

  get(pattern: string): StringTest {
    if (pattern === this.lastPattern) return this.lastTest!;
    let test = this.tests.get(pattern);
    if (!test) {
      // Bounded: substituted patterns vary with the caller (user names, tags); a full cache starts over.
      if (this.tests.size >= 256) this.tests.clear();
      test = compileWildcard(pattern, this.mode, this.ignoreCase);
      this.tests.set(pattern, test);
    }
    this.lastPattern = pattern;
    this.lastTest = test;
    return test;
  }
}
