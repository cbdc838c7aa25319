// The compiled policies of documents handed to evaluate() as text or objects, kept by content so that a caller who
// passes the same documents again and again (as a library user naturally does) compiles each one once. Keyed by the
// document's JSON text: a changed document is a different key, so a cached answer is never stale. Bounded by entries
// and by the documents' total length (LRU eviction). An object seen before skips serialisation: it is compared, value
// by value without allocating, with a flat print of what it held last time; a deeply frozen one, which cannot change,
// not even that.
import { LRUCache } from 'lru-cache';
import { type CompiledPolicyImpl, compileWithFallbackName } from './compile-policy';

/** At most this many documents… */
export const POLICY_CACHE_MAX_ENTRIES = 10_000;
/** …and this many characters of document text (a compiled policy takes roughly 15 times its text on the heap). */
export const POLICY_CACHE_MAX_CHARACTERS = 16 * 1024 * 1024;
/** A document longer than this is compiled every time rather than evict many others. */
const MAX_CACHED_DOCUMENT = 256 * 1024;

/**
 * One document's compiled forms, by the name it gets: its place in the request names a document without a name or
 * Id ("identity-based policy 2"), so the same text can be compiled under a few names. `value`: for an object
 * document, the JSON value it was compiled from.
 */
interface Entry {
  value: unknown;
  byName: Map<string, CompiledPolicyImpl>;
  /** Left the cache: an object document that still points at it looks its text up again. */
  evicted: boolean;
}

function newCache(): LRUCache<string, Entry> {
  return new LRUCache<string, Entry>({
    max: POLICY_CACHE_MAX_ENTRIES,
    maxSize: POLICY_CACHE_MAX_CHARACTERS,
    sizeCalculation: (_, key) => Math.max(1, key.length),
    // Its compiled policies go with it, even while a caller's document object still points at the entry.
    dispose: (entry) => {
      entry.evicted = true;
      entry.byName.clear();
    },
  });
}

/** Text and objects apart: errors in text carry line and column, the same document as an object does not. */
const texts = newCache();
const objects = newCache();

/**
 * What each object document held when it was last found: the key of its entry (its JSON text), its print (see
 * below) and whether it was frozen all the way down. Kept while the caller keeps the object.
 */
interface Seen {
  key: string;
  print: unknown[];
  frozen: boolean;
  /** Its entry, found again without hashing the key while the entry stays in the cache. */
  entry: Entry;
}

const seen = new WeakMap<object, Seen>();

/** Markers of the print: private objects, which no JSON value can be. */
const OBJECT = Object.freeze({});
const ARRAY = Object.freeze({});
const END = Object.freeze({});

/**
 * A copy of a plain JSON value whose strings are the caller's own, and its print: the value's members, items and
 * primitives in one flat array, in the order of a walk (OBJECT, then each own enumerable key and its value, then END;
 * ARRAY, the length, then the items). `undefined` when the value holds anything JSON would not keep as it is.
 * Comparing a document with its print later reads the document and one contiguous array; strings that did not
 * change are compared as pointers (strings cannot change).
 */
function copyJson(value: unknown, print: unknown[], depth = 0): unknown {
  if (typeof value === 'string' || typeof value === 'boolean' || value === null) {
    print.push(value);
    return value;
  }
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) return undefined;
    print.push(value);
    return value;
  }
  if (typeof value !== 'object' || depth > 64) return undefined;
  if (Array.isArray(value)) {
    print.push(ARRAY, value.length);
    const out: unknown[] = [];
    for (let i = 0; i < value.length; i++) {
      const copy = copyJson(value[i], print, depth + 1);
      if (copy === undefined) return undefined;
      out.push(copy);
    }
    return out;
  }
  if (Object.getPrototypeOf(value) !== Object.prototype) return undefined;
  print.push(OBJECT);
  const out: Record<string, unknown> = {};
  for (const key in value) {
    if (!Object.prototype.hasOwnProperty.call(value, key)) continue;
    print.push(key);
    const copy = copyJson((value as Record<string, unknown>)[key], print, depth + 1);
    if (copy === undefined) return undefined;
    out[key] = copy;
  }
  print.push(END);
  return out;
}

/**
 * Does `value` still hold what its print records, from `print[at]` on? Returns the position after it, or -1. Never
 * wrong: any difference JSON would show (a value, a member added, removed or reordered, a prototype changed, an
 * array's length) is a difference here; an inherited enumerable member (a polluted Object.prototype) also counts as
 * one, which only costs a new look-up.
 */
