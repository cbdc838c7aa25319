import type { GraphQLRequestListener } from '@apollo/server';
import { getArgumentValues, type FieldNode, type GraphQLError, type GraphQLObjectType } from 'graphql';
import { readOperationAccess } from '../authz/iam-operation';
import type { RequestContext } from '../context';
import { toIamErrorShape } from '../errors/format-error';
import { eventParameters, recordFailedCall, type FailedCall } from './record-failed-call';

/**
 * The failed calls of a GraphQL request, recorded as CloudTrail does (src/audit/record-failed-call.ts). Operations
 * that record their own failures (sign-in, which is public) and anonymous calls (no account to record them in) are
 * left out, as are errors before any operation ran (syntax, limits, credentials).
 */
export function failedCallAudit(): GraphQLRequestListener<RequestContext> {
  return {
    async didEncounterErrors({ errors, operation, schema, contextValue: ctx, request }) {
      if (!operation || !ctx.caller) return;
      const rootType = operation.operation === 'mutation' ? schema.getMutationType() : schema.getQueryType();
      if (!rootType) return;
      for (const error of errors) {
        const call = failedCall(error, rootType, operation.operation === 'mutation', request.variables ?? {});
        if (call) await recordFailedCall(ctx, call);
      }
    },
  };
}

function failedCall(error: GraphQLError, rootType: GraphQLObjectType, mutation: boolean, variables: Record<string, unknown>): FailedCall | undefined {
  // Only an error of a root field itself: that field is the API call.
  const node = error.nodes?.[0];
  if (error.path?.length !== 1 || node?.kind !== 'Field') return undefined;
  const field = rootType.getFields()[node.name.value];
  const access = readOperationAccess(field?.extensions);
  if (!field || !access || (access.kind !== 'iam' && access.kind !== 'trust')) return undefined;
  const { code, message } = toIamErrorShape(error);
  return { action: access.action, mutation, code, message, requestParameters: requestParametersOf(field, node, variables) };
}

function requestParametersOf(field: Parameters<typeof getArgumentValues>[0], node: FieldNode, variables: Record<string, unknown>) {
  try {
    return eventParameters(getArgumentValues(field, node, variables));
  } catch {
    // Arguments that do not fit their types were refused before any call; nothing to record of them.
    return undefined;
  }
}
