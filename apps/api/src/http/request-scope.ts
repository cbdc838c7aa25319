import { AsyncLocalStorage } from 'node:async_hooks';
import { randomUUID } from 'node:crypto';
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

/** Express middleware: gives the request its id, sends it back as AWS does, logs one line when the response ends. */
export function requestScope(logger: Logger) {
  return (req: Request, res: Response, next: NextFunction): void => {
    const requestId = randomUUID();
    const scope: RequestScope = { requestId, logger: logger.child({ requestId }) };
    const startedAt = process.hrtime.bigint();
    const { method, path } = req;
    res.setHeader('x-amzn-RequestId', requestId);
    res.on('finish', () => {
      const durationMs = Number(process.hrtime.bigint() - startedAt) / 1e6;
      scope.logger.info({ method, path, status: res.statusCode, durationMs: Math.round(durationMs * 10) / 10 }, 'request completed');
    });
    storage.run(scope, next);
  };
}
