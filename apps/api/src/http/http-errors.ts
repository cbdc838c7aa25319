import type { ServerResponse } from 'node:http';
import type { NextFunction, Request, Response } from 'express';
import { serviceFailureMessage } from '../errors/format-error';
import type { IamErrorCode } from '../errors/iam-error-codes';
import { requestScopeOf } from './request-scope';

/**
 * A failure before GraphQL sees the request (an unreadable body, an unknown path), answered in GraphQL's error shape
 * with an AWS code and the request id. Never a stack trace.
 */
export function writeHttpError(res: ServerResponse, status: number, code: IamErrorCode, message: string): void {
  const body = JSON.stringify({ errors: [{ message, extensions: { code, requestId: requestScopeOf(res)?.requestId } }] });
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'content-length': Buffer.byteLength(body) });
  res.end(body);
}

export function notFound(_req: Request, res: Response): void {
  writeHttpError(res, 404, 'InvalidInput', 'Not found. The API is served at /graphql.');
}

/** Express's own error handler would print a stack trace; this one logs it and answers with AWS's code. */
export function httpErrors(error: unknown, _req: Request, res: Response, _next: NextFunction): void {
  const status = (typeof error === 'object' && error !== null ? (error as { status?: unknown }).status : undefined) as number | undefined;
  if (status !== undefined && status >= 400 && status < 500) return writeHttpError(res, status, 'InvalidInput', 'The request cannot be read.');
  requestScopeOf(res)?.logger.error({ err: error }, 'unexpected error outside GraphQL');
  writeHttpError(res, 500, 'ServiceFailure', serviceFailureMessage);
}
