import type { RequestContext } from '../context';
import { recordAuditEvent, type AuditEventSource } from './audit-event';

// Request parameters past this size are left out of a failed call's event: a flood of refused 500 KB requests must
// not become 500 KB rows.
const maxRecordedParametersLength = 16 * 1024;

const eventSources: Record<string, AuditEventSource> = { iam: 'iam.amazonaws.com', sts: 'sts.amazonaws.com', gatehouse: 'gatehouse' };

/** An API call that failed: its operation's declared action, whether it writes, its error, its arguments. */
export interface FailedCall {
  action: string;
  mutation: boolean;
  code: string;
  message: string;
  /** The call's arguments as a successful call's event shows them; undefined when they could not be read. */
  requestParameters: Record<string, unknown> | undefined;
}

/**
 * CloudTrail records calls that fail too, with `errorCode` and `errorMessage`: every refused or failed IAM, STS or
 * Gatehouse mutation, and every AccessDenied (reads included, as `readOnly`). Written after the operation's
 * transaction was rolled back, so that it survives the failure it describes; its parameters are redacted as every
 * event's are. Both API protocols that run operations (GraphQL's listener, the JSON protocol) record through it.
 */
export async function recordFailedCall(ctx: RequestContext, call: FailedCall): Promise<void> {
  if (!call.mutation && call.code !== 'AccessDenied') return;
  const [service = '', eventName = ''] = call.action.split(':');
  const eventSource = eventSources[service];
  if (!eventSource) return;
  const parameters = call.requestParameters && JSON.stringify(call.requestParameters).length <= maxRecordedParametersLength ? call.requestParameters : undefined;
  try {
    await recordAuditEvent(ctx, {
      eventSource,
      eventName,
      resources: [],
      requestParameters: parameters,
      readOnly: !call.mutation,
      errorCode: call.code,
      errorMessage: call.message,
    });
  } catch (recordError) {
    // The database that failed the call may be the one that is gone; the caller still gets its answer.
    ctx.logger.warn({ err: recordError, eventName }, 'recording a failed call failed');
  }
}

/** An operation's arguments as its events record them: the members of its `input` when that is all it has. */
export function eventParameters(args: Record<string, unknown>): Record<string, unknown> {
  const { input, ...others } = args;
  return typeof input === 'object' && input !== null && Object.keys(others).length === 0 ? (input as Record<string, unknown>) : args;
}
