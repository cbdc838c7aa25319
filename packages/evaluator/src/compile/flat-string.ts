// Strings a compiled policy keeps for evaluation, stored in one piece. A policy's strings are often slices of its
// document's text or joins of template pieces, which V8 keeps as references to their parts: comparing one then reads
// two or three objects, each a cache miss when thousands of compiled policies take turns (README, Benchmarks).

/** A copy of `text` whose characters sit in the string object itself. */
export function flatString(text: string): string {
  return JSON.parse(JSON.stringify(text)) as string;
}

/**
 * `text` as V8's canonical property name (internalized): looking such a string up in an object, as a condition key is
 * looked up in the request's context, skips the search for its canonical copy that any other string costs every time.
 */
export function propertyName(text: string): string {
  return Object.keys({ [text]: true })[0] ?? text;
}
