import type { NextFunction, Request, Response } from 'express';
import { serviceFailureMessage } from '../errors/format-error';
import type { IamErrorCode } from '../errors/iam-error-codes';
import { currentRequestScope } from './request-scope';

interface HttpError {
  status?: number;
  type?: string;
}

/**
 * Failures before GraphQL sees the request (the body parser's) and unmatched paths, answered in GraphQL's error
 * shape with an AWS code. Express's own handler would print a stack trace; this one never does.
 */
export function notFound(_req: Request, res: Response): void {
  res.status(404).json({ errors: [{ message: 'Not found. The API is served at /graphql.', extensions: { code: 'InvalidInput' } }] });
}

export function httpErrors(error: unknown, _req: Request, res: Response, _next: NextFunction): void {
  const scope = currentRequestScope();
  const { status, type } = (typeof error === 'object' && error !== null ? error : {}) as HttpError;
  const reply = (httpStatus: number, code: IamErrorCode, message: string) =>
    res.status(httpStatus).json({ errors: [{ message, extensions: { code, requestId: scope?.requestId } }] });

  if (type === 'entity.too.large') return void reply(413, 'LimitExceeded', 'The request body is larger than the server accepts.');
  if (type === 'entity.parse.failed') return void reply(400, 'InvalidInput', 'The request body is not valid JSON.');
  if (status !== undefined && status >= 400 && status < 500) return void reply(status, 'InvalidInput', 'The request body cannot be read.');
  scope?.logger.error({ err: error }, 'unexpected error outside GraphQL');
  reply(500, 'ServiceFailure', serviceFailureMessage);
}
