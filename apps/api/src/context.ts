import type { ServerResponse } from 'node:http';
import type { SecretBox } from '@gatehouse/credentials';
import type { ChangeNotifications, PrismaClient } from '@gatehouse/db';
import { authenticate, graphqlAuthentication, type AuthenticationMethods } from './auth/authenticate';
import { authenticationRefusal } from './auth/authentication-refusal';
import type { CredentialCache } from './auth/credential-cache';
import type { SignatureFailureThrottle } from './auth/signature-failure-throttle';
import { requireCaller, type Caller } from './principals/caller';
import type { GoverningPolicyCache } from './principals/governing-policy-cache';
import type { ServiceCatalog } from './modules/catalog/service-catalog';
import type { ApiConfig } from './config';
import type { ClientRequest } from './http/client-request';
import type { SelectionContext } from './graphql/selected-fields';
import { requestScopeOf, type RequestScope } from './http/request-scope';
import type { Logger } from './logger';
import { Loaders } from './modules/loaders';
import type { IssuerKeyCache } from './modules/sts/web-identity/issuer-keys';

/** Everything a resolver, middleware or service knows about the request it serves. Built once per request. */
export interface RequestContext extends SelectionContext {
  requestId: string;
  /** The API protocol the request came through; audit events record it. */
  protocol: ApiProtocol;
  logger: Logger;
  /** Null for an anonymous request, which may only reach @Public operations. */
  caller: Caller | null;
  /**
   * Set instead of a caller when the operator's command line does the work (src/operator/): the account it acts in,
   * to which its audit events belong.
   */
  operator?: { accountId: string | null };
  /**
   * DataLoaders scoped to the caller's account; the authorization step and the services share them. They read the
   * operation's `selection` (filled by src/graphql/selected-fields.ts before any resolver runs).
   */
  loaders: Loaders;
  prisma: PrismaClient;
  /** A write waits on it after its commit (src/audit/audited-transaction.ts), so that this process's caches show it. */
  notifications: ChangeNotifications;
  config: ApiConfig;
  /** Each principal's governing policies, compiled, shared by every request of the process (kept true by `notifications`). */
  governingPolicies: GoverningPolicyCache;
  /** AWS's services and those the operator imported, kept true by `notifications`. */
  serviceCatalog: ServiceCatalog;
  /** OIDC issuers' signing keys, shared by every request of the process (AssumeRoleWithWebIdentity). */
  issuerKeys: IssuerKeyCache;
  /** Seals secrets the server must read back (access key secrets, MFA seeds) under the server key. */
  secretBox: SecretBox;
  /** Access keys and console sessions, and refused signatures: for verifying a signature passed on to `authorize`. */
  credentials: CredentialCache;
  signatureFailures: SignatureFailureThrottle;
  sourceIp: string | undefined;
  userAgent: string | undefined;
  /** The objects the request's query or mutation returned, with the action it was authorized for (authorize.middleware.ts). */
  operationResults: Map<object, string>;
  /** The HTTP exchange, for the session cookie and SigV4 only (src/auth/): nothing else reads credentials from it. */
  req: ClientRequest;
  res: ServerResponse;
}

/**
 * `graphql` (/graphql), `query`: AWS's Query API, as the AWS CLI and SDKs speak it (src/query-protocol/), or `json`: AWS's
 * JSON protocol, the lean path to `authorize` (src/json-protocol/); `cli` for
 * the operator's command line, which calls the services directly (src/operator/).
 */
export type ApiProtocol = 'graphql' | 'query' | 'json' | 'cli';

export interface ContextDependencies {
  prisma: PrismaClient;
  notifications: ChangeNotifications;
  config: ApiConfig;
  secretBox: SecretBox;
  governingPolicies: GoverningPolicyCache;
  serviceCatalog: ServiceCatalog;
  issuerKeys: IssuerKeyCache;
  credentials: CredentialCache;
  signatureFailures: SignatureFailureThrottle;
}

// Apollo copies a context's own properties for every operation, keeping its prototype: the server's dependencies, and
// the getter of the request's logger, sit on a prototype that every request's context shares, so that a request makes
// and copies only what is its own, and its logger is made only when a line is logged for it (most requests log only
// their completion line). So a context is never spread: a copy is made as Apollo makes it.
const requestScopeKey = Symbol('requestScope');

const sharedDependencies = new WeakMap<ContextDependencies, object>();

function sharedDependenciesOf(deps: ContextDependencies): object {
  let shared = sharedDependencies.get(deps);
  if (!shared) {
    const { prisma, notifications, config, governingPolicies, serviceCatalog, issuerKeys, secretBox, credentials, signatureFailures } = deps;
    shared = Object.defineProperty(
      { prisma, notifications, config, governingPolicies, serviceCatalog, issuerKeys, secretBox, credentials, signatureFailures },
      'logger',
      {
        get(this: { [requestScopeKey]: RequestScope }) {
          return this[requestScopeKey].logger;
        },
      },
    );
    sharedDependencies.set(deps, shared);
  }
  return shared;
}

export async function createRequestContext(
  req: ClientRequest,
  res: ServerResponse,
  deps: ContextDependencies,
  protocol: { name: ApiProtocol; authentication: AuthenticationMethods } = { name: 'graphql', authentication: graphqlAuthentication },
): Promise<RequestContext> {
  const scope = requestScopeOf(res);
  if (!scope) throw new Error('createRequestContext must run inside the requestScope middleware');
  const caller = await authenticate(req, deps, protocol.authentication).catch((error: unknown) => {
    throw authenticationRefusal(error);
  });
  const selection = { fields: new Set<string>() as ReadonlySet<string> };
  const context = Object.create(sharedDependenciesOf(deps)) as RequestContext & { [requestScopeKey]: RequestScope };
  context[requestScopeKey] = scope;
  context.requestId = scope.requestId;
  context.protocol = protocol.name;
  // A Map, not a WeakMap: it lives only as long as the request, and a weak table is extra work for every collection.
  context.operationResults = new Map();
  context.caller = caller;
  context.selection = selection;
  // Methods, not arrow functions: tsx (esbuild's keepNames) defines the name of every arrow function assigned to a
  // property, on each request that makes it.
  context.loaders = new Loaders({
    prisma: deps.prisma,
    accountId() {
      return requireCaller(caller).accountId;
    },
    selects(coordinate) {
      return selection.fields.has(coordinate);
    },
  });
  context.sourceIp = req.ip;
  context.userAgent = req.headers['user-agent'];
  context.req = req;
  context.res = res;
  return context;
}
