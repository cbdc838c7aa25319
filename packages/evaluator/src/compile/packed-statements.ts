// The selected statements of a policy (or policy list) laid out as evaluation reads them. With thousands of compiled
// policies taking turns, each object read is a cache miss of its own: a statement object, its resource matcher, the
// matcher's pattern list, each pattern's test, the test's closure context. Slots holding, statement after statement,
// the resource patterns' shapes (compile/wildcard.ts, match/resource.ts), the principal test and the conditions side
// by side are read in a few consecutive cache lines (README, Benchmarks). The slots of every selection go, one after
// the other, into shared chunks (slot-chunks.ts): a request's policies, selected one after the other, are then read
// from one run of memory instead of an array object and its elements per policy. The statement object itself is read
// only when its MatchedStatement is first needed.
import type { CompiledCondition } from '../conditions/compile-condition';
import type { PrincipalTest } from '../match/principal';
import type { ResourceMatcher } from '../match/resource';
import type { MatchedStatement } from '../types';
import type { VariablePart } from '../variables/substitute';
import type { CompiledStatement } from './compile-policy';
import { placeSlots, type SlotRange } from './slot-chunks';
import type { StringTest } from './wildcard';

/**
 * Per statement, in order (offsets PACKED_*): the statement; its flags (STATEMENT_ALLOW, and the policy type of the
 * remembered MatchedStatement); that MatchedStatement; its principal test (or `undefined`); how its resource is
 * matched (RESOURCE_*) and the number of operand triples that follow: per pattern its shape's kind, `a` and `b` (a
 * wildcard shape's, or a template shape's: text and variable), or for
 * RESOURCE_MATCHER one triple holding the ResourceMatcher; then its number of conditions, and its conditions.
 */
export type PackedSlot = CompiledStatement | MatchedStatement | ResourceMatcher | StringTest | VariablePart | PrincipalTest | CompiledCondition | string | number | undefined;

export const PACKED_STATEMENT = 0;
export const PACKED_FLAGS = 1;
export const PACKED_REF = 2;
export const PACKED_PRINCIPAL = 3;
export const PACKED_RESOURCE_MODE = 4;
export const PACKED_RESOURCE_COUNT = 5;
/** Where the resource operands start: three slots each. */
export const PACKED_RESOURCE = 6;

/** Flags: the statement's effect is Allow. */
export const STATEMENT_ALLOW = 1;
/** Flags: the policy type of PACKED_REF, shifted by this many bits (0: none remembered yet). */
export const REF_TYPE_SHIFT = 1;

/** The statement names no resource (a trust policy's). */
export const RESOURCE_NONE = 0;
/** Resource: patterns with shapes (fixed, or one variable: match/resource.ts), one of which must match. */
export const RESOURCE_ANY = 1;
/** NotResource: patterns with shapes, none of which may match. */
export const RESOURCE_NONE_OF = 2;
/** Patterns with other variables or escapes: the ResourceMatcher itself decides. */
export const RESOURCE_MATCHER = 3;

/** Reused to lay out one selection before it is copied into its chunk. */
const layout: PackedSlot[] = [];

export function packStatements(statements: readonly CompiledStatement[]): SlotRange<PackedSlot> {
  layout.length = 0;
  for (const s of statements) {
    layout.push(s, s.allow ? STATEMENT_ALLOW : 0, undefined, s.principal);
    const resource = s.resource;
    if (!resource) layout.push(RESOURCE_NONE, 0);
    else if (resource.patterns.every((p) => p.shape !== undefined)) {
      layout.push(resource.negated ? RESOURCE_NONE_OF : RESOURCE_ANY, resource.patterns.length);
      for (const p of resource.patterns) layout.push(p.shape!.kind, p.shape!.a, p.shape!.b);
    } else layout.push(RESOURCE_MATCHER, 1, 0, resource, undefined);
    layout.push(s.conditions.length, ...s.conditions);
  }
  const range = placeSlots(layout);
  layout.length = 0;
  return range;
}
