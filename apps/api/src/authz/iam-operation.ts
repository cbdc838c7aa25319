import { Extensions } from 'type-graphql';
import type { Caller } from '../auth/caller';
import type { RequestContext } from '../context';

/** What a resource ARN function may look at: the operation's arguments, the parent object of a field, the caller. */
export interface IamOperationTarget<TArgs = Record<string, unknown>, TRoot = unknown> {
  args: TArgs;
  /** The object a field belongs to (`User` for `User.groups`); undefined on Query and Mutation fields. */
  root: TRoot;
  caller: Caller;
  /** For lookups through `ctx.loaders`, which the service then reuses. */
  ctx: RequestContext;
}

/** AWS: some actions take several resources (UpdateUser needs the old and the new user ARN), some only `*`. */
export type ResourceArnFn<TArgs = any, TRoot = any> = (
  target: IamOperationTarget<TArgs, TRoot>,
) => string | readonly string[] | Promise<string | readonly string[]>;

/** An operation's IAM action and resources, or the mark that it needs no caller at all. */
export type OperationAccess =
  | { kind: 'iam'; action: `${string}:${string}`; resourceArn: ResourceArnFn }
  /**
   * `sts:AssumeRole`: the role's trust policy is a resource-based policy and the MFA code is part of the request, so
   * the STS service evaluates it (`authorizeAssumeRole`) once the code is verified; the middleware only requires a caller.
   */
  | { kind: 'trust'; action: 'sts:AssumeRole'; resourceArn: ResourceArnFn }
  /** Reference data with no IAM action of its own (the action catalog): any signed-in caller, never an anonymous one. */
  | { kind: 'authenticated' }
  | { kind: 'public' };

const extensionKey = 'gatehouseAccess';

/**
 * Declares the IAM action (`iam:CreateUser`) and resource ARN(s) the caller needs for a query, mutation or linked
 * field. The authorization middleware reads it through `readOperationAccess`.
 */
export function IamOperation<TArgs = any, TRoot = any>(
  action: `${string}:${string}`,
  resourceArn: ResourceArnFn<TArgs, TRoot>,
): ReturnType<typeof Extensions> {
  const access: OperationAccess = { kind: 'iam', action, resourceArn };
  return Extensions({ [extensionKey]: access });
}

/** AssumeRole-style operations, authorized against the role's trust policy by their service (see OperationAccess). */
export function TrustPolicyOperation<TArgs = any>(action: 'sts:AssumeRole', resourceArn: ResourceArnFn<TArgs, unknown>): ReturnType<typeof Extensions> {
  const access: OperationAccess = { kind: 'trust', action, resourceArn };
  return Extensions({ [extensionKey]: access });
}

/**
 * For reference data that AWS publishes to everyone but Gatehouse serves only to callers it knows (the action
 * catalog): no IAM action governs it, and anonymous requests still get nothing but sign-in.
 */
export function AnyAuthenticatedCaller(): ReturnType<typeof Extensions> {
  const access: OperationAccess = { kind: 'authenticated' };
  return Extensions({ [extensionKey]: access });
}

/** For the few operations an anonymous caller may use (signIn). */
export function Public(): ReturnType<typeof Extensions> {
  const access: OperationAccess = { kind: 'public' };
  return Extensions({ [extensionKey]: access });
}

/** The declaration on a schema field (`GraphQLField.extensions`), or undefined when it has none. */
export function readOperationAccess(extensions: Readonly<Record<string, unknown>> | null | undefined): OperationAccess | undefined {
  return extensions?.[extensionKey] as OperationAccess | undefined;
}
