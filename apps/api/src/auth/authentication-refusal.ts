import { GraphQLError } from 'graphql';
import type { IamErrorCode } from '../errors/iam-error-codes';
import { IamError } from '../errors/iam-error';

/** AWS's HTTP status for each way credentials are refused. */
const refusalStatus: Partial<Record<IamErrorCode, number>> = {
  MissingAuthenticationToken: 403,
  InvalidClientTokenId: 403,
  SignatureDoesNotMatch: 403,
  IncompleteSignature: 400,
  RequestExpired: 400,
  ExpiredToken: 400,
};

/**
 * Credentials refused while the request context is built: Apollo answers such an error before any field runs, and
 * takes the HTTP status from `extensions.http`. format-error.ts finds the IamError inside and keeps its code.
 */
export function authenticationRefusal(error: unknown): unknown {
  if (!(error instanceof IamError)) return error;
  return new GraphQLError(error.message, {
    originalError: error,
    extensions: { http: { status: refusalStatus[error.code] ?? 403 } },
  });
}
