import { GraphQLError } from 'graphql';
import { iamErrorStatus } from '../errors/iam-error-codes';
import { IamError } from '../errors/iam-error';

/**
 * Credentials refused while the request context is built: Apollo answers such an error before any field runs, and
 * takes the HTTP status from `extensions.http`. format-error.ts finds the IamError inside and keeps its code.
 */
export function authenticationRefusal(error: unknown): unknown {
  if (!(error instanceof IamError)) return error;
  return new GraphQLError(error.message, {
    originalError: error,
    extensions: { http: { status: iamErrorStatus[error.code] } },
  });
}
