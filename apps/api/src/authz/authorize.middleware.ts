import type { MiddlewareFn } from 'type-graphql';
import { requireCaller, type Caller } from '../auth/caller';
import type { RequestContext } from '../context';
import { IamError } from '../errors/iam-error';
import { authorizationCallerOf } from './authorization-caller';
import { authorize } from './authorize';
import { readOperationAccess } from './iam-operation';

/**
 * The global authorization step: every query, mutation and linked field that declares `@IamOperation` is evaluated
 * for each resource ARN it names, before its resolver runs; the first denial is thrown as AWS's AccessDenied.
 * `@Public` fields run for anyone; fields with no declaration are plain properties of an already-authorized object.
 */
export const authorizeOperation: MiddlewareFn<RequestContext> = async ({ root, args, context: ctx, info }, next) => {
  const access = readOperationAccess(info.parentType.getFields()[info.fieldName]?.extensions);
  if (access === undefined || access.kind === 'public') return next();

  const caller = requireCaller(ctx.caller);
  if (access.kind === 'trust' || access.kind === 'authenticated') return next();
  refuseSessionTokenWithoutMfa(caller, access.action);
  const resourceArns = await access.resourceArn({ args, root, caller, ctx });
  const authorizationCaller = authorizationCallerOf(caller);
  for (const resourceArn of typeof resourceArns === 'string' ? [resourceArns] : resourceArns) {
    const outcome = await authorize(
      ctx.policyCache,
      authorizationCaller,
      { sourceIp: ctx.sourceIp, secureTransport: ctx.req.secure },
      { action: access.action, resourceArn },
    );
    if (outcome.decision !== 'Allow') {
      ctx.logger.info({ action: access.action, resourceArn, decision: outcome.decision, blockedBy: outcome.blockedBy }, 'access denied');
      throw outcome.error;
    }
  }
  return next();
};

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
