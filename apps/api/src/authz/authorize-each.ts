import type { RequestContext } from '../context';
import type { Caller } from '../principals/caller';
import { authorize, type AuthorizationQuery } from './authorize';

/**
 * Authorizes the caller for each action on each resource in turn and throws the first denial as AWS's AccessDenied:
 * the step every operation takes before it runs (the middleware), and the one a service takes for the actions it can
 * name only once it has read the rows (deleting a user together with what it holds).
 */
export async function authorizeEach(ctx: RequestContext, caller: Caller, queries: Iterable<Omit<AuthorizationQuery, 'trustPolicy'>>): Promise<void> {
  for (const query of queries) {
    const outcome = await authorize(ctx.governingPolicies, caller, { sourceIp: ctx.sourceIp, secureTransport: ctx.req.secure }, query);
    if (outcome.decision !== 'Allow') {
      ctx.logger.info({ action: query.action, resourceArn: query.resourceArn, decision: outcome.decision, blockedBy: outcome.blockedBy }, 'access denied');
      throw outcome.error;
    }
  }
}
