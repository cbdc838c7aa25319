// Public types of @gatehouse/evaluator: the JSON policy document, the parsed policy, requests, results and findings.
import type { Catalog } from './catalog/catalog';

/** A policy document as JSON, exactly as AWS accepts it. */
export interface PolicyDocument {
  Version?: string;
  Id?: string;
  Statement: PolicyStatement | PolicyStatement[];
}

/** One statement as JSON. Values may be a string or an array of strings, as in AWS. */
export interface PolicyStatement {
  Sid?: string;
  Effect: Effect;
  Principal?: PrincipalValue;
  NotPrincipal?: PrincipalValue;
  Action?: string | string[];
  NotAction?: string | string[];
  Resource?: string | string[];
  NotResource?: string | string[];
  Condition?: ConditionBlock;
}

export type PrincipalValue = '*' | Partial<Record<PrincipalType, string | string[]>>;

/** `{ "StringEquals": { "aws:username": ["alice"] } }`: operator → key → values. */
export type ConditionBlock = Record<string, Record<string, ConditionValue | ConditionValue[]>>;
export type ConditionValue = string | number | boolean;

export type Effect = 'Allow' | 'Deny';
export type Decision = 'Allow' | 'ExplicitDeny' | 'ImplicitDeny';

/** The principal types of a Principal element: `{"AWS": …}`, `{"Service": …}`, `{"Federated": …}`, `{"CanonicalUser": …}`. */
export type PrincipalType = 'AWS' | 'Service' | 'Federated' | 'CanonicalUser';

/** What a document is used as; validation rules differ (Principal required in resource and trust policies, size limits…). */
export type PolicyKind = 'identity' | 'resource' | 'trust' | 'boundary' | 'session';

/** The place a policy takes in one authorization request. A trust policy is the role's resource-based policy. */
export type PolicyType = 'identity' | 'resource' | 'boundary' | 'session';

/** Identity-based policies of one kind have different size limits in AWS; used by validation only. */
export type InlinePolicyOwner = 'user' | 'group' | 'role';

// ---------------------------------------------------------------------------------------------------------------
// Parsed policy (the AST). Every node keeps its JSON path so that findings and the console can point at it.

/** A parsed policy: the document's values normalised to arrays, with the JSON path of every node. */
export interface Policy {
  /** The Version element as written; `undefined` when absent (AWS then applies 2008-10-17 rules). */
  version: string | undefined;
  id: string | undefined;
  statements: Statement[];
}

export interface Statement {
  /** Position in the Statement array, counting from 0 (0 too when Statement is a single object). */
  index: number;
  /** `$.Statement[0]`, or `$.Statement` when Statement is a single object. */
  path: string;
  sid: string | undefined;
  effect: Effect;
  principal: PrincipalElement | undefined;
  action: ValueListElement | undefined;
  resource: ValueListElement | undefined;
  conditions: ConditionEntry[];
}

/** Action/NotAction or Resource/NotResource: `negated` is true for the Not… form. */
export interface ValueListElement {
  negated: boolean;
  values: string[];
  /** JSON path of each value, same order as `values`. */
  paths: string[];
}

/** Principal/NotPrincipal. `wildcard` is `"*"` or `{"AWS": "*"}`. */
export interface PrincipalElement {
  negated: boolean;
  wildcard: boolean;
  entries: Array<{ type: PrincipalType; value: string; path: string }>;
  path: string;
}

/** One operator/key pair of a Condition block, with its values as strings (numbers and booleans are stringified). */
export interface ConditionEntry {
  /** The operator as written, e.g. `ForAnyValue:StringLikeIfExists`. */
  operator: string;
  /** The key as written, e.g. `aws:PrincipalTag/Department`. */
  key: string;
  values: string[];
  path: string;
}

// ---------------------------------------------------------------------------------------------------------------
// Findings (validation) and parse results

export type FindingSeverity = 'ERROR' | 'SECURITY_WARNING' | 'WARNING' | 'SUGGESTION';

