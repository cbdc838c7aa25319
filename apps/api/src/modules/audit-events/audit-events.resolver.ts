import { Args, Ctx, Query, Resolver } from 'type-graphql';
import { requireCaller } from '../../principals/caller';
import { IamOperation } from '../../authz/iam-operation';
import type { RequestContext } from '../../context';
import { connectionComplexity } from '../../graphql/complexity';
import type { Page } from '../../graphql/connections';
import { EventConnection, type Event } from './audit-event.type';
import { LookupEventsArgs } from './audit-events.inputs';
import * as auditEvents from './audit-events.service';

@Resolver()
export class AuditEventsResolver {
  /** AWS: cloudtrail:LookupEvents supports no resource-level permissions, so the resource is `*`. */
  @Query(() => EventConnection, { complexity: connectionComplexity, description: 'CloudTrail LookupEvents for the caller\'s account.' })
  @IamOperation('cloudtrail:LookupEvents', () => '*')
  lookupEvents(@Args(() => LookupEventsArgs) args: LookupEventsArgs, @Ctx() ctx: RequestContext): Promise<Page<Event>> {
    return auditEvents.lookupEvents(ctx, requireCaller(ctx.caller).accountId, args);
  }
}
