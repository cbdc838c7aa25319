import type { MiddlewareFn } from 'type-graphql';
import { requireCaller, type Caller } from '../principals/caller';
import type { RequestContext } from '../context';
import { IamError } from '../errors/iam-error';
import { authorizeEach } from './authorize-each';
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
  return async ({ root, args, context: ctx, info }, next) => {
    const answeringAction = typeof root === 'object' && root !== null ? ctx.operationResults.get(root) : undefined;
    if (answeringAction !== undefined && access.answeredBy?.some((action) => action === answeringAction)) return next();
    const caller = requireCaller(ctx.caller);
    refuseSessionTokenWithoutMfa(caller, access.action);
    const target = { args, root, caller, ctx };
    const requirements = [{ action: access.action, resourceArn: access.resourceArn, context: undefined }, ...(access.alsoRequires ?? []).filter((conditional) => conditional.when?.(args) ?? true)];
    const requestKeys = access.requestConditionKeys?.(args);
    for (const requirement of requirements) {
      const resourceArns = await (requirement.resourceArn ?? access.resourceArn)(target);
      await authorizeEach(
        ctx,
        caller,
        (typeof resourceArns === 'string' ? [resourceArns] : resourceArns).map((resourceArn) => ({
          action: requirement.action,
          resourceArn,
          ...(requestKeys || requirement.context ? { context: { ...requestKeys, ...requirement.context } } : {}),
        })),
      );
    }
    const result: unknown = await next();
    // What a query or mutation returns, its linked fields may be answered under its action (IamOperationOptions.answeredBy).
    if (info.path.prev === undefined && typeof result === 'object' && result !== null) ctx.operationResults.set(result, access.action);
    return result;
  };
}

/**
 * AWS: credentials from GetSessionToken call IAM only when MFA was given to GetSessionToken, and STS only for
 * AssumeRole and GetCallerIdentity.
 */
function refuseSessionTokenWithoutMfa(caller: Caller, action: string): void {
  if (caller.kind === 'assumed-role' || caller.stsSessionId === undefined) return;
  const [service] = action.split(':');
  const refused =
    (service === 'iam' && !caller.mfaAuthenticated) ||
    (service === 'sts' && action !== 'sts:AssumeRole' && action !== 'sts:GetCallerIdentity');
  if (refused) {
    throw new IamError(
      'AccessDenied',
      `User: ${caller.principalArn} is not authorized to perform: ${action} with temporary credentials obtained by GetSessionToken${service === 'iam' ? ' without MFA' : ''}`,
    );
  }
}
