// Policy AST → CompiledPolicy: actions lower-cased, matchers and condition values prepared once. A compiled policy
// remembers which of its statements each action selects, so evaluation skips statements about other actions.
import { type CompiledCondition, compileCondition } from '../conditions/compile-condition';
import { type ActionMatcher, actionMatches, compileActionMatcher } from '../match/action';
import type { PackedSlot } from './packed-statements';
import { makeSelection, type Selection } from './statement-index';
import { compilePrincipal, type PrincipalTest } from '../match/principal';
import { compileResourceMatcher, type ResourceMatcher } from '../match/resource';
import { parseDocument } from '../parse/parse-policy';
import { SharedTable } from './shared-table';
import type { CompiledPolicy, MatchedStatement, Policy, PolicyDocument, PolicyFinding, PolicyType, Statement } from '../types';

export interface CompiledStatement {
  statement: Statement;
  /** The policy the statement belongs to (set once the policy is built). */
  policy: CompiledPolicyImpl;
  allow: boolean;
  action: ActionMatcher | undefined;
  /** Absent: the statement names no resource, as in a trust policy, and so covers the resource it is attached to. */
  resource: ResourceMatcher | undefined;
  principal: PrincipalTest | undefined;
  conditions: readonly CompiledCondition[];
  /** The MatchedStatement reported for each policy type, built once; fields of their own to spare a read. */
  identityRef: MatchedStatement | undefined;
  resourceRef: MatchedStatement | undefined;
  boundaryRef: MatchedStatement | undefined;
  sessionRef: MatchedStatement | undefined;
}

const REF_FIELDS = { identity: 'identityRef', resource: 'resourceRef', boundary: 'boundaryRef', session: 'sessionRef' } as const;

const VARIABLES_VERSION = '2012-10-17';

export class CompiledPolicyImpl implements CompiledPolicy {
  readonly kind = 'CompiledPolicy' as const;
  private readonly byAction = new Map<string, Selection>();
  /** This policy as a list of one, for a request's resource policy or boundary: no array per request. */
  readonly alone: readonly CompiledPolicyImpl[] = [this];

  constructor(
    readonly name: string,
    readonly policy: Policy,
    readonly statements: CompiledStatement[],
    /** Grammar errors; a policy with errors has no statements and makes evaluation fail closed. */
    readonly errors: PolicyFinding[],
  ) {
    for (const s of statements) s.policy = this;
    this.invalid = errors.length > 0 ? name : undefined;
  }

  /**
   * The action of the last selectionFor, and its selection: a policy that belongs to one principal mostly sees the
   * same few actions, and reading these fields of an object the request already touched spares a hash-table lookup.
   */
  lastAction: string | undefined = undefined;
  lastSelection: Selection | undefined = undefined;
  /** `lastSelection.packed`'s slots and their bounds, in this object itself: one object fewer to read per policy and request. */
  lastSlots: PackedSlot[] | undefined = undefined;
  lastStart = 0;
  lastEnd = 0;
  /** This policy's name when it could not be parsed (it then has no statements), for the decision to fail closed. */
  readonly invalid: string | undefined;

  /** The statements whose Action/NotAction covers `action` (as requested, any case), and this policy's name if invalid. */
  selectionFor(action: string): Selection {
    if (action === this.lastAction) return this.lastSelection!;
    let selected = this.byAction.get(action);
    if (!selected) {
      const lower = action.toLowerCase();
      selected = makeSelection(
        this.statements.filter((s) => s.action !== undefined && actionMatches(s.action, lower)),
        this.invalid,
      );
      // Bounded: the action vocabulary is finite but a caller could send arbitrary strings.
      if (this.byAction.size >= 4096) this.byAction.clear();
      this.byAction.set(action, selected);
    }
    this.lastAction = action;
    this.lastSelection = selected;
    this.lastSlots = selected.packed.slots;
    this.lastStart = selected.packed.start;
    this.lastEnd = selected.packed.end;
    return selected;
  }

  /** The MatchedStatement for `s` when this policy is used as `policyType`. */
  ref(s: CompiledStatement, policyType: PolicyType): MatchedStatement {
    const field = REF_FIELDS[policyType];
    let ref = s[field];
    if (!ref) {
      ref = { policy: this.name, policyType, statementIndex: s.statement.index, effect: s.statement.effect };
      if (s.statement.sid !== undefined) ref.sid = s.statement.sid;
      // Shared by every result that reports this statement: frozen so that no caller can change another's result.
      Object.freeze(ref);
      s[field] = ref;
    }
    return ref;
  }
}

