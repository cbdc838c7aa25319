import type { IncomingMessage, ServerResponse } from 'node:http';
import { coerceInputValue, getNamedType, GraphQLError, isObjectType, type GraphQLField, type GraphQLSchema } from 'graphql';
import { eventParameters, recordFailedCall } from '../audit/record-failed-call';
import type { AuthenticationMethods } from '../auth/authenticate';
import { authorizeOperation } from '../authz/authorize-operation';
import { readOperationAccess, type OperationAccess } from '../authz/iam-operation';
import type { ApiProtocol, RequestContext } from '../context';
import { serviceFailureMessage } from '../errors/format-error';
import { IamError } from '../errors/iam-error';
import { inputCoercion, notCoerced, type InputCoercion } from '../graphql/input-coercion';
import { nulRefusal, pathWithNul } from '../graphql/nul-character-refusal';
import { isValidationFailure, validateInput } from '../graphql/validate-arguments';
import { passesValidation } from '../graphql/validation-precheck';
import type { AcceptApiCall } from '../http/api-call';
import type { ClientRequest } from '../http/client-request';
import { requestScopeOf } from '../http/request-scope';
import { urlPath } from '../http/url-path';
import { requireCaller } from '../principals/caller';
import { jsonContentType, JsonProtocolError, writeJsonError } from './json-error';
import { jsonOperations, type JsonOperation } from './json-operations';

export interface JsonEndpointOptions {
  schema: GraphQLSchema;
  /** How the server takes each call (shared by its endpoints: http/api-call.ts). */
  accept: AcceptApiCall;
  context(request: ClientRequest, res: ServerResponse, protocol: { name: ApiProtocol; authentication: AuthenticationMethods }): Promise<RequestContext>;
}

/**
 * Signed with SigV4 for the signing name `gatehouse` (the prefix of the operations' action, as the Query API's calls
 * are signed for their action's service), in any region; no session cookie.
 */
export const jsonAuthentication: AuthenticationMethods = { sessionCookie: false, signingScope: { service: 'gatehouse' } };

/** AWS's JSON protocol shares the root with the Query API: a `POST /` that names its operation in `X-Amz-Target`. */
export function isJsonRequest(req: Pick<IncomingMessage, 'method' | 'url' | 'headers'>): boolean {
  return req.method === 'POST' && req.headers['x-amz-target'] !== undefined && urlPath(req.url) === '/';
}

/** An operation with what the schema declares for its field. */
interface ServedOperation extends JsonOperation {
  schemaField: GraphQLField<unknown, unknown>;
  access: Extract<OperationAccess, { kind: 'iam' }>;
  /** Every field of the answer's type: the JSON protocol answers them all (`RequestContext.selection`). */
  answered: ReadonlySet<string>;
  /** Each argument's coercion, compiled from its GraphQL type. */
  coercions: ReadonlyArray<{ name: string; coercion: InputCoercion }>;
}

/**
 * The AWS JSON 1.0 protocol (`Content-Type: application/x-amz-json-1.0`, `X-Amz-Target: Gatehouse.Authorize`), as
 * AWS's JSON services such as Verified Permissions speak it: the lean path to `authorize`, whose cost per decision
 * GraphQL's pipeline dominates. Nothing of an operation is its own: it is taken as every API call is
 * (`apiCallAcceptor`), authenticated by `authenticate`, authorized by its GraphQL field's declaration
 * (`authorizeOperation`), its arguments coerced by the field's GraphQL types and validated by their classes' rules,
 * answered by the field's resolver, and its failure recorded by `recordFailedCall`.
 */
export function jsonEndpoint(options: JsonEndpointOptions) {
  const operations = new Map([...jsonOperations].map(([target, operation]) => [target, served(options.schema, target, operation)]));
  return (req: IncomingMessage, res: ServerResponse): void =>
    options.accept(
      req,
      res,
      (_scope, request) => respond(options, operations, res, request),
      (status, code, message) => writeJsonError(res, code, message, status),
    );
}

/** Checked at start-up, as the schema checks its own operations: an operation without an IAM declaration never serves. */
function served(schema: GraphQLSchema, target: string, operation: JsonOperation): ServedOperation {
  const schemaField = schema.getQueryType()?.getFields()[operation.field];
  const access = readOperationAccess(schemaField?.extensions);
  if (!schemaField || access?.kind !== 'iam') throw new Error(`${target}: ${operation.field} is no query of the schema declared with @IamOperation`);
  const answerType = getNamedType(schemaField.type);
  const answered = new Set(isObjectType(answerType) ? Object.keys(answerType.getFields()).map((name) => `${answerType.name}.${name}`) : []);
  const coercions = schemaField.args.map((arg) => ({ name: arg.name, coercion: inputCoercion(arg.type) }));
  return { ...operation, schemaField, access, answered, coercions };
}

