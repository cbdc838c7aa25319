import { GraphQLError } from 'graphql';
import { iamErrorStatus } from '../errors/iam-error-codes';
import { IamError } from '../errors/iam-error';
import { iamErrorFromPrisma } from '../errors/prisma-errors';

/**
 * Credentials refused while the request context is built, or the database errors that mean something to the caller
 * (no pooled connection came free in time: Throttling): Apollo answers such an error before any field runs, and takes
 * the HTTP status from `extensions.http`. format-error.ts finds the IamError inside and keeps its code.
 */
export function authenticationRefusal(error: unknown): unknown {
  const iamError = error instanceof IamError ? error : iamErrorFromPrisma(error);
  if (!iamError) return error;
  return new GraphQLError(iamError.message, {
    originalError: iamError,
    extensions: { http: { status: iamErrorStatus[iamError.code] } },
  });
}
