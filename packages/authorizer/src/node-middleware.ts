import type { IncomingMessage, ServerResponse } from 'node:http';
import type { TLSSocket } from 'node:tls';
import { GatehouseGuard, type AuthorizerOptions } from './gatehouse-guard';
import type { Decision } from './gatehouse-client';

/** What the middleware leaves on an allowed request: the raw body it read, and who Gatehouse allowed. */
export interface AuthorizedRequest extends IncomingMessage {
  rawBody: Buffer;
  gatehouse: Decision & { action: string; resource: string };
}

/**
 * Connect-style middleware for node:http and Express: `(req, res, next)`. It reads the body (a signature covers it),
 * keeps it as `req.rawBody` for the handler, and calls `next()` only when Gatehouse allows; otherwise it answers 403
 * with AWS's AccessDenied shape. Install it before any body parser.
 */
export function gatehouseMiddleware(options: AuthorizerOptions) {
  const guard = new GatehouseGuard(options);
  return async (req: IncomingMessage, res: ServerResponse, next: (error?: unknown) => void): Promise<void> => {
    try {
      const body = await readBody(req);
      const outcome = await guard.check({
        method: req.method ?? 'GET',
        url: req.url ?? '/',
        headers: req.headers,
        body,
        encrypted: (req.socket as TLSSocket).encrypted === true,
        ...(req.socket.remoteAddress ? { sourceIpAddress: req.socket.remoteAddress } : {}),
      });
      if (!outcome.allowed) {
        res.writeHead(outcome.response.status, outcome.response.headers).end(outcome.response.body);
        return;
      }
      Object.assign(req, { rawBody: body, gatehouse: { ...outcome.decision, action: outcome.action, resource: outcome.resource } });
      next();
    } catch (error) {
      next(error);
    }
  };
}

async function readBody(req: IncomingMessage): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}
