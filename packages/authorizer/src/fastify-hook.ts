import { Readable } from 'node:stream';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { TLSSocket } from 'node:tls';
import { GatehouseGuard, type AuthorizerOptions } from './gatehouse-guard';

/** The parts of Fastify's request and reply the hook uses, so that the package needs no Fastify at runtime. */
interface FastifyLikeRequest {
  raw: IncomingMessage;
  method: string;
  url: string;
  headers: Record<string, string | string[] | undefined>;
  /** The client's address, by Fastify's `trustProxy` rules. */
  ip: string;
}
interface FastifyLikeReply {
  code(status: number): FastifyLikeReply;
  headers(values: Record<string, string>): FastifyLikeReply;
  send(body: string): unknown;
  raw: ServerResponse;
}

/**
 * A Fastify `preParsing` hook: `app.addHook('preParsing', gatehouseFastifyHook(options))`. It reads the payload (the
 * signature covers it), asks Gatehouse, and hands the same bytes on to Fastify's body parser when allowed; otherwise
 * it answers 403 with AWS's AccessDenied shape.
 */
export function gatehouseFastifyHook(options: AuthorizerOptions) {
  const guard = new GatehouseGuard(options);
  return async (request: FastifyLikeRequest, reply: FastifyLikeReply, payload: Readable): Promise<Readable | FastifyLikeReply> => {
    const chunks: Buffer[] = [];
    for await (const chunk of payload) chunks.push(chunk as Buffer);
    const body = Buffer.concat(chunks);
    const outcome = await guard.check({
      method: request.method,
      url: request.url,
      headers: request.headers,
      body,
      encrypted: (request.raw.socket as TLSSocket).encrypted === true,
      sourceIpAddress: request.ip,
    });
    if (!outcome.allowed) {
      // Fastify: a hook that has replied returns the reply, and the request goes no further.
      reply.code(outcome.response.status).headers(outcome.response.headers).send(outcome.response.body);
      return reply;
    }
    return Readable.from([body]);
  };
}
