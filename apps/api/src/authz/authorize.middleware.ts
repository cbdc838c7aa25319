import type { MiddlewareFn } from 'type-graphql';
import { requireCaller } from '../principals/caller';
import type { RequestContext } from '../context';
import { authorizeOperation } from './authorize-operation';
import type { OperationAccess } from './iam-operation';

/**
 * The authorization step of one query, mutation or linked field, attached by its access declaration
 * (`@IamOperation`, `@TrustPolicyOperation`, `@AnyAuthenticatedCaller`): the caller is evaluated for each resource ARN
 * the declaration names, for its action and each conditional action the request calls for (`alsoRequires`), before
 * the resolver runs; the first denial is thrown as AWS's AccessDenied. Fields without
 * a declaration are plain properties of an already-authorized object and get no middleware at all.
 */
export function authorizeAccess(access: Exclude<OperationAccess, { kind: 'public' }>): MiddlewareFn<RequestContext> {
  if (access.kind !== 'iam') {
    return ({ context: ctx }, next) => {
      requireCaller(ctx.caller);
      return next();
    };
  }
  const authorizeThenResolve: MiddlewareFn<RequestContext> = async ({ root, args, context: ctx, info }, next) => {
    await authorizeOperation(access, { args, root, caller: requireCaller(ctx.caller), ctx });
    const result: unknown = await next();
    // What a query or mutation returns, its linked fields may be answered under its action (IamOperationOptions.answeredBy).
    if (info.path.prev === undefined && typeof result === 'object' && result !== null) ctx.operationResults.set(result, access.action);
    return result;
  };
  // Not async: a linked field its operation's action answers (every group of a getUser, every policy of those groups)
  // goes straight to its resolver, without a promise of its own.
  return (resolverData, next) => {
    const { root, context: ctx } = resolverData;
    const answeringAction = typeof root === 'object' && root !== null ? ctx.operationResults.get(root) : undefined;
    if (answeringAction !== undefined && access.answeredBy?.some((action) => action === answeringAction)) return next();
    return authorizeThenResolve(resolverData, next);
  };
}
