import type { IncomingHttpHeaders, IncomingMessage } from 'node:http';
import type { TLSSocket } from 'node:tls';
import proxyAddr from 'proxy-addr';

/**
 * The HTTP request behind a GraphQL operation, as authentication (session cookie, SigV4) and the request context
 * read it. Built once by the GraphQL endpoint, with the `trust proxy` rules applied.
 */
export interface ClientRequest {
  method: string;
  /** Path and query string, as received. */
  url: string;
  headers: IncomingHttpHeaders;
  /** The body's bytes exactly as received, which SigV4 signs; empty for a GET. */
  rawBody: Buffer;
  /** The body's SHA-256 (hex) in place of its bytes, when only the hash was passed on (`authorize`'s signed evidence). */
  bodySha256?: string;
  /** The client's address: behind trusted proxies, the nearest untrusted `X-Forwarded-For` hop. */
  ip: string | undefined;
  /**
   * The principal that passed this request on (`authorize`'s asking service), whose word `ip` is: wrong signatures
   * are then counted per forwarding service and address, apart from the key's own requests.
   */
  forwardedBy?: string;
  /** Reached over https, directly or through a trusted proxy (`X-Forwarded-Proto`): `aws:SecureTransport`, Secure cookies. */
  secure: boolean;
}

/** Which proxies to believe, with Express's `trust proxy` semantics: true, a hop count, or addresses and subnets. */
export type TrustProxy = boolean | number | string;

export type TrustFn = (address: string, hop: number) => boolean;

// Trusting no proxy (the default): the client is the socket's peer, without parsing X-Forwarded-For for every request.
const trustNone: TrustFn = () => false;

export function compileTrustProxy(trust: TrustProxy): TrustFn {
  if (trust === true) return () => true;
  if (trust === false) return trustNone;
  if (typeof trust === 'number') return (_address, hop) => hop < trust;
  return proxyAddr.compile(trust.split(',').map((entry) => entry.trim()));
}

export function clientRequest(req: IncomingMessage, rawBody: Buffer, trust: TrustFn): ClientRequest {
  return {
    method: req.method ?? 'GET',
    url: req.url ?? '/',
    headers: req.headers,
    rawBody,
    ip: trust === trustNone ? req.socket.remoteAddress : proxyAddr(req, trust),
    secure: isSecure(req, trust),
  };
}

function isSecure(req: IncomingMessage, trust: TrustFn): boolean {
  if ((req.socket as TLSSocket).encrypted) return true;
  if (!trust(req.socket.remoteAddress ?? '', 0)) return false;
  const forwarded = req.headers['x-forwarded-proto'];
  const proto = (Array.isArray(forwarded) ? forwarded[0] : forwarded)?.split(',')[0]?.trim();
  return proto === 'https';
}
