import type { IncomingMessage, ServerResponse } from 'node:http';
import type { ApolloServer } from '@apollo/server';
import { GraphQLError, type GraphQLSchema } from 'graphql';
import type { AuthenticationMethods } from '../auth/authenticate';
import type { ApiProtocol, RequestContext } from '../context';
import { IamError } from '../errors/iam-error';
import { serviceFailureMessage } from '../errors/format-error';
import type { AcceptApiCall } from '../http/api-call';
import type { ClientRequest } from '../http/client-request';
import { requestScopeOf } from '../http/request-scope';
import { urlPath } from '../http/url-path';
import { decodeInput } from './decode-input';
import { parseFormParameters } from './form-parameters';
import { QueryError } from './query-error';
import { answerForGraphqlError, queryErrorAnswer, type QueryErrorAnswer } from './query-error-status';
import { buildQueryOperation, type QueryOperation } from './query-operation';
import { queryResult } from './query-result';
import { errorXml, responseXml } from './query-xml';
import { serviceModels, type ServiceModel } from './service-models';

export interface QueryEndpointOptions {
  apollo: ApolloServer<RequestContext>;
  schema: GraphQLSchema;
  /** How the server takes each call (shared by its endpoints: http/api-call.ts). */
  accept: AcceptApiCall;
  context(request: ClientRequest, res: ServerResponse, protocol: { name: ApiProtocol; authentication: AuthenticationMethods }): Promise<RequestContext>;
}

/** AWS's Query protocol is served at the root: `POST /` with a form body, or `GET /?Action=…`. */
export function isQueryRequest(req: Pick<IncomingMessage, 'method' | 'url'>): boolean {
  if (urlPath(req.url) !== '/') return false;
  return req.method === 'POST' || (req.method === 'GET' && req.url !== undefined && req.url.includes('?'));
}

const [iamModel] = serviceModels as [ServiceModel, ServiceModel];

/**
 * The AWS Query API (IAM 2010-05-08, STS 2011-06-15) as a thin translation onto the GraphQL schema: the action's
 * GraphQL document runs in-process through Apollo with variables decoded from the form, so that authentication,
 * authorization, validation, quotas, audit and errors are the very code GraphQL clients reach; the result is shaped
 * into AWS's XML by the service model. Authentication is SigV4 only, scoped to the action's service; an unsigned
 * request is anonymous, and GraphQL refuses it (MissingAuthenticationToken) but for its @Public operations (such as
 * AssumeRoleWithWebIdentity would be).
 */
export function queryEndpoint(options: QueryEndpointOptions) {
  const operations = new Map<string, QueryOperation | null>();
  const operationFor = (model: ServiceModel, action: string): QueryOperation | null => {
    // Only the model's own actions are built and kept: any other name a client sends must not grow the cache.
    if (!Object.hasOwn(model.operations, action)) return null;
    const key = `${model.service}:${action}`;
    let operation = operations.get(key);
    if (operation === undefined) {
      operation = buildQueryOperation(options.schema, model, action) ?? null;
      operations.set(key, operation);
    }
    return operation;
  };

  return (req: IncomingMessage, res: ServerResponse): void =>
    options.accept(
      req,
      res,
      (_scope, request) => respond(options, operationFor, res, request),
      (status, code, message) => writeError(res, iamModel, queryErrorAnswer(code, message, status)),
    );
}

/**
 * The body of a refusal made before the action is read (so in IAM's namespace), as the endpoint writes its own: for
 * a request the HTTP parser refused, which only the request line shows to be a Query call.
 */
export function queryRefusalXml(status: number, code: string, message: string, requestId: string): string {
  return errorXml(iamModel, queryErrorAnswer(code, message, status), requestId);
}

