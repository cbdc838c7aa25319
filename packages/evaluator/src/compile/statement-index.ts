// The statements of a list of compiled policies that apply to one action, remembered per list. Callers such as the
// API keep one array of compiled policies per principal; looking the action up once for the whole array replaces one
// lookup per policy on every request.
import type { CompiledPolicyImpl, CompiledStatement } from './compile-policy';
import { type PackedSlot, packStatements } from './packed-statements';
import type { SlotRange } from './slot-chunks';

/** The statements of a policy list that cover one action, and the list's first policy that could not be parsed. */
export interface Selection {
  /** Each knows its policy (`statement.policy`). */
  statements: CompiledStatement[];
  /** The same statements as evaluation reads them (see packed-statements.ts). */
  packed: SlotRange<PackedSlot>;
  invalid: string | undefined;
}

export function makeSelection(statements: CompiledStatement[], invalid: string | undefined): Selection {
  return { statements, packed: packStatements(statements), invalid };
}

interface StatementIndex {
  /** The array's contents when the index was built: an array changed in place since is detected and re-indexed. */
  snapshot: CompiledPolicyImpl[];
  byAction: Map<string, Selection>;
  invalid: string | undefined;
}

const indexes = new WeakMap<readonly CompiledPolicyImpl[], StatementIndex>();

function indexFor(policies: readonly CompiledPolicyImpl[]): StatementIndex {
  let index = indexes.get(policies);
  if (index && sameContents(index.snapshot, policies)) return index;
  index = { snapshot: [...policies], byAction: new Map(), invalid: firstInvalid(policies) };
  indexes.set(policies, index);
  return index;
}

function sameContents(a: readonly CompiledPolicyImpl[], b: readonly CompiledPolicyImpl[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

const firstInvalid = (policies: readonly CompiledPolicyImpl[]) => policies.find((p) => p.errors.length > 0)?.name;

function collect(policies: readonly CompiledPolicyImpl[], action: string): CompiledStatement[] {
  const selected: CompiledStatement[] = [];
  for (const policy of policies) {
    if (policy.errors.length > 0) continue;
    for (const statement of policy.selectionFor(action).statements) selected.push(statement);
  }
  return selected;
}

/**
 * The statements whose Action/NotAction covers `action`, in policy order. `remember`: the list is the caller's own
 * array, worth indexing; a list built for one request is not.
 */
export function selectStatements(policies: readonly CompiledPolicyImpl[], action: string, remember: boolean): Selection {
  // One policy (a resource policy, a boundary, a single identity policy): its own cached selection.
  if (policies.length === 1) return policies[0]!.selectionFor(action);
  if (!remember) return makeSelection(collect(policies, action), firstInvalid(policies));
  const index = indexFor(policies);
  let selection = index.byAction.get(action);
  if (!selection) {
    selection = makeSelection(collect(index.snapshot, action), index.invalid);
    // Bounded like the per-policy cache: the action vocabulary is finite but a caller could send arbitrary strings.
    if (index.byAction.size >= 4096) index.byAction.clear();
    index.byAction.set(action, selection);
  }
  return selection;
}
