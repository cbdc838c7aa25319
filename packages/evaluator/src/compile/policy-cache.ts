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
  /** The name last asked for and its compiled policy: a document at the same place as last time skips the map. */
  lastSlot: string | undefined;
  lastCompiled: CompiledPolicyImpl | undefined;
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
      entry.lastCompiled = undefined;
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
/** An object or array member, whose own contents come later in the print. */
const NESTED = Object.freeze({});

/**
 * A copy of a plain JSON value whose strings (and keys) are the caller's own. `undefined` when the value holds
 * anything JSON would not keep as it is (a Date, NaN, a function, a cycle past 64 levels).
 */
function copyJson(value: unknown, depth = 0): unknown {
  if (typeof value === 'string' || typeof value === 'boolean' || value === null) return value;
  if (typeof value === 'number') return Number.isFinite(value) ? value : undefined;
  if (typeof value !== 'object' || depth > 64) return undefined;
  if (Array.isArray(value)) {
    const out: unknown[] = [];
    for (let i = 0; i < value.length; i++) {
      const copy = copyJson(value[i], depth + 1);
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
    // An own `__proto__` member (JSON.parse makes them) stays a member: assigned, it would replace the prototype.
    if (key === '__proto__') Object.defineProperty(out, key, { value: copy, enumerable: true, writable: true, configurable: true });
    else out[key] = copy;
  }
  return out;
}

/**
 * The print of a plain JSON value (a copyJson copy): its objects and arrays in breadth-first order, each as OBJECT,
 * then each key and its member, then END; or ARRAY, the length, then the items. A primitive member is itself, an
 * object or array member is NESTED. One flat array that a comparison reads front to back with the document.
 */
function printOf(copy: unknown): unknown[] {
  const print: unknown[] = [];
  const queue: unknown[] = [copy];
  const note = (member: unknown) => {
    if (typeof member === 'object' && member !== null) {
      print.push(NESTED);
      queue.push(member);
    } else print.push(member);
  };
  for (let head = 0; head < queue.length; head++) {
    const value = queue[head] as Record<string, unknown>;
    if (Array.isArray(value)) {
      print.push(ARRAY, value.length);
      for (const item of value) note(item);
    } else {
      print.push(OBJECT);
      for (const key of Object.keys(value)) {
        print.push(key);
        note(value[key]);
      }
      print.push(END);
    }
  }
  return print;
}

/** The objects and arrays still to compare (reused: a comparison allocates nothing)… */
const shared: unknown[] = [];
/** …unless a getter of the document being compared evaluates another one. */
let comparing = false;

/**
 * Does `document` still hold what its print records? Never wrong: any difference JSON would show (a value, a member
 * added, removed or reordered, a prototype changed, an array's length) is a difference here. One loop over the
 * document's objects and arrays, breadth first, with no recursion and no call per member: the check reads every
 * object of the document, and a loop keeps several of those reads in flight.
 *
 * Keys are read with for-in, which also yields inherited enumerable keys; the caller checks that Object.prototype
 * has none (`inheritsNothing`), so that the keys compared are exactly the object's own.
 */
function matchesPrint(document: object, print: unknown[]): boolean {
  const reentered = comparing;
  const pending = reentered ? [] : shared;
  comparing = true;
  pending[0] = document;
  let tail = 1;
  let pos = 0;
  let same = true;
  try {
    for (let head = 0; head < tail && same; head++) {
      const value = pending[head] as object;
      const kind = print[pos];
      if (kind === ARRAY) {
        if (!Array.isArray(value) || value.length !== print[pos + 1]) {
          same = false;
          break;
        }
        pos += 2;
        for (let i = 0; i < value.length; i++) {
          const item: unknown = value[i];
          if (typeof item === 'object' && item !== null) {
            if (print[pos] !== NESTED) same = false;
            else pending[tail++] = item;
          } else if (item !== print[pos]) same = false;
          if (!same) break;
          pos++;
        }
      } else {
        if (kind !== OBJECT || Object.getPrototypeOf(value) !== Object.prototype) {
          same = false;
          break;
        }
        pos++;
        for (const key in value) {
          const member: unknown = (value as Record<string, unknown>)[key];
          if (print[pos] !== key) same = false;
          else if (typeof member === 'object' && member !== null) {
            if (print[pos + 1] !== NESTED) same = false;
            else pending[tail++] = member;
          } else if (member !== print[pos + 1]) same = false;
          if (!same) break;
          pos += 2;
        }
        if (print[pos] !== END) same = false;
        pos++;
      }
    }
  } finally {
    comparing = reentered;
    // The caller's objects are not kept past the call, even when a getter throws.
    for (let i = 0; i < tail; i++) pending[i] = undefined;
  }
  return same && pos === print.length;
}

/** Object.prototype has no enumerable member (checked after a comparison: a getter in the document could add one). */
function inheritsNothing(): boolean {
  for (const _ in NO_MEMBERS) return false;
  return true;
}

const NO_MEMBERS = Object.freeze({});

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

/** The JSON text of a plain JSON copy, or `undefined` when it is too long to keep. */
function textOf(copy: unknown): string | undefined {
  const text = JSON.stringify(copy);
  return text.length > MAX_CACHED_DOCUMENT ? undefined : text;
}

/**
 * compileWithFallbackName, remembered by content. `input` is JSON text or a document object, possibly wrapped as
 * `{ name, document }` (`name` then wins over the document's Id). Never throws: a document whose getters throw, or
 * that cannot be copied, is compiled as given (and the compiler reports it).
 */
export function compileCached(input: unknown, fallback: string): CompiledPolicyImpl {
  if (typeof input === 'object' && input !== null) {
    // A document object seen before, asked for under the same name: one look-up and one comparison.
    const last = seen.get(input);
    if (last !== undefined) {
      const { entry } = last;
      if (entry.lastSlot === fallback && entry.lastCompiled !== undefined && (last.frozen || unchanged(input, last))) return entry.lastCompiled;
    }
  }
  try {
    return compileByContent(input, fallback);
  } catch {
    return compileWithFallbackName(input, fallback);
  }
}

function unchanged(document: object, last: Seen): boolean {
  try {
    return matchesPrint(document, last.print) && inheritsNothing();
  } catch {
    return false;
  }
}

function compileByContent(input: unknown, fallback: string): CompiledPolicyImpl {
  let document = input;
  let label = fallback;
  let named = false;
  if (typeof input === 'object' && input !== null && 'document' in input && typeof (input as { name?: unknown }).name === 'string') {
    document = (input as { document: unknown }).document;
    label = (input as unknown as { name: string }).name;
    named = true;
  }
  // An explicit name and a fallback of the same text name a document with an Id differently: keep them apart.
  const slot = named ? `=${label}` : label;
  if (typeof document === 'string') {
    const entry = textEntry(document);
    return entry ? compiledIn(entry, slot, named, label, fallback) : compileWithFallbackName(input, fallback);
  }
  if (typeof document !== 'object' || document === null) return compileWithFallbackName(input, fallback);
  const entry = objectEntry(document);
  return entry ? compiledIn(entry, slot, named, label, fallback) : compileWithFallbackName(input, fallback);
}

/** The entry's compiled policy under `slot`, compiled from the entry's own value (so that it depends on the key alone). */
function compiledIn(entry: Entry, slot: string, named: boolean, label: string, fallback: string): CompiledPolicyImpl {
  let compiled = entry.byName.get(slot);
  if (!compiled) {
    compiled = compileWithFallbackName(named ? { name: label, document: entry.value } : entry.value, fallback);
    entry.byName.set(slot, compiled);
  }
  // Evicted meanwhile (compiling can evict the entry it fills): remember nothing it would keep alive.
  if (!entry.evicted) {
    entry.lastSlot = slot;
    entry.lastCompiled = compiled;
  }
  return compiled;
}

function newEntry(value: unknown): Entry {
  return { value, byName: new Map(), lastSlot: undefined, lastCompiled: undefined, evicted: false };
}

function textEntry(text: string): Entry | undefined {
  if (text.length > MAX_CACHED_DOCUMENT) return undefined;
  let entry = texts.get(text);
  if (!entry) {
    entry = newEntry(text);
    texts.set(text, entry);
  }
  return entry;
}

/** `undefined` for a document that is not plain JSON (a Date, NaN, a cycle…): it is compiled as given, every time. */
function objectEntry(document: object): Entry | undefined {
  const last = seen.get(document);
  if (last && (last.frozen || unchanged(document, last))) {
    // The entry's place in the LRU order is refreshed by look-ups of its text, not by every use of the same object.
    if (!last.entry.evicted) return last.entry;
    const entry = objects.get(last.key);
    if (entry) {
      last.entry = entry;
      return entry;
    }
  }
  const copy = copyJson(document);
  const key = copy === undefined ? undefined : textOf(copy);
  if (key === undefined) return undefined;
  let entry = objects.get(key);
  if (!entry) {
    entry = newEntry(copy);
    objects.set(key, entry);
  }
  seen.set(document, { key, print: printOf(copy), frozen: deeplyFrozen(document), entry });
  return entry;
}

/** How many documents each cache holds and their total length, for tests of the bounds. */
export function policyCacheSize(): { texts: number; objects: number; characters: number } {
  return { texts: texts.size, objects: objects.size, characters: texts.calculatedSize + objects.calculatedSize };
}