/**
 * One validation finding. `code` is stable (see the table in validate/findings.ts); `message` follows cedar's
 * style (lowercase, no final period, user input in backticks); `help` is a separate hint such as "did you mean …?".
 */
export interface PolicyFinding {
  severity: FindingSeverity;
  code: string;
  message: string;
  help?: string;
  /** JSONPath of the offending node, e.g. `$.Statement[0].Action[1]`; `$` for the whole document. */
  path: string;
  /** 1-based position of the node's start in the text, present when the input was text. */
  line?: number;
  column?: number;
  /** 1-based position just after the node's end, present when the input was text. */
  endLine?: number;
  endColumn?: number;
}

export type ParsePolicyResult = { ok: true; policy: Policy } | { ok: false; findings: PolicyFinding[] };

export interface ValidatePolicyOptions {
  /** How the document is used; default `identity`. */
  kind?: PolicyKind;
  /**
   * For an inline identity policy, whose it is: AWS limits inline policies to 2,048 (user), 5,120 (group) and 10,240
   * (role) characters without white space. Without it an identity policy gets the managed limit, 6,144.
   */
  inlineOwner?: InlinePolicyOwner;
  /** The services actions, resources and condition keys are checked against; default AWS's (`awsCatalog`). */
  catalog?: Catalog;
}

// ---------------------------------------------------------------------------------------------------------------
// Authorization

/** A compiled policy (see `compilePolicy`): parse once, evaluate many times. Treat as opaque. */
export interface CompiledPolicy {
  readonly kind: 'CompiledPolicy';
  readonly name: string;
  readonly policy: Policy;
  /** Grammar errors; when present the policy has no statements and any request using it is denied (fails closed). */
  readonly errors: PolicyFinding[];
}

/** Anything `evaluate` accepts as a policy. A bare document gets a name from its place in the request. */
export type PolicyInput =
  | string
  | PolicyDocument
  | { name: string; document: string | PolicyDocument }
  | CompiledPolicy;

/** Condition keys of the request. Names are case-insensitive; values are case-sensitive strings or lists. */
export type RequestContext = Record<string, string | string[]>;

export interface AuthorizationRequest {
  /**
   * The caller: `arn:aws:iam::111122223333:user/path/alice`, `arn:aws:iam::111122223333:role/R`,
   * `arn:aws:sts::111122223333:assumed-role/R/session`, `arn:aws:sts::111122223333:federated-user/bob`,
   * `arn:aws:iam::111122223333:root`, or a service principal such as `ec2.amazonaws.com`.
   */
  principal: string;
  /** `service:Action`, e.g. `s3:GetObject`. */
  action: string;
  /** The resource ARN, or `*` for actions that take no resource. */
  resource: string;
  /** Owner of the resource; default: the account in the resource ARN, else the principal's account. */
  resourceAccount?: string;
  /**
   * Condition keys. `aws:PrincipalArn`, `aws:PrincipalAccount`, `aws:PrincipalType`, `aws:username` (IAM users),
   * `aws:ResourceAccount`, `aws:CurrentTime` and `aws:EpochTime` are derived from the request when absent. For an
   * assumed-role session, pass the role's ARN (with its path) as `aws:PrincipalArn`, as AWS does; without it the
   * role ARN is derived from the session ARN with no path.
   */
  context?: RequestContext;
  /** Every identity-based policy of the principal: managed and inline, its own and its groups'. */
  identityPolicies?: PolicyInput[];
  /** The resource-based policy of the target: a bucket policy, or a role's trust policy for `sts:AssumeRole`. */
  resourcePolicy?: PolicyInput;
  permissionsBoundary?: PolicyInput;
  /** Session policies passed when the session was created; when there are any, they limit the session. */
  sessionPolicies?: PolicyInput[];
}

export interface EvaluateOptions {
  /** Build the per-statement explanation (`result.trace`). Off by default: it allocates. */
  trace?: boolean;
}

/** A statement whose action, resource, principal and conditions all matched the request. */
export interface MatchedStatement {
  policy: string;
  policyType: PolicyType;
  /** Position in the policy's Statement array, counting from 0. */
  statementIndex: number;
  sid?: string;
  effect: Effect;
}

