import { randomUUID } from 'node:crypto';
import { Prisma, storableText } from '@gatehouse/db';
import type { RequestContext } from '../context';
import { redactSecrets } from './redact-secrets';

/** CloudTrail's event sources for what Gatehouse records, and `gatehouse` for the decisions it makes for the services it protects. */
export type AuditEventSource = 'iam.amazonaws.com' | 'sts.amazonaws.com' | 'signin.amazonaws.com' | 'organizations.amazonaws.com' | 'gatehouse';

export interface AuditEventFields {
  eventSource?: AuditEventSource;
  /** The AWS API action without its service prefix: `CreateUser`, `ConsoleLogin`, `AssumeRole`. */
  eventName: string;
  /** ARNs of the resources the event touched. */
  resources: readonly string[];
  requestParameters?: Record<string, unknown>;
  responseElements?: unknown;
  /** For events whose actor is not the request's caller (a sign-in names the principal signing in). */
  identity?: { accountId: string | null; principalArn: string | null };
  /** A read (recorded only when it was refused). */
  readOnly?: boolean;
  errorCode?: string;
  errorMessage?: string;
}

/** One AuditEvent row from the request and the event: who, from where, which request, what; secrets redacted. */
export function auditEventRow(ctx: RequestContext, fields: AuditEventFields): Prisma.AuditEventUncheckedCreateInput {
  // The operator's command line has no principal: its events carry none, and its user agent says where they came from.
  const identity = fields.identity ?? {
    accountId: ctx.caller?.accountId ?? ctx.operator?.accountId ?? null,
    principalArn: ctx.caller?.principalArn ?? null,
  };
  return wellFormed({
    eventSource: fields.eventSource ?? 'iam.amazonaws.com',
    eventName: fields.eventName,
    accountId: identity.accountId,
    principalArn: identity.principalArn,
    accessKeyId: ctx.caller?.accessKeyId ?? null,
    sourceIpAddress: ctx.sourceIp ?? null,
    userAgent: ctx.userAgent ?? null,
    requestId: ctx.requestId,
    requestParameters: toJson(fields.requestParameters),
    responseElements: toJson(fields.responseElements),
    resources: [...fields.resources],
    readOnly: fields.readOnly ?? false,
    errorCode: fields.errorCode ?? null,
    errorMessage: fields.errorMessage ?? null,
    protocol: ctx.protocol,
  });
}

/**
 * Records an event that has no change to go with it, such as a refused sign-in: there is no transaction to join,
 * and the event must survive the failure it describes.
 */
export async function recordAuditEvent(ctx: RequestContext, fields: AuditEventFields): Promise<void> {
  await ctx.prisma.auditEvent.create({ data: auditEventRow(ctx, fields) });
}

/**
 * Records several events at once, as `recordAuditEvent` does one (`authorize`'s decisions): one statement whose text is
 * the same for any number of events, where Prisma's createMany compiles a new query plan on every call (most of its
 * CPU). The columns are the row's own members and their types the table's, so the statement follows the schema.
 */
export async function recordAuditEvents(ctx: RequestContext, events: readonly AuditEventFields[]): Promise<void> {
  const rows = events.map((fields) => ({ eventId: randomUUID(), ...auditEventRow(ctx, fields) }));
  if (rows.length === 0) return;
  const columns = Prisma.join(Object.keys(rows[0]!).map((column) => Prisma.raw(`"${column}"`)));
  await ctx.prisma.$executeRaw`
    INSERT INTO "AuditEvent" (${columns})
    SELECT ${columns} FROM jsonb_populate_recordset(NULL::"AuditEvent", ${JSON.stringify(rows)}::jsonb)`;
}

function toJson(value: unknown): Prisma.InputJsonValue | undefined {
  return redactSecrets(value) as Prisma.InputJsonValue | undefined;
}

/**
 * The value with every character PostgreSQL cannot store (U+0000, lone surrogates) replaced by U+FFFD (`storableText`):
 * either would lose the event, and a refused policy's message may quote a U+0000 its document wrote as `\u0000`.
 */
function wellFormed<T>(value: T): T {
  if (typeof value === 'string') return storableText(value) as T;
  if (Array.isArray(value)) return value.map(wellFormed) as T;
  if (typeof value === 'object' && value !== null) {
    return Object.fromEntries(Object.entries(value).map(([key, member]) => [wellFormed(key), wellFormed(member)])) as T;
  }
  return value;
}
