// Text PostgreSQL cannot store. U+0000: neither its text nor its json types hold it. A lone surrogate (half of a
// UTF-16 pair, as hostile input carries): UTF-8 has no form for it, so text columns would hold U+FFFD anyway, and
// the json types refuse its `\udXXX` escape outright.
const unstorable = /[\0\p{Cs}]/u;
const unstorables = /[\0\p{Cs}]/gu;

/** `text` with each character PostgreSQL cannot store replaced by U+FFFD. */
export function storableText(text: string): string {
  return unstorable.test(text) ? text.replace(unstorables, '\uFFFD') : text;
}

/**
 * Where the first string or member name of a JSON value holds a character PostgreSQL cannot store (`$.Actions[0].Name`),
 * or undefined. Iterative: JSON can nest deeper than the stack.
 */
export function unstorableTextPath(value: unknown): string | undefined {
  const pending: Array<[string, unknown]> = [['$', value]];
  for (let next = pending.pop(); next; next = pending.pop()) {
    const [path, member] = next;
    if (typeof member === 'string') {
      if (unstorable.test(member)) return path;
    } else if (Array.isArray(member)) {
      for (let i = member.length - 1; i >= 0; i--) pending.push([`${path}[${i}]`, member[i]]);
    } else if (typeof member === 'object' && member !== null) {
      const entries = Object.entries(member);
      for (const [name] of entries) if (unstorable.test(name)) return path;
      for (let i = entries.length - 1; i >= 0; i--) pending.push([`${path}.${entries[i]![0]}`, entries[i]![1]]);
    }
  }
  return undefined;
}