function matchPrint(value: unknown, print: unknown[], at: number): number {
  const expected = print[at];
  if (typeof value !== 'object' || value === null) return value === expected ? at + 1 : -1;
  if (expected === ARRAY) {
    if (!Array.isArray(value) || value.length !== print[at + 1]) return -1;
    let pos = at + 2;
    for (let i = 0; i < value.length && pos >= 0; i++) pos = matchPrint(value[i], print, pos);
    return pos;
  }
  if (expected !== OBJECT || Array.isArray(value) || Object.getPrototypeOf(value) !== Object.prototype) return -1;
  let pos = at + 1;
  for (const key in value) {
    if (print[pos] !== key || !Object.prototype.hasOwnProperty.call(value, key)) return -1;
    pos = matchPrint((value as Record<string, unknown>)[key], print, pos + 1);
    if (pos < 0) return -1;
  }
  return print[pos] === END ? pos + 1 : -1;
}

/** Frozen all the way down: such a document can never change, so the object itself identifies its content. */
function deeplyFrozen(value: unknown): boolean {
  if (typeof value !== 'object' || value === null) return true;
  if (!Object.isFrozen(value)) return false;
  for (const key in value) if (!deeplyFrozen((value as Record<string, unknown>)[key])) return false;
  return true;
}

/** A document object already found frozen all the way down: it is the same document as long as it is the same object. */
export function isImmutableDocument(value: unknown): boolean {
  return typeof value === 'object' && value !== null && seen.get(value)?.frozen === true;
}

/** The JSON text of an object document, or `undefined` when it has none (cycles, BigInt: compiled uncached). */
function textOf(document: object): string | undefined {
  try {
    return JSON.stringify(document);
  } catch {
    return undefined;
  }
}

/**
 * compileWithFallbackName, remembered by content. `input` is JSON text or a document object, possibly wrapped as
 * `{ name, document }` (`name` then wins over the document's Id).
 */
export function compileCached(input: unknown, fallback: string): CompiledPolicyImpl {
  let document = input;
  let label = fallback;
  let named = false;
  if (typeof input === 'object' && input !== null && 'document' in input && typeof (input as { name?: unknown }).name === 'string') {
    document = (input as { document: unknown }).document;
    label = (input as unknown as { name: string }).name;
    named = true;
  }
  const entry = typeof document === 'string' ? textEntry(document) : typeof document === 'object' && document !== null ? objectEntry(document) : undefined;
  if (!entry) return compileWithFallbackName(input, fallback);
  // An explicit name and a fallback of the same text name a document with an Id differently: keep them apart.
  const slot = named ? `=${label}` : label;
  let compiled = entry.byName.get(slot);
  if (!compiled) {
    // Compiled from the entry's own value (the text, or a plain JSON copy), so that it depends on the key alone.
    compiled = compileWithFallbackName(named ? { name: label, document: entry.value } : entry.value, fallback);
    entry.byName.set(slot, compiled);
  }
  return compiled;
}

function textEntry(text: string): Entry | undefined {
  if (text.length > MAX_CACHED_DOCUMENT) return undefined;
  let entry = texts.get(text);
  if (!entry) {
    entry = { value: text, byName: new Map(), evicted: false };
    texts.set(text, entry);
  }
  return entry;
}

/** `undefined` for a document that is not plain JSON (a Date, NaN, a cycle…): it is compiled as given, every time. */
function objectEntry(document: object): Entry | undefined {
  const last = seen.get(document);
  if (last && (last.frozen || matchPrint(document, last.print, 0) === last.print.length)) {
    // The entry's place in the LRU order is refreshed by look-ups of its text, not by every use of the same object.
    if (!last.entry.evicted) return last.entry;
    const entry = objects.get(last.key);
    if (entry) {
      last.entry = entry;
      return entry;
    }
  }
  const print: unknown[] = [];
  const copy = copyJson(document, print);
  const key = copy === undefined ? undefined : textOf(copy as object);
  if (key === undefined || key.length > MAX_CACHED_DOCUMENT) return undefined;
  let entry = objects.get(key);
  if (!entry) {
    entry = { value: copy, byName: new Map(), evicted: false };
    objects.set(key, entry);
  }
  seen.set(document, { key, print, frozen: deeplyFrozen(document), entry });
  return entry;
}

/** How many documents each cache holds and their total length, for tests of the bounds. */
export function policyCacheSize(): { texts: number; objects: number; characters: number } {
  return { texts: texts.size, objects: objects.size, characters: texts.calculatedSize + objects.calculatedSize };
}