async function respond(options: JsonEndpointOptions, operations: ReadonlyMap<string, ServedOperation>, res: ServerResponse, request: ClientRequest): Promise<void> {
  try {
    const target = request.headers['x-amz-target'];
    const operation = typeof target === 'string' ? operations.get(target) : undefined;
    if (!operation) throw new JsonProtocolError('UnknownOperationException', `The operation ${String(target).slice(0, 128)} is not known.`);
    if (request.headers['content-type']?.split(';', 1)[0]?.trim().toLowerCase() !== jsonContentType) {
      throw new JsonProtocolError('SerializationException', `The request body must be ${jsonContentType}.`);
    }
    const ctx = await options.context(request, res, { name: 'json', authentication: jsonAuthentication });
    const caller = requireCaller(ctx.caller);
    const parsed = parseBody(request.rawBody);
    // JSON can only write U+0000 in a string as the escape \u0000: a body without that text needs no walk.
    const withNul = request.rawBody.includes('\\u0000') ? pathWithNul(parsed) : undefined;
    if (withNul !== undefined) throw new JsonProtocolError('ValidationException', `1 validation error detected: ${nulRefusal(withNul)}`);
    const args = coerceArguments(operation, parsed);
    ctx.selection = { fields: operation.answered };
    let answer: unknown;
    try {
      await authorizeOperation(operation.access, { args, root: undefined, caller, ctx });
      const { validated, run } = operation.prepare(args);
      // The rules' fast yes; class-validator itself for anything else, which words the errors.
      if (passesValidation(validated) !== true) await validateInput(validated);
      answer = operation.answer(await run(ctx));
    } catch (error) {
      if (error instanceof IamError) {
        await recordFailedCall(ctx, { action: operation.access.action, mutation: false, code: error.code, message: error.message, requestParameters: eventParameters(args) });
      }
      throw error;
    }
    const body = JSON.stringify(answer);
    res.writeHead(200, { 'content-type': jsonContentType, 'content-length': Buffer.byteLength(body) });
    res.end(body);
  } catch (error) {
    writeThrown(res, error);
  }
}

function parseBody(rawBody: Buffer): Record<string, unknown> {
  let body: unknown;
  try {
    body = JSON.parse(rawBody.toString('utf8'));
  } catch {
    throw new JsonProtocolError('SerializationException', 'The request body is not valid JSON.');
  }
  if (typeof body !== 'object' || body === null || Array.isArray(body)) throw new JsonProtocolError('SerializationException', 'The request body must be a JSON object.');
  return body as Record<string, unknown>;
}

/**
 * The body checked against the field's GraphQL argument types, as GraphQL checks a request's variables: by their
 * compiled coercions, and by graphql-js itself for a body they refuse, which names the problems by their path in it.
 */
function coerceArguments({ schemaField, bodyArgument, coercions }: ServedOperation, body: Record<string, unknown>): Record<string, unknown> {
  const values = bodyArgument === undefined ? body : { [bodyArgument]: body };
  const coerced: Record<string, unknown> = {};
  for (const { name, coercion } of coercions) {
    const value = coercion(values[name]);
    if (value === notCoerced) return wordedCoercionFailure(schemaField, bodyArgument, values);
    if (value !== undefined) coerced[name] = value;
  }
  return coerced;
}

function wordedCoercionFailure(schemaField: ServedOperation['schemaField'], bodyArgument: string | undefined, values: Record<string, unknown>): Record<string, unknown> {
  const problems: string[] = [];
  const args: Record<string, unknown> = {};
  for (const arg of schemaField.args) {
    const value = coerceInputValue(values[arg.name], arg.type, (path, _invalid, error) => {
      const at = (bodyArgument === undefined ? [arg.name, ...path] : path).join('.');
      problems.push(at === '' ? error.message : `Value at '${at}' failed to satisfy constraint: ${error.message}`);
    });
    if (value !== undefined) args[arg.name] = value;
  }
  if (problems.length > 0) {
    throw new JsonProtocolError('ValidationException', `${problems.length} validation error${problems.length === 1 ? '' : 's'} detected: ${problems.join('; ')}`);
  }
  return args;
}

function writeThrown(res: ServerResponse, error: unknown): void {
  if (error instanceof JsonProtocolError) return writeJsonError(res, error.code, error.message);
  // Refused credentials come wrapped for Apollo by the context function (src/auth/authentication-refusal.ts).
  const iamError = error instanceof GraphQLError && error.originalError instanceof IamError ? error.originalError : error;
  if (iamError instanceof IamError) {
    // The class-validator rules' failures are AWS's ValidationException on this protocol, as ValidationError on the Query API.
    const validation = iamError.code === 'InvalidInput' && isValidationFailure(iamError.message);
    return writeJsonError(res, validation ? 'ValidationException' : iamError.code, iamError.message, validation ? 400 : undefined);
  }
  requestScopeOf(res)?.logger.error({ err: error }, 'unexpected error in the JSON protocol');
  writeJsonError(res, 'ServiceFailure', serviceFailureMessage);
}
