// What the console tells a person about a failed API call: AWS's error code and message, and for AccessDenied the
// action that was refused, read from AWS's message ("… is not authorized to perform: iam:ListPolicies on resource: …").
import type { CombinedError } from '@urql/core';

export interface ApiError {
  /** AWS's error code (`NoSuchEntity`, `AccessDenied`, …) or `NetworkError` when the API could not be reached. */
  code: string;
  message: string;
  /** For AccessDenied: the IAM action the caller lacks, e.g. `iam:ListPolicies`. */
  missingAction?: string;
}

const MISSING_ACTION = /not authorized to perform: (\S+)/;

export function apiErrorOf(error: CombinedError): ApiError {
  const graphqlError = error.graphQLErrors[0];
  if (!graphqlError) {
    return { code: 'NetworkError', message: error.networkError?.message ?? 'The Gatehouse API could not be reached.' };
  }
  const code = typeof graphqlError.extensions?.code === 'string' ? graphqlError.extensions.code : 'ServiceFailure';
  const message = graphqlError.message;
  if (code !== 'AccessDenied') return { code, message };
  const missingAction = MISSING_ACTION.exec(message)?.[1];
  return missingAction ? { code, message, missingAction } : { code, message };
}

/** The header of the flashbar that reports the error: AccessDenied names the missing permission, as AWS's console does. */
export function apiErrorHeader(error: ApiError, failedTo: string): string {
  if (error.code === 'AccessDenied') {
    return error.missingAction ? `You don't have permission to ${error.missingAction}` : 'Access denied';
  }
  return `Failed to ${failedTo}`;
}
