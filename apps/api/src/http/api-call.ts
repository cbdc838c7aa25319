import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Logger } from '../logger';
import { inTurn, throttledMessage, type Admission } from './admission';
import { clientRequest, type ClientRequest, type TrustFn } from './client-request';
import { runInRequestScope, type RequestScope } from './request-scope';
import { setSecurityHeaders } from './security-headers';

export interface ApiCallLimits {
  logger: Logger;
  bodyLimitBytes: number;
  /** Bounds the calls worked on at once, across both API endpoints. */
  admission: Admission;
}

/** Answers a call refused before it is worked on, in the endpoint's own dialect (GraphQL's JSON, the Query API's XML). */
export type RefuseCall = (status: number, code: 'Throttling' | 'LimitExceeded' | 'InvalidInput', message: string) => void;

/**
 * How both API endpoints (GraphQL and the AWS Query API) take a call: its request scope (id, completion log line),
 * security headers, the body read once within its limit, then a turn from admission control; `work` runs in that
 * turn. A body too large or unreadable, or a call given no turn, is answered through `refuse` and never worked on.
 */
export function acceptApiCall(
  limits: ApiCallLimits,
  trust: TrustFn,
  req: IncomingMessage,
  res: ServerResponse,
  work: (scope: RequestScope, request: ClientRequest) => Promise<void>,
  refuse: RefuseCall,
): void {
  runInRequestScope(limits.logger, req, res, (scope) => {
    setSecurityHeaders(res);
    readBody(req, limits.bodyLimitBytes).then(
      (rawBody) =>
        inTurn(
          limits.admission,
          req,
          () => work(scope, clientRequest(req, rawBody, trust)),
          () => refuse(400, 'Throttling', throttledMessage),
        ),
      (error: unknown) => {
        if (error instanceof BodyTooLarge) {
          res.setHeader('connection', 'close');
          return refuse(413, 'LimitExceeded', 'The request body is larger than the server accepts.');
        }
        refuse(400, 'InvalidInput', 'The request body cannot be read.');
      },
    );
  });
}

class BodyTooLarge extends Error {}

/** The body's bytes, up to `limit` (BodyTooLarge beyond it: the rest is drained, never buffered). */
function readBody(req: IncomingMessage, limit: number): Promise<Buffer> {
  const declared = Number(req.headers['content-length']);
  if (declared > limit) {
    req.resume();
    return Promise.reject(new BodyTooLarge());
  }
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let length = 0;
    req.on('data', (chunk: Buffer) => {
      length += chunk.length;
      if (length > limit) {
        req.removeAllListeners('data');
        req.resume();
        reject(new BodyTooLarge());
        return;
      }
      chunks.push(chunk);
    });
    req.once('end', () => resolve(chunks.length === 1 ? chunks[0]! : Buffer.concat(chunks, length)));
    req.once('error', reject);
  });
}
