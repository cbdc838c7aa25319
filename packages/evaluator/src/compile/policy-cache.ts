// The compiled policies of documents handed to evaluate() as text or objects, kept by content so that a caller who
// passes the same documents again and again (as a library user naturally does) compiles each one once. Keyed by the
// document's JSON text: a changed document is a different key, so a cached answer is never stale. Bounded by entries
// and by the documents' total length (LRU eviction). An object seen before skips serialisation: it is compared, value
// by value without allocating, with the JSON value its entry was compiled from; a deeply frozen one, which cannot
// change, not even that.
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
}

function newCache(): LRUCache<string, Entry> {
  return new LRUCache<string, Entry>({ max: POLICY_CACHE_MAX_ENTRIES, maxSize: POLICY_CACHE_MAX_CHARACTERS, sizeCalculation: (_, key) => Math.max(1, key.length) });
}

/** Text and objects apart: errors in text carry line and column, the same document as an object does not. */
const texts = newCache();
const objects = newCache();

/** The key under which each object document was last found: its JSON text, kept while the caller keeps the object. */
const lastKeys = new WeakMap<object, string>();

/**
 * A copy of a plain JSON value whose strings are the caller's own (strings cannot change, so comparing an unchanged
 * one later is a pointer comparison); `undefined` when the value holds anything JSON would not keep as it is.
 */
function copyJson(value: unknown, depth = 0): unknown {
  if (typeof value === 'string' || typeof value === 'boolean' || value === null) return value;
  if (typeof value === 'number') return Number.isFinite(value) ? value : undefined;
  if (typeof value !== 'object' || depth > 64) return undefined;
  if (Array.isArray(value)) {
    const out: unknown[] = [];
    for (const item of value) {
      const copy = copyJson(item, depth + 1);
      if (copy === undefined) return undefined;
      out.push(copy);
    }
    return out;
  }
  if (Object.getPrototypeOf(value) !== Object.prototype) return undefined;
  const out: Record<string, unknown> = {};
  for (const key in value) {
    if (!Object.prototype.hasOwnProperty.call(value, key)) continue;
    const copy = copyJson((value as Record<string, unknown>)[key], depth + 1);
    if (copy === undefined) return undefined;
    out[key] = copy;
  }
  return out;
}

/**
 * Does `value` hold the same JSON value as `json` (a copyJson copy)? Strings, numbers and booleans equal, the same
 * members, the same items. Anything JSON would not keep as it is (undefined, NaN, a Date) differs. A member added to
 * Object.prototype shows on both sides alike.
 */
function sameJson(value: unknown, json: unknown): boolean {
  if (value === json) return true;
  if (typeof value !== 'object' || value === null || typeof json !== 'object' || json === null) return false;
  if (Array.isArray(json)) {
    if (!Array.isArray(value) || value.length !== json.length) return false;
    for (let i = 0; i < json.length; i++) if (!sameJson(value[i], json[i])) return false;
    return true;
  }
  if (Array.isArray(value) || Object.getPrototypeOf(value) !== Object.prototype) return false;
  const object = value as Record<string, unknown>;
  const expected = json as Record<string, unknown>;
  let members = 0;
  for (const key in expected) {
    members++;
    if (!sameJson(object[key], expected[key])) return false;
  }
  for (const _ in object) if (--members < 0) return false;
  return members === 0;
}

/** Frozen all the way down: such a document can never change, so the object itself identifies its content. */
function deeplyFrozen(value: unknown): boolean {
  if (typeof value !== 'object' || value === null) return true;
  if (!Object.isFrozen(value)) return false;
  for (const key in value) if (!deeplyFrozen((value as Record<string, unknown>)[key])) return false;
  return true;
}

/** Documents found deeply frozen: their cache key needs no comparison. */
const immutable = new WeakSet<object>();

/** A document object already found frozen all the way down: it is the same document as long as it is the same object. */
export function isImmutableDocument(value: unknown): boolean {
  return typeof value === 'object' && value !== null && immutable.has(value);
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
    entry = { value: text, byName: new Map() };
    texts.set(text, entry);
  }
  return entry;
}

/** `undefined` for a document that is not plain JSON (a Date, NaN, a cycle…): it is compiled as given, every time. */
function objectEntry(document: object): Entry | undefined {
  const lastKey = lastKeys.get(document);
  const last = lastKey === undefined ? undefined : objects.get(lastKey);
  if (last && (immutable.has(document) || sameJson(document, last.value))) return last;
  const copy = copyJson(document);
  const key = copy === undefined ? undefined : textOf(copy as object);
  if (key === undefined || key.length > MAX_CACHED_DOCUMENT) return undefined;
  lastKeys.set(document, key);
  if (deeplyFrozen(document)) immutable.add(document);
  let entry = objects.get(key);
  if (entry) entry.value = copy; // the same text from another object: compare with this one's strings from now on
  else {
    entry = { value: copy, byName: new Map() };
    objects.set(key, entry);
  }
  return entry;
}

/** How many documents each cache holds and their total length, for tests of the bounds. */
export function policyCacheSize(): { texts: number; objects: number; characters: number } {
  return { texts: texts.size, objects: objects.size, characters: texts.calculatedSize + objects.calculatedSize };
}
