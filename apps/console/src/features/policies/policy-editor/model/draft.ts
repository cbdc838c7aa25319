// The policy as the visual editor holds it. Plain data, no React; to-json.ts turns it back into the saved text.

/** A JSON value kept exactly as written, for members the visual editor does not edit. */
export type JsonValue = string | number | boolean | null | JsonValue[] | { [key: string]: JsonValue };

export type StatementEffect = 'Allow' | 'Deny';

/** A condition value as JSON allows it: `"true"` and `true` are both accepted by AWS and kept as written. */
export type ConditionValue = string | number | boolean;

/** One operator/key pair of a Condition block: `"StringEquals": { "aws:username": ["alice"] }`. */
export interface ConditionDraft {
  id: string;
  /** The operator with its qualifiers as written, e.g. `ForAnyValue:StringLikeIfExists`. */
  operator: string;
  key: string;
  values: ConditionValue[];
}

export type PrincipalType = 'AWS' | 'Service' | 'Federated' | 'CanonicalUser';

/** `"Principal": "*"` is `{ kind: 'anyone' }`; `{"AWS": [...], "Service": ...}` keeps its types in written order. */
export type PrincipalDraft =
  | { kind: 'anyone' }
  | { kind: 'entries'; entries: Array<{ type: PrincipalType; values: string[] }> };

export interface StatementDraft {
  /** Stable id for React keys and edits; never written to the JSON (that is what `sid` is for). */
  id: string;
  sid: string | undefined;
  /** `undefined` while the statement has no Effect yet (validation reports it). */
  effect: StatementEffect | undefined;
  /** Present in trust and resource policies only. */
  principal: PrincipalDraft | undefined;
  /** Whether `principal` is written as `NotPrincipal`: every principal except those listed. */
  notPrincipal: boolean;
  /**
   * `undefined` when the statement has no `Action` (or `NotAction`) element. An empty list is written as `[]`, so an
   * unfinished statement stays visible in the JSON and validation points at it.
   */
  actions: string[] | undefined;
  /** Whether `actions` is written as `NotAction`: every action except those listed ("Switch to NotAction"). */
  notAction: boolean;
  /** `undefined` when the statement has no `Resource` (or `NotResource`) element: trust policies, for one. */
  resources: string[] | undefined;
  /** Whether `resources` is written as `NotResource`: every resource except those listed. */
  notResource: boolean;
  conditions: ConditionDraft[];
  /**
   * Service prefixes the visual editor shows a section for: those of the actions, plus services picked before any of
   * their actions was chosen. Not written to the JSON.
   */
  services: string[];
  /** Members the visual editor cannot edit (unknown elements, both Action and NotAction…), written back verbatim. */
  extra: Record<string, JsonValue>;
}

/**
 * Something in the document the visual editor cannot show. The statement holding it is read-only in the visual editor
 * (its other statements stay editable); a document-level member is kept verbatim and blocks nothing.
 */
export interface UnsupportedConstruct {
  /** JSONPath of the member as read, e.g. `$.Statement[1].Sidd`. */
  path: string;
  message: string;
  /** The statement holding the member; absent for members of the document itself. */
  statementId?: string;
}

export interface PolicyDraft {
  /** As written; `undefined` when the document has no Version. */
  version: string | undefined;
  id: string | undefined;
  statements: StatementDraft[];
  /** Document members other than Version, Id and Statement, written back verbatim. */
  extra: Record<string, JsonValue>;
  unsupported: UnsupportedConstruct[];
  /** Counter behind statement and condition ids, so that edits stay pure and ids never repeat within a draft. */
  lastId: number;
}

export const CURRENT_POLICY_VERSION = '2012-10-17';

/** Gives the next local id of a draft: `[id, draft with the counter advanced]`. */
export function nextId(draft: PolicyDraft, prefix: 'statement' | 'condition'): [string, PolicyDraft] {
  const lastId = draft.lastId + 1;
  return [`${prefix}-${lastId}`, { ...draft, lastId }];
}
