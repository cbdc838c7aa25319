// Condition key names numbered once, at compile time, as policies spell them. A request then looks each key it is
// asked for up once, into a table indexed by that number (decide/request-scope.ts), however many conditions, policy
// variables and principal tests read it: a context lookup (own property, then a case-insensitive scan, then the keys
// AWS derives) costs more than the test that needs its value.
import { propertyName } from './flat-string';

/** Keys numbered at most: the spellings in policies are the caller's to choose, the table's size is not. */
export const KEY_ID_LIMIT = 4096;

const ids = new Map<string, number>();

/** A condition key as a policy names it. */
export interface KeyName {
  /** Lower-cased: AWS condition key names are case-insensitive. */
  readonly key: string;
  /** As the policy spells it (the usual spelling in requests). */
  readonly name: string;
  /** Its number (keyId), -1 past the limit: then looked up every time. */
  readonly id: number;
}

/** The number of the key spelt `name` (the spelling picks the context entry first tried, so it is part of the key). */
function keyId(name: string): number {
  let id = ids.get(name);
  if (id === undefined) {
    if (ids.size >= KEY_ID_LIMIT) return -1;
    id = ids.size;
    ids.set(name, id);
  }
  return id;
}

/** The KeyName of a key spelt `name` in a policy (a condition's key, or a policy variable's). */
export function keyName(name: string): KeyName {
  return { key: propertyName(name.toLowerCase()), name: propertyName(name), id: keyId(name) };
}
