import type { Prisma } from '@gatehouse/db';

/**
 * The audit row of a server-wide change the operator made with this command: no account, no principal (the operator
 * is whoever may run the command against the database), the service it concerns as the resource.
 */
export function operatorAuditEvent(eventName: string, prefix: string, requestParameters: Prisma.InputJsonObject): Prisma.AuditEventUncheckedCreateInput {
  return {
    eventSource: 'gatehouse.cli',
    eventName,
    accountId: null,
    principalArn: null,
    userAgent: 'gatehouse-cli',
    requestParameters,
    resources: [`gatehouse:service/${prefix}`],
    readOnly: false,
  };
}
