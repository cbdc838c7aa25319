// Fixed-size arrays that hold many small runs of slots back to back. Runs placed one after the other (the selections
// of one request's policies, made when it is first decided) sit side by side in memory, where arrays of their own
// would each be an array object and an elements store somewhere in the heap: two cache misses per run when thousands
// of compiled policies take turns (README, Benchmarks). A chunk lives as long as one of its runs is referenced, so
// the memory it can hold beyond live runs is bounded by CHUNK_SLOTS per live run.

/** Slots per chunk: 16 KB of pointers. */
const CHUNK_SLOTS = 4096;

/** A run of slots: `slots[start, end)`. */
export interface SlotRange<T> {
  slots: T[];
  start: number;
  end: number;
}

let chunk: unknown[] = newChunk(CHUNK_SLOTS);
let used = 0;

function newChunk(size: number): unknown[] {
  // Filled by push, so that the array's elements are packed, never holey: reads need no hole check.
  const slots: unknown[] = [];
  for (let i = 0; i < size; i++) slots.push(0);
  return slots;
}

/** Copies `values` into the current chunk (a new one when it is full) and returns where they are. */
export function placeSlots<T>(values: readonly T[]): SlotRange<T> {
  const length = values.length;
  if (length > CHUNK_SLOTS - used) {
    if (length > CHUNK_SLOTS / 4) return { slots: values.slice(), start: 0, end: length };
    chunk = newChunk(CHUNK_SLOTS);
    used = 0;
  }
  const start = used;
  for (let i = 0; i < length; i++) chunk[start + i] = values[i];
  used += length;
  return { slots: chunk as T[], start, end: used };
}
