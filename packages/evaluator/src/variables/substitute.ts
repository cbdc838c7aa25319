import { keyName, type KeyName } from '../compile/key-ids';
import { SharedTable } from '../compile/shared-table';
import { protectWildcards } from '../compile/wildcard';

// Policy variables: `${aws:username}`, `${aws:PrincipalTag/team, 'none'}`, and the escapes `${*}`, `${?}`, `${$}`.
// AWS substitutes them in Resource and in condition values of policies with Version 2012-10-17 only.

/** A variable reference; `key` is lower-cased because condition key names are case-insensitive. */
export interface VariablePart extends KeyName {
  readonly fallback: string | undefined;
}

/**
 * A value split into parts: plain text (which may hold `*`/`?` wildcards), variables, and `{ literal }` for the
 * escapes, whose character must never act as a wildcard.
 */
export type TemplatePart = string | VariablePart | { literal: string };

export type TemplateParse = { ok: true; parts: TemplatePart[] | undefined } | { ok: false; message: string };

const variables = new SharedTable<VariablePart>();

const ESCAPES: Record<string, string> = { '*': '*', '?': '?', $: '$' };
const VARIABLE = /^\s*([A-Za-z0-9_.:/+=@-]+)\s*(?:,\s*'([^']*)'\s*)?$/;

/** Splits `value` into parts; `parts` is undefined when the value has no `${`, the common case, kept allocation-free. */
export function parseTemplate(value: string): TemplateParse {
  if (!value.includes('${')) return { ok: true, parts: undefined };
  const parts: TemplatePart[] = [];
  let pos = 0;
  while (pos < value.length) {
    const open = value.indexOf('${', pos);
    if (open < 0) {
      parts.push(value.slice(pos));
      break;
    }
    if (open > pos) parts.push(value.slice(pos, open));
    const close = value.indexOf('}', open + 2);
    if (close < 0) return { ok: false, message: `unterminated policy variable in \`${value}\`` };
    const body = value.slice(open + 2, close);
    const escape = ESCAPES[body];
    if (escape !== undefined) parts.push({ literal: escape });
    else {
      const m = VARIABLE.exec(body);
      if (!m) return { ok: false, message: `invalid policy variable \`\${${body}}\`` };
      const [, name, fallback] = m;
      // Shared by every template that names the same variable: evaluation reads one object, kept warm, for all.
      parts.push(variables.get(body, () => ({ ...keyName(name!), fallback })));
    }
    pos = close + 1;
  }
  return { ok: true, parts };
}

/** The template's variables, in order (its text and escapes left out). */
export function templateVariables(parts: readonly TemplatePart[]): VariablePart[] {
  return parts.filter((p): p is VariablePart => typeof p !== 'string' && !('literal' in p));
}

/** Where variable values come from: the request's single-valued keys (a multi-valued key cannot be substituted). */
export interface VariableSource {
  single(key: KeyName): string | undefined;
}

/**
 * Substitutes the variables. With `protect`, the `*`/`?` of substituted values and escapes become literal stand-ins
 * (compile/wildcard.ts) so that they never act as wildcards. `undefined` when a variable has no value and no default:
 * AWS then treats the element as not matching.
 */
export function substitute(parts: readonly TemplatePart[], source: VariableSource, protect = false): string | undefined {
  let out = '';
  for (let i = 0; i < parts.length; i++) {
    const part = parts[i]!;
    if (typeof part === 'string') out += part;
    else if ('literal' in part) out += protect ? protectWildcards(part.literal) : part.literal;
    else {
      const value = source.single(part) ?? part.fallback;
      if (value === undefined) return undefined;
      out += protect ? protectWildcards(value) : value;
    }
  }
  return out;
}

/**
 * One template's last substitution, reused while its variables keep the same values: the same caller sends the same
 * tags and user name request after request, and rebuilding (and re-hashing) the text each time would cost more than
 * the match. Reading the values is the only work on a repeat.
 */
export class Substitution {
  private readonly last: Array<string | undefined>;
  private lastResult: string | undefined;
  private filled = false;

  constructor(
    readonly parts: readonly TemplatePart[],
    private readonly protect: boolean,
  ) {
    this.last = templateVariables(parts).map(() => undefined);
  }

  apply(source: VariableSource): string | undefined {
    const parts = this.parts;
    let same = this.filled;
    let v = 0;
    for (let i = 0; i < parts.length; i++) {
      const part = parts[i]!;
      if (typeof part === 'string' || 'literal' in part) continue;
      const value = source.single(part) ?? part.fallback;
      if (value !== this.last[v]) {
        same = false;
        this.last[v] = value;
      }
      v++;
    }
    if (same) return this.lastResult;
    this.lastResult = substitute(parts, source, this.protect);
    this.filled = true;
    return this.lastResult;
  }
}
