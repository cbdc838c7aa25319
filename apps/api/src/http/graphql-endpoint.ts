import type { IncomingMessage, ServerResponse } from 'node:http';
import { HeaderMap, type ApolloServer, type BaseContext } from '@apollo/server';
import { logServiceFailure, serviceFailureMessage } from '../errors/format-error';
import type { AcceptApiCall } from './api-call';
import type { ClientRequest } from './client-request';
import { writeHttpError } from './http-errors';
import type { RequestScope } from './request-scope';
import { urlPath } from './url-path';

export const graphqlPath = '/graphql';

/** Whether a request URL is the GraphQL endpoint's (`/graphql`, with or without a query string). */
export function isGraphqlRequest(url: string | undefined): boolean {
  const path = urlPath(url);
  return path === graphqlPath || path === `${graphqlPath}/`;
}

export interface GraphqlEndpointOptions<TContext extends BaseContext> {
  apollo: ApolloServer<TContext>;
  /** How the server takes each call (shared by its endpoints: http/api-call.ts). */
  accept: AcceptApiCall;
  context(request: ClientRequest, res: ServerResponse): Promise<TContext>;
}

/**
 * `/graphql` on plain node:http: the body read once (its bytes kept for SigV4, parsed as JSON), handed to Apollo,
 * and Apollo's answer written back. Every API call comes through here, so it does only that: Express, which serves
 * the other paths, costs a third of the throughput of a small query (bench/api.bench.ts measured it).
 */
export function graphqlEndpoint<TContext extends BaseContext>(options: GraphqlEndpointOptions<TContext>) {
  return (req: IncomingMessage, res: ServerResponse): void =>
    options.accept(
      req,
      res,
      (scope, request) => respond(options, scope, req, res, request),
      (status, code, message) => writeHttpError(res, status, code, message),
    );
}

async function respond<TContext extends BaseContext>(
  options: GraphqlEndpointOptions<TContext>,
  scope: RequestScope,
  req: IncomingMessage,
  res: ServerResponse,
  request: ClientRequest,
): Promise<void> {
  const body = parseBody(request);
  if (body === unreadable) return writeHttpError(res, 400, 'InvalidInput', 'The request body is not valid JSON.');
  if (body === unsupportedCharset) return writeHttpError(res, 415, 'InvalidInput', 'The request body must be UTF-8 encoded JSON.');
  const headers = new HeaderMap();
  // Node's headers object has no prototype: for…in reads its own names, without an array per header.
  for (const name in req.headers) {
    const value = req.headers[name];
    if (value !== undefined) headers.set(name, Array.isArray(value) ? value.join(', ') : value);
  }
  const queryStart = request.url.indexOf('?');
  try {
    const response = await options.apollo.executeHTTPGraphQLRequest({
      httpGraphQLRequest: { method: request.method.toUpperCase(), headers, search: queryStart === -1 ? '' : request.url.slice(queryStart), body },
      // A method, not an arrow function: tsx (esbuild's keepNames) names an arrow function assigned to a property on
      // every request that makes it.
      context() {
        return options.context(request, res).catch((error: unknown) => {
          logServiceFailure(scope.logger, error);
          throw error;
        });
      },
    });
    for (const [name, value] of response.headers) res.setHeader(name, value);
    res.statusCode = response.status ?? 200;
    if (response.body.kind === 'complete') {
      // Every answer with errors has an error status (src/graphql/error-status.ts): only those are read again.
      res.end(res.statusCode >= 400 ? withRequestId(response.body.string, scope.requestId) : response.body.string);
      return;
    }
    for await (const chunk of response.body.asyncIterator) res.write(chunk);
    res.end();
  } catch (error) {
    // Apollo answers every GraphQL failure itself; what reaches here is a bug, logged with the request id.
    scope.logger.error({ err: error }, 'unexpected error outside GraphQL');
    if (!res.headersSent) writeHttpError(res, 500, 'ServiceFailure', serviceFailureMessage);
    else res.end();
  }
}

/** Each error of an answer, with the request id in its `extensions`, as AWS gives it with every error. */
function withRequestId(body: string, requestId: string): string {
  let answer: { errors?: Array<{ extensions?: Record<string, unknown> }> };
  try {
    answer = JSON.parse(body) as typeof answer;
  } catch {
    return body;
  }
  if (!Array.isArray(answer.errors)) return body;
  for (const error of answer.errors) error.extensions = { ...error.extensions, requestId };
  return JSON.stringify(answer);
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
  // What nearly every client sends needs no splitting into media type and parameters.
  if (contentType === 'application/json') return parseJsonObject(request.rawBody);
  const [mediaType = '', ...parameters] = contentType.split(';').map((part) => part.trim());
  if (mediaType !== 'application/json' && !(mediaType.startsWith('application/') && mediaType.endsWith('+json'))) return undefined;
  const charset = parameters.find((parameter) => parameter.startsWith('charset='))?.slice('charset='.length).replace(/"/g, '');
  if (charset !== undefined && charset !== 'utf-8' && charset !== 'utf8') return unsupportedCharset;
  return parseJsonObject(request.rawBody);
}

function parseJsonObject(body: Buffer): unknown {
  try {
    const parsed: unknown = JSON.parse(body.toString('utf8'));
    return typeof parsed === 'object' && parsed !== null ? parsed : unreadable;
  } catch {
    return unreadable;
  }
}
