import { AsyncLocalStorage } from 'node:async_hooks';
import { randomUUID } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { NextFunction, Request, Response } from 'express';
import type { Logger } from '../logger';

/** What every line of code handling a request can know about it without being handed a context. */
export interface RequestScope {
  /** A UUID, like AWS's RequestId: in the `x-amzn-RequestId` header, every error and every log line. */
  requestId: string;
  logger: Logger;
}

const storage = new AsyncLocalStorage<RequestScope>();

export function currentRequestScope(): RequestScope | undefined {
  return storage.getStore();
}

/**
 * Gives the request its id, sends it back as AWS does, logs one line when the response ends, and runs `handle`
 * within the request's scope. Both the GraphQL endpoint and the Express routes start here.
 */
export function runInRequestScope(logger: Logger, req: IncomingMessage, res: ServerResponse, handle: () => void): void {
  const requestId = randomUUID();
  const scope: RequestScope = { requestId, logger: logger.child({ requestId }) };
  const startedAt = process.hrtime.bigint();
  const method = req.method;
  const path = (req.url ?? '/').split('?', 1)[0];
  res.setHeader('x-amzn-RequestId', requestId);
  res.on('finish', () => {
    const durationMs = Number(process.hrtime.bigint() - startedAt) / 1e6;
    scope.logger.info({ method, path, status: res.statusCode, durationMs: Math.round(durationMs * 10) / 10 }, 'request completed');
  });
  storage.run(scope, handle);
}

/** The same, as Express middleware. */
export function requestScope(logger: Logger) {
  return (req: Request, res: Response, next: NextFunction): void => runInRequestScope(logger, req, res, next);
}
