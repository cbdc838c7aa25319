import type { PrismaClient } from '@gatehouse/db';
import { call, sleep, type CallOutcome } from './load-client';

/**
 * Writes at a steady concurrency until told to stop: each worker creates a user with two tags, puts an inline policy
 * on it and creates an access key for it, one call after another, and keeps what each call answered. The accounting
 * then compares the answers with the database: an acknowledged write must be there with its audit event, a committed
 * write must have its event and an event its write, a user must have both tags or none.
 */
export interface WriteLoadResult {
  calls: number;
  acknowledged: number;
  /** Answers per HTTP status (0: no answer). */
  byStatus: Record<number, number>;
  /** Answers with an error, per AWS code. */
  byCode: Record<string, number>;
  hung: number;
  acks: Acknowledged[];
}

interface Acknowledged {
  kind: 'CreateUser' | 'PutUserPolicy' | 'CreateAccessKey';
  userName: string;
  requestId: string;
  accessKeyId?: string;
}

const createUser = 'mutation ($u: String!) { createUser(input: { userName: $u, tags: [{ key: "a", value: "1" }, { key: "b", value: "2" }] }) { userId } }';
const putUserPolicy = 'mutation ($u: String!, $d: String!) { putUserPolicy(input: { userName: $u, policyName: "inline", policyDocument: $d }) { policyName } }';
const createAccessKey = 'mutation ($u: String!) { createAccessKey(input: { userName: $u }) { accessKeyId } }';
const policyDocument = JSON.stringify({ Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: 's3:GetObject', Resource: '*' }] });

export async function runWriteLoad(options: {
  graphqlUrl: () => string;
  cookie: string;
  concurrency: number;
  running: () => boolean;
  deadlineMs: number;
  prefix: string;
}): Promise<WriteLoadResult> {
  const result: WriteLoadResult = { calls: 0, acknowledged: 0, byStatus: {}, byCode: {}, hung: 0, acks: [] };
  const note = (outcome: CallOutcome, ack: Omit<Acknowledged, 'requestId'>, field: string): boolean => {
    result.calls += 1;
    result.byStatus[outcome.status] = (result.byStatus[outcome.status] ?? 0) + 1;
    if (outcome.hung) result.hung += 1;
    for (const error of outcome.errors ?? []) {
      const code = error.extensions?.code ?? 'no code';
      result.byCode[code] = (result.byCode[code] ?? 0) + 1;
    }
    const ok = outcome.status === 200 && !outcome.errors?.length && outcome.data?.[field] != null && outcome.requestId !== null;
    if (ok) {
      result.acknowledged += 1;
      result.acks.push({ ...ack, requestId: outcome.requestId!, ...(ack.kind === 'CreateAccessKey' ? { accessKeyId: outcome.data![field].accessKeyId } : {}) });
    }
    return ok;
  };
  let next = 0;
  const worker = async () => {
    while (options.running()) {
      const userName = `${options.prefix}${next++}`;
      const opts = { cookie: options.cookie, deadlineMs: options.deadlineMs };
      const created = await call(options.graphqlUrl(), createUser, { u: userName }, opts);
      if (!note(created, { kind: 'CreateUser', userName }, 'createUser')) {
        // A server that is gone refuses at once: retry as a client would, not in a busy loop.
        if (created.unreachable) await sleep(50);
        continue;
      }
      if (!options.running()) break;
      note(await call(options.graphqlUrl(), putUserPolicy, { u: userName, d: policyDocument }, opts), { kind: 'PutUserPolicy', userName }, 'putUserPolicy');
      if (!options.running()) break;
      note(await call(options.graphqlUrl(), createAccessKey, { u: userName }, opts), { kind: 'CreateAccessKey', userName }, 'createAccessKey');
    }
  };
  await Promise.all(Array.from({ length: options.concurrency }, worker));
  return result;
}

export interface WriteAccounting {
  /** Acknowledged writes missing from the database. */
  lost: number;
  /** Writes in the database without their audit event (acknowledged or not). */
  withoutAuditEvent: number;
  /** Successful audit events whose write is not in the database. */
  auditEventWithoutWrite: number;
  /** Users with some of their tags but not all. */
  partial: number;
}

export async function accountWrites(prisma: PrismaClient, accountId: string, load: WriteLoadResult, prefix: string): Promise<WriteAccounting> {
  const users = await prisma.user.findMany({
    where: { accountId, userName: { startsWith: prefix } },
    select: { userName: true, arn: true, _count: { select: { tags: true } }, inlinePolicies: { select: { policyName: true } }, accessKeys: { select: { accessKeyId: true } } },
  });
  const events = await prisma.auditEvent.findMany({ where: { accountId, errorCode: null, eventName: { in: ['CreateUser', 'PutUserPolicy', 'CreateAccessKey'] } } });
  const byName = new Map(users.map((user) => [user.userName, user]));
  const eventRequestIds = new Set(events.map((event) => event.requestId));
  const eventsOf = (kind: string, userName: string) =>
    events.filter((event) => event.eventName === kind && (event.requestParameters as { userName?: string } | null)?.userName === userName);

  let lost = 0;
  let withoutAuditEvent = 0;
  for (const ack of load.acks) {
    const user = byName.get(ack.userName);
    const present =
      ack.kind === 'CreateUser' ? user !== undefined : ack.kind === 'PutUserPolicy' ? user?.inlinePolicies.some((p) => p.policyName === 'inline') : user?.accessKeys.some((k) => k.accessKeyId === ack.accessKeyId);
    if (!present) lost += 1;
    if (!eventRequestIds.has(ack.requestId)) withoutAuditEvent += 1;
  }
  // Committed writes nobody heard about (the answer was lost) must have their events too.
  for (const user of users) {
    if (eventsOf('CreateUser', user.userName).length === 0) withoutAuditEvent += 1;
    if (user.inlinePolicies.length > 0 && eventsOf('PutUserPolicy', user.userName).length === 0) withoutAuditEvent += 1;
    if (user.accessKeys.length > eventsOf('CreateAccessKey', user.userName).length) withoutAuditEvent += 1;
  }
  let auditEventWithoutWrite = 0;
  for (const event of events) {
    const userName = (event.requestParameters as { userName?: string } | null)?.userName ?? '';
    if (!userName.startsWith(prefix)) continue;
    const user = byName.get(userName);
    const present = event.eventName === 'CreateUser' ? user !== undefined : event.eventName === 'PutUserPolicy' ? (user?.inlinePolicies.length ?? 0) > 0 : (user?.accessKeys.length ?? 0) > 0;
    if (!present) auditEventWithoutWrite += 1;
  }
  const partial = users.filter((user) => user._count.tags !== 2).length;
  return { lost, withoutAuditEvent, auditEventWithoutWrite, partial };
}
