import type { AuditEvent, Prisma } from '@gatehouse/db';
import type { RequestContext } from '../../context';
import { paginate, type Page } from '../../graphql/connections';
import type { LookupEventsArgs } from './audit-events.inputs';
import type { Event } from './audit-event.type';

type EventKey = [eventTime: string, eventId: string];

const isEventKey = (value: unknown): value is EventKey =>
  Array.isArray(value) && value.length === 2 && value.every((part) => typeof part === 'string') && !Number.isNaN(Date.parse(value[0] as string));

/**
 * CloudTrail LookupEvents over the caller's own account, newest first. Keyset pagination on (eventTime, eventId)
 * uses the `(accountId, eventTime)` indexes and stays stable while new events arrive.
 */
export function lookupEvents(ctx: RequestContext, accountId: string, args: LookupEventsArgs): Promise<Page<Event>> {
  const where: Prisma.AuditEventWhereInput = {
    accountId,
    ...(args.startTime || args.endTime ? { eventTime: { ...(args.startTime ? { gte: args.startTime } : {}), ...(args.endTime ? { lt: args.endTime } : {}) } } : {}),
    ...(args.eventName ? { eventName: args.eventName } : {}),
    ...(args.principal ? { OR: principalFilter(args.principal) } : {}),
    ...(args.resourceArn ? { resources: { has: args.resourceArn } } : {}),
  };
  return paginate({
    first: args.first,
    after: args.after,
    isKey: isEventKey,
    keyOf: (event) => [event.eventTime.toISOString(), event.eventId] as EventKey,
    fetch: async (limit, afterKey) => {
      const rows = await ctx.prisma.auditEvent.findMany({
        where: afterKey ? { AND: [where, olderThan(afterKey)] } : where,
        orderBy: [{ eventTime: 'desc' }, { eventId: 'desc' }],
        take: limit,
      });
      return rows.map(toEvent);
    },
    countTotal: () => ctx.prisma.auditEvent.count({ where }),
  });
}

/** An ARN matches itself; a bare name matches any principal ARN ending in `/NAME` (users at any path). */
function principalFilter(principal: string): Prisma.AuditEventWhereInput[] {
  return principal.startsWith('arn:') ? [{ principalArn: principal }] : [{ principalArn: { endsWith: `/${principal}` } }];
}

function olderThan([eventTime, eventId]: EventKey): Prisma.AuditEventWhereInput {
  const time = new Date(eventTime);
  return { OR: [{ eventTime: { lt: time } }, { eventTime: time, eventId: { lt: eventId } }] };
}

function usernameOf(principalArn: string | null): string | null {
  if (!principalArn) return null;
  if (principalArn.endsWith(':root')) return 'root';
  const assumed = /:assumed-role\/(.+)$/.exec(principalArn);
  return assumed ? assumed[1]! : principalArn.slice(principalArn.lastIndexOf('/') + 1);
}

function toEvent(row: AuditEvent): Event {
  const username = usernameOf(row.principalArn);
  return {
    eventId: row.eventId,
    eventName: row.eventName,
    eventSource: row.eventSource,
    eventTime: row.eventTime,
    principalArn: row.principalArn,
    username,
    accessKeyId: row.accessKeyId,
    resources: row.resources,
    readOnly: row.readOnly,
    errorCode: row.errorCode,
    protocol: row.protocol,
    cloudTrailEvent: JSON.stringify({
      eventVersion: '1.08',
      userIdentity: { arn: row.principalArn, accountId: row.accountId, accessKeyId: row.accessKeyId, userName: username },
      eventTime: row.eventTime.toISOString(),
      eventSource: row.eventSource,
      eventName: row.eventName,
      awsRegion: 'us-east-1',
      sourceIPAddress: row.sourceIpAddress,
      userAgent: row.userAgent,
      requestID: row.requestId,
      eventID: row.eventId,
      requestParameters: row.requestParameters,
      responseElements: row.responseElements,
      resources: row.resources.map((arn) => ({ ARN: arn })),
      readOnly: row.readOnly,
      errorCode: row.errorCode ?? undefined,
      errorMessage: row.errorMessage ?? undefined,
      additionalEventData: row.protocol === null ? undefined : { protocol: row.protocol },
      recipientAccountId: row.accountId,
    }),
  };
}
