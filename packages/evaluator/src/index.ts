// @gatehouse/evaluator: the AWS policy language — parse, validate, compile, evaluate, explain. Pure TypeScript, no I/O.
// This file is the public surface; nothing outside the package imports any other file.

export type {
  AuthorizationRequest,
  AuthorizationResult,
  CompiledPolicy,
  ConditionBlock,
  ConditionEntry,
  ConditionTrace,
  ConditionValue,
  Decision,
  DenialReason,
  Effect,
  ElementMatch,
  EvaluateOptions,
  FindingSeverity,
  InlinePolicyOwner,
  MatchedStatement,
  ParsePolicyResult,
  Policy,
  PolicyDocument,
  PolicyFinding,
  PolicyInput,
  PolicyKind,
  PolicyStatement,
  PolicyTrace,
  PolicyType,
  PolicyTypeDecision,
  PolicyTypeTrace,
  PrincipalElement,
  PrincipalMatchKind,
  PrincipalType,
  PrincipalValue,
  RequestContext,
  ResourceMismatch,
  Statement,
  StatementTrace,
  Trace,
  ValidatePolicyOptions,
  ValueListElement,
} from './types';
export type { Arn } from './arn';
export type { FindingCode } from './validate/findings';
export type { ConditionOperator, OperatorFamily } from './conditions/operator';

/**
 * Decides a request the way AWS does: explicit deny anywhere wins; the identity side needs an allow in the
 * identity-based policies and in the permissions boundary and session policies when present; a resource-based policy
 * allow is enough within one account (with AWS's rules for boundaries and sessions) and both sides must allow across
 * accounts; `sts:AssumeRole` always needs the role's trust policy (pass it as `resourcePolicy`).
 * Pass `{ trace: true }` for the per-statement explanation. Never throws.
 */
export { evaluate } from './decide/evaluate';

/**
 * Validates a policy like IAM Access Analyzer: findings with severity, stable code, message, JSON path and, for text
 * input, line/column. `kind` selects the rules for identity, resource, trust, boundary or session policies.
 */
export { validatePolicy } from './validate/validate-policy';

/** Parses JSON text or a value into the Policy AST; on grammar errors returns them (with positions for text). */
export { parsePolicy } from './parse/parse-policy';

/** Where each statement of a policy's text sits (line and column), for the simulator's matched statements. */
export { statementPositions } from './parse/statement-positions';
export type { StatementPosition, TextPosition } from './parse/statement-positions';

/**
 * Compiles a policy once for many evaluations (matchers built, actions lower-cased). The result can be passed anywhere
 * a PolicyInput is accepted. An invalid document compiles to a policy that makes evaluation fail closed.
 */
export { compilePolicy } from './compile/compile-policy';

/** Splits an ARN into partition, service, region, accountId and resource; `undefined` when it is not an ARN. */
export { parseArn } from './arn';

/** Builds an ARN from its parts (partition `aws` by default). */
export { formatArn } from './arn';

/** AWS's AccessDenied reason phrase for a denied result ("because no identity-based policy allows the … action"). */
export { describeDenial } from './explain/describe';

/** The simulator's sentences for a result ("Denied by statement 2 (DenyDelete) of policy Boundary (…)"). */
export { describeDecision } from './explain/describe';

/** Every finding code with its severity. */
export { FINDING_SEVERITIES } from './validate/findings';

/** The condition operators AWS documents, by name (without ForAllValues:/ForAnyValue:/IfExists). */
export { CONDITION_OPERATORS } from './conditions/registry';

/**
 * Does a value match an AWS wildcard pattern (`*`, `?`)? Linear-time, never a regular expression; `arn` mode keeps
 * wildcards within the first five colon-separated parts as AWS does. Case-sensitive: fold case first for actions.
 */
export { wildcardMatches } from './compile/wildcard';
