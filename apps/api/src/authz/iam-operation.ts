import type { RequestContext as ConditionKeys } from '@gatehouse/evaluator';
import { Extensions, UseMiddleware } from 'type-graphql';
import type { Caller } from '../auth/caller';
import type { RequestContext } from '../context';
import { authorizeAccess } from './authorize.middleware';

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

/**
 * An action AWS requires besides the operation's own, authorized after it: CreateUser with tags also needs iam:TagUser
 * on the same user; AddRoleToInstanceProfile always needs iam:PassRole on the role.
 */
export interface ConditionalAction<TArgs = any> {
  action: `${string}:${string}`;
  /** Whether this request needs the action too; always when absent. */
  when?(args: TArgs): boolean;
  /** The resources it is needed on; the operation's own when absent. */
  resourceArn?: ResourceArnFn<TArgs>;
  /** Condition keys the action is evaluated with (`iam:PassedToService`). */
  context?: Readonly<Record<string, string>>;
}

/**
 * The condition keys a request adds for every action it is authorized for (`aws:RequestTag/…` and `aws:TagKeys` of
 * the tags it carries), read from its arguments.
 */
export type RequestConditionKeysFn<TArgs = any> = (args: TArgs) => ConditionKeys;

export interface IamOperationOptions<TArgs> {
  alsoRequires?: readonly ConditionalAction<TArgs>[];
  requestConditionKeys?: RequestConditionKeysFn<TArgs>;
  /**
   * For a linked field: the operations whose AWS answer includes it. On the object such an operation returns, the
   * field is covered by that operation's own authorization, as in AWS: GetUser answers the user's tags to a caller
   * allowed iam:GetUser alone, CreateRole the new role's boundary to one allowed iam:CreateRole.
   */
  answeredBy?: readonly `${string}:${string}`[];
}

/** An operation's IAM action and resources, or the mark that it needs no caller at all. */
export type OperationAccess =
  | ({ kind: 'iam'; action: `${string}:${string}`; resourceArn: ResourceArnFn } & IamOperationOptions<any>)
  /**
   * `sts:AssumeRole`: the role's trust policy is a resource-based policy and the MFA code is part of the request, so
   * the STS service evaluates it (`authorizeAssumeRole`) once the code is verified; the middleware only requires a caller.
   */
  | { kind: 'trust'; action: 'sts:AssumeRole'; resourceArn: ResourceArnFn }
  /** Reference data with no IAM action of its own (the action catalog): any signed-in caller, never an anonymous one. */
  | { kind: 'authenticated' }
  | { kind: 'public' };

const extensionKey = 'gatehouseAccess';

/** A declaration goes on a resolver method: a query, a mutation or a field resolver. */
type AccessDecorator = MethodDecorator & PropertyDecorator;

/**
 * Records the access on the schema field (for `readOperationAccess`: the schema's completeness check, the
 * authorization matrix) and attaches the authorization step to that field alone, so that the many plain fields of
 * a response resolve without passing through it.
 */
function declareAccess(access: OperationAccess): AccessDecorator {
  const extensions = Extensions({ [extensionKey]: access });
  const middleware = access.kind === 'public' ? undefined : UseMiddleware(authorizeAccess(access));
  return (prototype: object, propertyKey: string | symbol, descriptor?: PropertyDescriptor) => {
    extensions(prototype, propertyKey, descriptor!);
    middleware?.(prototype, propertyKey, descriptor!);
  };
}

/**
 * Declares the IAM action (`iam:CreateUser`) and resource ARN(s) the caller needs for a query, mutation or linked
 * field, and has the caller authorized for them before the resolver runs; `alsoRequires` names the actions some
 * requests need too (see ConditionalAction), `requestConditionKeys` the condition keys the request adds to them all.
 */
export function IamOperation<TArgs = any, TRoot = any>(
  action: `${string}:${string}`,
  resourceArn: ResourceArnFn<TArgs, TRoot>,
  options: IamOperationOptions<TArgs> = {},
): AccessDecorator {
  return declareAccess({ kind: 'iam', action, resourceArn, ...options });
}

/** AssumeRole-style operations, authorized against the role's trust policy by their service (see OperationAccess). */
export function TrustPolicyOperation<TArgs = any>(action: 'sts:AssumeRole', resourceArn: ResourceArnFn<TArgs, unknown>): AccessDecorator {
  return declareAccess({ kind: 'trust', action, resourceArn });
}

/**
 * For reference data that AWS publishes to everyone but Gatehouse serves only to callers it knows (the action
 * catalog): no IAM action governs it, and anonymous requests still get nothing but sign-in.
 */
export function AnyAuthenticatedCaller(): AccessDecorator {
  return declareAccess({ kind: 'authenticated' });
}

/** For the few operations an anonymous caller may use (signIn). */
export function Public(): AccessDecorator {
  return declareAccess({ kind: 'public' });
}

/** The declaration on a schema field (`GraphQLField.extensions`), or undefined when it has none. */
export function readOperationAccess(extensions: Readonly<Record<string, unknown>> | null | undefined): OperationAccess | undefined {
  return extensions?.[extensionKey] as OperationAccess | undefined;
}
