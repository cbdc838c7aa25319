import type { GraphQLFormattedError } from 'graphql';
import { GraphQLError } from 'graphql';
import { unwrapResolverError } from '@apollo/server/errors';
import type { IamErrorCode } from './iam-error-codes';
import { IamError } from './iam-error';
import { iamErrorFromPrisma } from './prisma-errors';
import type { Logger } from '../logger';

/** What a client is told about a failure. Nothing else about an error ever leaves the server. */
export interface IamErrorShape {
  code: IamErrorCode;
  message: string;
  field?: string;
  conflicts?: string[];
  findings?: unknown[];
  retryAfterSeconds?: number;
}

export const serviceFailureMessage = 'The request processing has failed because of an unknown error, exception or failure.';

/**
 * The only translation of errors for clients. An IamError keeps its code; the Prisma errors that mean something
 * are mapped; a GraphQL error raised while reading the request (syntax, validation, variables, CSRF, query
 * limits) is the caller's input at fault; anything else is a ServiceFailure whose details stay in the log.
 */
export function toIamErrorShape(error: unknown): IamErrorShape {
  const unwrapped = unwrapResolverError(error);
  // Refused credentials reach here wrapped once more, from the context function (src/auth/authentication-refusal.ts).
  const original = unwrapped instanceof GraphQLError && unwrapped.originalError instanceof IamError ? unwrapped.originalError : unwrapped;
  const iamError = original instanceof IamError ? original : iamErrorFromPrisma(original);
  if (iamError) return { code: iamError.code, message: iamError.message, ...iamError.details };
  if (isRequestError(error)) return { code: 'InvalidInput', message: error.message };
  return { code: 'ServiceFailure', message: serviceFailureMessage };
}

/**
 * Apollo's `formatError`: the response carries the AWS code and the message, never a stack or an SQL text. Apollo
 * gives it no request: the endpoint adds the request id (src/http/graphql-endpoint.ts), and a ServiceFailure is
 * logged with it by src/graphql/service-failure-log.ts.
 */
export function formatError(formattedError: GraphQLFormattedError, error: unknown): GraphQLFormattedError {
  const { code, message, ...details } = toIamErrorShape(error);
  return {
    message,
    ...(formattedError.locations ? { locations: formattedError.locations } : {}),
    ...(formattedError.path ? { path: formattedError.path } : {}),
    extensions: { code, ...details },
  };
}

/** Logs an error the client is told only "ServiceFailure" about, with the request id it sees, for an operator to find. */
export function logServiceFailure(logger: Logger, error: unknown): void {
  if (toIamErrorShape(error).code !== 'ServiceFailure') return;
  const unwrapped = unwrapResolverError(error);
  logger.error({ err: unwrapped, ...(error instanceof GraphQLError && error.path ? { path: error.path } : {}) }, 'unexpected error');
}

/**
 * Errors that graphql-js or Apollo raise about the request itself (syntax, validation, variables, CSRF, limits)
 * belong to no field and wrap nothing but another such error (Apollo wraps graphql-js's); their text describes the
 * request and is safe to return. Anything raised while executing a field has a path and is judged by what it wraps.
 */
function isRequestError(error: unknown): error is GraphQLError {
  return (
    error instanceof GraphQLError &&
    error.path === undefined &&
    (error.originalError === undefined || error.originalError === null || isRequestError(error.originalError))
  );
}