export function isCompiledPolicy(value: unknown): value is CompiledPolicyImpl {
  return value instanceof CompiledPolicyImpl;
}

const isPolicyAst = (v: unknown): v is Policy =>
  typeof v === 'object' && v !== null && Array.isArray((v as Policy).statements) && !('Statement' in v);

/**
 * Compiles a policy for repeated evaluation. Accepts JSON text, a document, a parsed Policy, or `{ name, document }`.
 * Never throws: an unparseable policy compiles to one that carries its errors and allows nothing. The name is `name`,
 * else the input's own name, else the document's Id, else `policy`.
 */
export function compilePolicy(input: string | PolicyDocument | Policy | { name: string; document: string | PolicyDocument }, name?: string): CompiledPolicy {
  return compileNamed(input, name, 'policy');
}

/** compilePolicy for inputs of unknown shape, with the name to use when the input has neither name nor Id. */
export function compileWithFallbackName(input: unknown, fallback: string): CompiledPolicyImpl {
  return compileNamed(input, undefined, fallback);
}

function compileNamed(input: unknown, name: string | undefined, fallback: string): CompiledPolicyImpl {
  if (isCompiledPolicy(input)) return input;
  if (typeof input === 'object' && input !== null && 'document' in input && typeof (input as { name?: unknown }).name === 'string') {
    const named = input as { name: string; document: unknown };
    return compileNamed(named.document, name ?? named.name, fallback);
  }
  if (isPolicyAst(input)) return compileAst(input, name ?? input.id ?? fallback, []);
  const parsed = parseDocument(input);
  const errors = parsed.collector.findings.filter((f) => f.severity === 'ERROR');
  const policy = parsed.policy ?? { version: undefined, id: undefined, statements: [] };
  return compileAst(errors.length > 0 ? { ...policy, statements: [] } : policy, name ?? policy.id ?? fallback, errors);
}

/**
 * Matchers shared by every statement that holds the same element (see shared-table.ts), those with policy variables
 * too: their last substitution is a cache checked against the variables' values on every call (Substitution), so a
 * part shared by many callers stays right, and substituting again for another caller costs less than reading a part of
 * one's own that has left the CPU's caches (README, Benchmarks).
 */
const shared = {
  actions: new SharedTable<ActionMatcher>(),
  resources: new SharedTable<ResourceMatcher>(),
  principals: new SharedTable<PrincipalTest>(),
  conditions: new SharedTable<CompiledCondition>(),
};
const NO_CONDITIONS: readonly CompiledCondition[] = Object.freeze([]);

function compileAst(policy: Policy, name: string, errors: PolicyFinding[]): CompiledPolicyImpl {
  const variables = policy.version === VARIABLES_VERSION;
  const statements = policy.statements.map((statement): CompiledStatement => {
    const { action, resource, principal, conditions } = statement;
    const deny = statement.effect === 'Deny';
    return {
      statement,
      policy: undefined as unknown as CompiledPolicyImpl,
      allow: statement.effect === 'Allow',
      action: action && shared.actions.get(JSON.stringify([action.negated, action.values]), () => compileActionMatcher(action)),
      resource:
        resource &&
        shared.resources.get(JSON.stringify([resource.negated, variables, resource.values]), () => compileResourceMatcher(resource, variables)),
      principal:
        principal &&
        shared.principals.get(JSON.stringify([principal.negated, principal.wildcard, deny, principal.entries.map((e) => [e.type, e.value])]), () =>
          compilePrincipal(principal, deny),
        ),
      // Each entry shared on its own: the same entries recur in many statements in ever different combinations.
      conditions:
        conditions.length === 0
          ? NO_CONDITIONS
          : Object.freeze(conditions.map((c) => shared.conditions.get(JSON.stringify([variables, c.operator, c.key, c.values]), () => compileCondition(c, variables)))),
      identityRef: undefined,
      resourceRef: undefined,
      boundaryRef: undefined,
      sessionRef: undefined,
    };
  });
  return new CompiledPolicyImpl(name, policy, statements, errors);
}