async function respond(
  options: QueryEndpointOptions,
  operationFor: (model: ServiceModel, action: string) => QueryOperation | null,
  res: ServerResponse,
  request: ClientRequest,
): Promise<void> {
  let model = iamModel;
  try {
    const parameters = requestParameters(request);
    const action = parameters.get('Action');
    const version = parameters.get('Version');
    parameters.delete('Action');
    parameters.delete('Version');
    if (!action) throw new QueryError('MissingAction', 'The request must contain the parameter Action.');
    if (!version) throw new QueryError('MissingParameter', 'The request must contain the parameter Version.');
    model = serviceModels.find((candidate) => candidate.apiVersion === version) ?? iamModel;
    const operation = model.apiVersion === version ? operationFor(model, action) : null;
    if (!operation) throw new QueryError('InvalidAction', `Could not find operation ${action.slice(0, 128)} for version ${version.slice(0, 32)}.`);
    const input = decodeInput(model, action, operation.input, parameters);
    const variables = operation.variables(input);

    const contextValue = await options.context(request, res, {
      name: 'query',
      authentication: { sessionCookie: false, signingScope: { service: model.service } },
    });
    const response = await options.apollo.executeOperation({ query: operation.document, variables }, { contextValue });
    if (response.body.kind !== 'single') throw new Error('the Query protocol runs no incremental delivery');
    const { data, errors } = response.body.singleResult;
    const [firstError] = errors ?? [];
    if (firstError) return writeError(res, model, answerForGraphqlError(firstError));
    const body = responseXml(model, action, operation.resultWrapper, queryResult(operation, data, variables), requestId(res));
    res.writeHead(200, { 'content-type': 'text/xml', 'content-length': Buffer.byteLength(body) });
    res.end(body);
  } catch (error) {
    writeError(res, model, answerForThrown(error, res));
  }
}

/**
 * POST: the form body, and any parameters in the query string beside a presigned signature. GET: the query string.
 * The signature's own `X-Amz-*` parameters belong to authentication (src/auth/), not to the action.
 */
function requestParameters(request: ClientRequest): Map<string, string> {
  const queryStart = request.url.indexOf('?');
  const query = queryStart === -1 ? new Map<string, string>() : parseFormParameters(request.url.slice(queryStart + 1));
  for (const name of query.keys()) if (name.startsWith('X-Amz-')) query.delete(name);
  if (request.method.toUpperCase() !== 'POST') return query;

  const [mediaType = '', ...mediaParameters] = (request.headers['content-type'] ?? '').toLowerCase().split(';').map((part) => part.trim());
  if (mediaType !== 'application/x-www-form-urlencoded') {
    throw new QueryError('InvalidInput', 'The request body must be application/x-www-form-urlencoded, as AWS Query requests are.');
  }
  const charset = mediaParameters.find((parameter) => parameter.startsWith('charset='))?.slice('charset='.length).replace(/"/g, '');
  if (charset !== undefined && charset !== 'utf-8' && charset !== 'utf8') {
    throw new QueryError('InvalidInput', 'The request body must be UTF-8 encoded.');
  }
  const form = parseFormParameters(request.rawBody);
  for (const [name, value] of query) {
    if (form.has(name)) throw new QueryError('InvalidInput', `The parameter ${name.slice(0, 128)} is given more than once.`);
    form.set(name, value);
  }
  return form;
}

function answerForThrown(error: unknown, res: ServerResponse): QueryErrorAnswer {
  if (error instanceof QueryError) return queryErrorAnswer(error.code, error.message, error.status === 400 ? undefined : error.status);
  // Refused credentials come wrapped for Apollo by the context function (src/auth/authentication-refusal.ts).
  const iamError = error instanceof GraphQLError && error.originalError instanceof IamError ? error.originalError : error;
  if (iamError instanceof IamError) return queryErrorAnswer(iamError.code, iamError.message);
  requestScopeOf(res)?.logger.error({ err: error }, 'unexpected error in the Query protocol');
  return queryErrorAnswer('ServiceFailure', serviceFailureMessage);
}

function writeError(res: ServerResponse, model: ServiceModel, answer: QueryErrorAnswer): void {
  const body = errorXml(model, answer, requestId(res));
  res.writeHead(answer.status, { 'content-type': 'text/xml', 'content-length': Buffer.byteLength(body) });
  res.end(body);
}

function requestId(res: ServerResponse): string {
  return requestScopeOf(res)?.requestId ?? '';
}