/**
 * Why the request was not allowed, in AWS's terms: an explicit deny in a policy type, or no allow in a policy type
 * that needed one. `InvalidPolicy`: a policy of that type could not be parsed, so the request fails closed.
 */
export interface DenialReason {
  reason: 'ExplicitDeny' | 'NoAllow' | 'InvalidPolicy';
  policyType: PolicyType;
  /** The action as requested, for AWS's message "because no identity-based policy allows the iam:CreateUser action". */
  action: string;
  /** The deciding statement for `ExplicitDeny`, the unusable policy's name for `InvalidPolicy`. */
  statement?: MatchedStatement;
  policy?: string;
}

/** The outcome of one policy type: `NotApplicable` when the request had no policy of that type. */
export type PolicyTypeDecision = Decision | 'NotApplicable';

export interface AuthorizationResult {
  decision: Decision;
  allowed: boolean;
  /** Every statement that matched, Allow and Deny, in evaluation order (identity, resource, boundary, session); frozen. */
  matchedStatements: MatchedStatement[];
  /** The outcome of each policy type on its own, before they are combined. */
  policyTypes: Record<PolicyType, PolicyTypeDecision>;
  /** Present when the decision is not Allow: what blocked it. */
  blockedBy?: DenialReason;
  /** Policies that could not be parsed; the request then fails closed. */
  errors?: Array<{ policy: string; policyType: PolicyType; findings: PolicyFinding[] }>;
  /** Present when `evaluate(request, { trace: true })`. */
  trace?: Trace;
}

// ---------------------------------------------------------------------------------------------------------------
// Trace: the explanation a simulator shows, built only on request.

export interface Trace {
  /** How the request was read: the principal's account and kind, the resource's account, same- or cross-account. */
  principalAccount: string | undefined;
  resourceAccount: string | undefined;
  crossAccount: boolean;
  policyTypes: PolicyTypeTrace[];
}

export interface PolicyTypeTrace {
  policyType: PolicyType;
  decision: PolicyTypeDecision;
  policies: PolicyTrace[];
}

export interface PolicyTrace {
  policy: string;
  statements: StatementTrace[];
}

export interface StatementTrace {
  statementIndex: number;
  sid?: string;
  effect: Effect;
  /** True when every part matched; the statement then allows or denies the request. */
  matched: boolean;
  action: ElementMatch;
  resource: ElementMatch;
  /** Absent for identity-based policies, which have no Principal element. */
  principal?: ElementMatch;
  conditions: ConditionTrace[];
}

/** How one element compared: `matchedValue` is the pattern that matched (or, for a Not… element, that excluded). */
export interface ElementMatch {
  matched: boolean;
  negated: boolean;
  matchedValue?: string;
  /** For a resource that did not match: why, per pattern (`service`, `region`, `account`, `resource`, `variable`). */
  reasons?: ResourceMismatch[];
  /** For a principal matched through its account (delegation to identity policies) rather than named directly. */
  via?: PrincipalMatchKind;
}

export interface ResourceMismatch {
  pattern: string;
  segment: 'partition' | 'service' | 'region' | 'account' | 'resource' | 'variable' | 'not-an-arn';
}

/** How a resource-based policy named the principal; decides whether it grants on its own (see decide/combine.ts). */
export type PrincipalMatchKind = 'session' | 'user' | 'role' | 'account' | 'anyone' | 'service' | 'federated';

export interface ConditionTrace {
  operator: string;
  key: string;
  matched: boolean;
  /** The request's values for the key; absent when the request did not have the key. */
  requestValues?: string[];
  /** The policy's values after variable substitution. */
  policyValues: string[];
  /**
   * The policy values whose variable has no value in the request (shown unsubstituted in `policyValues`): AWS reads
   * each as null, which no request value equals or is like, so a negated operator is not stopped by it.
   */
  nullValues?: string[];
  /** Set when the condition cannot hold: an unknown operator, a value of the wrong type. */
  problem?: 'unknown-operator' | 'invalid-value';
}
