import type { IncomingMessage, ServerResponse } from 'node:http';
import { HeaderMap, type ApolloServer, type BaseContext } from '@apollo/server';
import { serviceFailureMessage } from '../errors/format-error';
import { inTurn, throttledMessage, type Admission } from './admission';
import { clientRequest, compileTrustProxy, type ClientRequest, type TrustProxy } from './client-request';
import { writeHttpError } from './http-errors';
import { currentRequestScope, runInRequestScope } from './request-scope';
import { setSecurityHeaders } from './security-headers';
import type { Logger } from '../logger';

export const graphqlPath = '/graphql';

/** Whether a request URL is the GraphQL endpoint's (`/graphql`, with or without a query string). */
export function isGraphqlRequest(url: string | undefined): boolean {
  const path = (url ?? '/').split('?', 1)[0];
  return path === graphqlPath || path === `${graphqlPath}/`;
}

export interface GraphqlEndpointOptions<TContext extends BaseContext> {
  apollo: ApolloServer<TContext>;
  logger: Logger;
  bodyLimitBytes: number;
  trustProxy: TrustProxy;
  /** Bounds the calls worked on at once (shared with the Query API's endpoint). */
  admission: Admission;
  context(request: ClientRequest, res: ServerResponse): Promise<TContext>;
}

/**
 * `/graphql` on plain node:http: the body read once (its bytes kept for SigV4, parsed as JSON), handed to Apollo,
 * and Apollo's answer written back. Every API call comes through here, so it does only that: Express, which serves
 * the other paths, costs a third of the throughput of a small query (bench/api.bench.ts measured it).
 */
export function graphqlEndpoint<TContext extends BaseContext>(options: GraphqlEndpointOptions<TContext>) {
  const trust = compileTrustProxy(options.trustProxy);
  return (req: IncomingMessage, res: ServerResponse): void =>
    runInRequestScope(options.logger, req, res, () => {
      setSecurityHeaders(res);
      readBody(req, options.bodyLimitBytes).then(
        (rawBody) =>
          inTurn(
            options.admission,
            req,
            () => respond(options, req, res, clientRequest(req, rawBody, trust)),
            () => writeHttpError(res, 400, 'Throttling', throttledMessage),
          ),
        (error: unknown) => {
          if (error instanceof BodyTooLarge) {
            res.setHeader('connection', 'close');
            return writeHttpError(res, 413, 'LimitExceeded', 'The request body is larger than the server accepts.');
          }
          writeHttpError(res, 400, 'InvalidInput', 'The request body cannot be read.');
        },
      );
    });
}

async function respond<TContext extends BaseContext>(
  options: GraphqlEndpointOptions<TContext>,
  req: IncomingMessage,
  res: ServerResponse,
  request: ClientRequest,
): Promise<void> {
  const body = parseBody(request);
  if (body === unreadable) return writeHttpError(res, 400, 'InvalidInput', 'The request body is not valid JSON.');
  if (body === unsupportedCharset) return writeHttpError(res, 415, 'InvalidInput', 'The request body must be UTF-8 encoded JSON.');
  const headers = new HeaderMap();
  for (const [name, value] of Object.entries(req.headers)) {
    if (value !== undefined) headers.set(name, Array.isArray(value) ? value.join(', ') : value);
  }
  const queryStart = request.url.indexOf('?');
  try {
    const response = await options.apollo.executeHTTPGraphQLRequest({
      httpGraphQLRequest: { method: request.method.toUpperCase(), headers, search: queryStart === -1 ? '' : request.url.slice(queryStart), body },
      context: () => options.context(request, res),
    });
    for (const [name, value] of response.headers) res.setHeader(name, value);
    res.statusCode = response.status ?? 200;
    if (response.body.kind === 'complete') {
      res.end(response.body.string);
      return;
    }
    for await (const chunk of response.body.asyncIterator) res.write(chunk);
    res.end();
  } catch (error) {
    // Apollo answers every GraphQL failure itself; what reaches here is a bug, logged with the request id.
    currentRequestScope()?.logger.error({ err: error }, 'unexpected error outside GraphQL');
    if (!res.headersSent) writeHttpError(res, 500, 'ServiceFailure', serviceFailureMessage);
    else res.end();
  }
}

export class BodyTooLarge extends Error {}

/** The body's bytes, up to `limit` (BodyTooLarge beyond it: the rest is drained, never buffered). */
export function readBody(req: IncomingMessage, limit: number): Promise<Buffer> {
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

const unreadable = Symbol('unreadable');
const unsupportedCharset = Symbol('unsupportedCharset');

/**
 * JSON bodies only (`application/json`, `application/*+json`), as GraphQL over HTTP asks; anything else reaches
 * Apollo without a body and gets its "POST body missing" answer. An empty JSON body is `{}`.
 */
function parseBody(request: ClientRequest): unknown {
  const contentType = request.headers['content-type']?.toLowerCase();
  if (!contentType || request.rawBody.length === 0) return request.rawBody.length === 0 && contentType ? {} : undefined;
  const [mediaType = '', ...parameters] = contentType.split(';').map((part) => part.trim());
  if (mediaType !== 'application/json' && !(mediaType.startsWith('application/') && mediaType.endsWith('+json'))) return undefined;
  const charset = parameters.find((parameter) => parameter.startsWith('charset='))?.slice('charset='.length).replace(/"/g, '');
  if (charset !== undefined && charset !== 'utf-8' && charset !== 'utf8') return unsupportedCharset;
  try {
    const parsed: unknown = JSON.parse(request.rawBody.toString('utf8'));
    return typeof parsed === 'object' && parsed !== null ? parsed : unreadable;
  } catch {
    return unreadable;
  }
}
