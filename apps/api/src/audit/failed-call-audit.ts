import type { GraphQLRequestListener } from '@apollo/server';
import { getArgumentValues, type FieldNode, type GraphQLError, type GraphQLObjectType } from 'graphql';
import { readOperationAccess } from '../authz/iam-operation';
import type { RequestContext } from '../context';
import { toIamErrorShape } from '../errors/format-error';
import { recordAuditEvent, type AuditEventSource } from './audit-event';

// Request parameters past this size are left out of a failed call's event: a flood of refused 500 KB requests must
// not become 500 KB rows.
const maxRecordedParametersLength = 16 * 1024;

const eventSources: Record<string, AuditEventSource> = { iam: 'iam.amazonaws.com', sts: 'sts.amazonaws.com', gatehouse: 'gatehouse' };

/**
 * CloudTrail records calls that fail too, with `errorCode` and `errorMessage`: every refused or failed IAM or STS
 * mutation, and every AccessDenied (reads included, as `readOnly`). The event is written after the operation's
 * transaction was rolled back, so it survives the failure it describes; its parameters are redacted as every event's
 * are. Operations that record their own failures (sign-in, which is public) and anonymous calls (no account to record
 * them in) are left out, as are errors before any operation ran (syntax, limits, credentials).
 */
export function failedCallAudit(): GraphQLRequestListener<RequestContext> {
  return {
    async didEncounterErrors({ errors, operation, schema, contextValue: ctx, request }) {
      if (!operation || !ctx.caller) return;
      const rootType = operation.operation === 'mutation' ? schema.getMutationType() : schema.getQueryType();
      if (!rootType) return;
      for (const error of errors) {
        const event = failedCallEvent(error, rootType, operation.operation === 'mutation', request.variables ?? {});
        if (!event) continue;
        try {
          await recordAuditEvent(ctx, event);
        } catch (recordError) {
          // The database that failed the call may be the one that is gone; the caller still gets its answer.
          ctx.logger.warn({ err: recordError, eventName: event.eventName }, 'recording a failed call failed');
        }
      }
    },
  };
}

function failedCallEvent(error: GraphQLError, rootType: GraphQLObjectType, mutation: boolean, variables: Record<string, unknown>) {
  // Only an error of a root field itself: that field is the API call.
  const node = error.nodes?.[0];
  if (error.path?.length !== 1 || node?.kind !== 'Field') return undefined;
  const field = rootType.getFields()[node.name.value];
  const access = readOperationAccess(field?.extensions);
  if (!field || !access || (access.kind !== 'iam' && access.kind !== 'trust')) return undefined;
  const { code, message } = toIamErrorShape(error);
  if (!mutation && code !== 'AccessDenied') return undefined;
  const [service = '', eventName = ''] = access.action.split(':');
  const eventSource = eventSources[service];
  if (!eventSource) return undefined;
  return {
    eventSource,
    eventName,
    resources: [],
    requestParameters: requestParametersOf(field, node, variables),
    readOnly: !mutation,
    errorCode: code,
    errorMessage: message,
  };
}

/** The call's arguments as a successful call's event shows them: the members of its `input` when that is all it has. */
function requestParametersOf(field: Parameters<typeof getArgumentValues>[0], node: FieldNode, variables: Record<string, unknown>) {
  try {
    const args = getArgumentValues(field, node, variables);
    const { input, ...others } = args;
    const parameters = typeof input === 'object' && input !== null && Object.keys(others).length === 0 ? (input as Record<string, unknown>) : args;
    return JSON.stringify(parameters).length > maxRecordedParametersLength ? undefined : parameters;
  } catch {
    // Arguments that do not fit their types were refused before any call; nothing to record of them.
    return undefined;
  }
}
