import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Logger } from '../logger';
import { inTurn, throttledMessage, type Admission } from './admission';
import { clientRequest, compileTrustProxy, type ClientRequest, type TrustProxy } from './client-request';
import { runInRequestScope, type RequestScope } from './request-scope';
import { setSecurityHeaders } from './security-headers';

/** How the API takes a call, the same at each of its endpoints (GraphQL, AWS's JSON protocol, AWS's Query API). */
export interface ApiCallOptions {
  logger: Logger;
  bodyLimitBytes: number;
  /** Which proxies' forwarded client addresses to believe. */
  trustProxy: TrustProxy;
  /** Bounds the calls worked on at once, across the endpoints. */
  admission: Admission;
}

/** Answers a call refused before it is worked on, in the endpoint's own dialect (GraphQL's JSON, the Query API's XML). */
export type RefuseCall = (status: number, code: 'Throttling' | 'LimitExceeded' | 'InvalidInput', message: string) => void;

/** Takes one call (see apiCallAcceptor); `work` runs in its turn, `refuse` answers a call never worked on. */
export type AcceptApiCall = (
  req: IncomingMessage,
  res: ServerResponse,
  work: (scope: RequestScope, request: ClientRequest) => Promise<void>,
  refuse: RefuseCall,
) => void;

/**
 * How every API endpoint takes a call: its request scope (id, completion log line), security headers, the body read
 * once within its limit, then a turn from admission control; `work` runs in that turn. A body too large or
 * unreadable, or a call given no turn, is answered through `refuse` and never worked on. Made once per server and
 * shared by its endpoints, so that they take calls alike.
 */
export function apiCallAcceptor(options: ApiCallOptions): AcceptApiCall {
  const trust = compileTrustProxy(options.trustProxy);
  return (req, res, work, refuse) =>
    runInRequestScope(options.logger, req, res, (scope) => {
      setSecurityHeaders(res);
      readBody(req, options.bodyLimitBytes).then(
        (rawBody) =>
          inTurn(
            options.admission,
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
