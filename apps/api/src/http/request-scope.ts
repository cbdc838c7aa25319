import { randomUUID } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { NextFunction, Request, Response } from 'express';
import type { Logger } from '../logger';
import { urlPath } from './url-path';

/** What every part of the server handling a request knows about it. */
export interface RequestScope {
  /** A UUID, like AWS's RequestId: in the `x-amzn-RequestId` header, every error and every log line. */
  requestId: string;
  /** Lines carry `requestId`; made on first use, as most requests log only their completion line. */
  readonly logger: Logger;
}

// Handed along explicitly, not through AsyncLocalStorage: before Node 24's AsyncContextFrame, an AsyncLocalStorage in
// use installs promise hooks that tax every promise of the process (a fifth of a Prisma read's CPU, bench/api.bench.ts
// measured it on Node 20). Kept on the response under a symbol rather than in a WeakMap: an entry per request in a
// weak table is work for every garbage collection while the request lives.
const scopeKey = Symbol('requestScope');

type ScopedResponse = ServerResponse & { [scopeKey]?: RequestScope };

// The completion line holds only what the server sets (id, method, path, status, duration): it skips the redaction
// every other line goes through, two thirds of the cost of writing it. One such logger per server logger.
const completionLoggers = new WeakMap<Logger, Logger>();

function completionLoggerOf(logger: Logger): Logger {
  let completion = completionLoggers.get(logger);
  if (!completion) completionLoggers.set(logger, (completion = logger.child({}, { redact: [] })));
  return completion;
}

// A class: an object literal with a getter is several times slower to make, and one is made for every request.
class Scope implements RequestScope {
  #logger: Logger | undefined;

  constructor(
    readonly requestId: string,
    private readonly serverLogger: Logger,
  ) {}

  get logger(): Logger {
    return (this.#logger ??= this.serverLogger.child({ requestId: this.requestId }));
  }
}

/** The scope of the request `res` answers, for code that only holds the response (Express routes, HTTP errors). */
export function requestScopeOf(res: ServerResponse): RequestScope | undefined {
  return (res as ScopedResponse)[scopeKey];
}

/**
 * Gives the request its id, sends it back as AWS does, logs one line when the response ends, and runs `handle` with
 * the request's scope. Both the GraphQL endpoint and the Express routes start here.
 */
export function runInRequestScope(logger: Logger, req: IncomingMessage, res: ServerResponse, handle: (scope: RequestScope) => void): void {
  const scope = new Scope(randomUUID(), logger);
  const { requestId } = scope;
  (res as ScopedResponse)[scopeKey] = scope;
  // A double, not hrtime's BigInt: one allocation fewer at either end of every request.
  const startedAt = performance.now();
  const method = req.method;
  const path = urlPath(req.url);
  res.setHeader('x-amzn-RequestId', requestId);
  const completion = completionLoggerOf(logger);
  res.on('finish', () => {
    const durationMs = performance.now() - startedAt;
    completion.info({ requestId, method, path, status: res.statusCode, durationMs: Math.round(durationMs * 10) / 10 }, 'request completed');
  });
  handle(scope);
}

/** The same, as Express middleware. */
export function requestScope(logger: Logger) {
  return (req: Request, res: Response, next: NextFunction): void => runInRequestScope(logger, req, res, () => next());
}
