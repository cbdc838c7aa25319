import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { ApolloServer } from '@apollo/server';
import {
  ApolloServerPluginCacheControlDisabled,
  ApolloServerPluginSchemaReportingDisabled,
  ApolloServerPluginUsageReportingDisabled,
} from '@apollo/server/plugin/disabled';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import express from 'express';
import type { GraphQLSchema } from 'graphql';
import { loadServerKey, SecretBox } from '@gatehouse/credentials';
import type { ChangeNotifications, PrismaClient } from '@gatehouse/db';
import { failedCallAudit } from './audit/failed-call-audit';
import { createCredentialCache } from './auth/credential-cache';
import { pruneSignInAttempts } from './auth/sign-in-throttle';
import { SignatureFailureThrottle } from './auth/signature-failure-throttle';
import { ServiceCatalog } from './modules/catalog/service-catalog';
import { GoverningPolicyCache } from './principals/governing-policy-cache';
import { IssuerKeyCache } from './modules/sts/web-identity/issuer-keys';
import type { ApiConfig } from './config';
import { createRequestContext, type RequestContext } from './context';
import { formatError } from './errors/format-error';
import { graphiqlAssets } from './graphiql/graphiql-assets';
import { graphiqlLandingPage } from './graphiql/graphiql-landing-page';
import { buildApiSchema } from './graphql/build-schema';
import { complexityLimit } from './graphql/complexity-limit';
import { nulCharacterRefusal } from './graphql/nul-character-refusal';
import { selectedFieldsListener } from './graphql/selected-fields';
import { documentLimits } from './graphql/document-limits';
import { errorStatus } from './graphql/error-status';
import { requestListeners } from './graphql/request-listeners';
import { serviceFailureLog, unexpectedErrorLog } from './graphql/service-failure-log';
import { Admission } from './http/admission';
import { apiCallAcceptor } from './http/api-call';
import { answerClientError } from './http/client-errors';
import { graphqlEndpoint, isGraphqlRequest } from './http/graphql-endpoint';
import { healthRoutes } from './http/health';
import { httpErrors, notFound } from './http/http-errors';
import { isJsonRequest, jsonEndpoint } from './json-protocol/json-endpoint';
import { isQueryRequest, queryEndpoint } from './query-protocol/query-endpoint';
import { requestScope } from './http/request-scope';
import { securityHeaders } from './http/security-headers';
import type { Logger } from './logger';

export interface ApiServer {
  httpServer: Server;
  /** Resolves with the base URL once the server accepts connections. */
  listen(port: number, host: string): Promise<string>;
  /** Graceful shutdown: new connections are refused, idle ones closed, in-flight requests finish (up to the grace period). */
  close(): Promise<void>;
}

const signInAttemptPruneIntervalMs = 10 * 60 * 1000;

// The schema depends only on the code, not on a database: every server in a process shares one.
let schema: Promise<GraphQLSchema> | undefined;

/**
 * One HTTP server: POST/GET /graphql (Apollo), GraphiQL at GET /graphql, AWS's JSON protocol (`authorize`) at POST / with
 * X-Amz-Target, AWS's Query API (IAM and STS) at POST / and GET /?Action=…, /healthz and /readyz.
 */
export async function createApiServer(deps: {
  prisma: PrismaClient;
  /** What other processes changed: keeps this process's caches (console sessions, access keys) true. */
  notifications: ChangeNotifications;
  config: ApiConfig;
  logger: Logger;
  /** Defaults to a box under the server key (GATEHOUSE_SECRET_KEY or the generated key file). */
  secretBox?: SecretBox;
}): Promise<ApiServer> {
  const { prisma, notifications, config, logger } = deps;
  const secretBox = deps.secretBox ?? new SecretBox((await loadServerKey()).key);
  const governingPolicies = new GoverningPolicyCache(prisma, notifications);
  const serviceCatalog = new ServiceCatalog(prisma, notifications);
  const issuerKeys = new IssuerKeyCache(config.oidc);
  const credentials = createCredentialCache(notifications);
  const signatureFailures = new SignatureFailureThrottle();
  const app = express();
  // Requests are routed once Apollo has started (below); the drain plugin needs the server before that.
  // Node checks these timeouts every `connectionsCheckingInterval` (30 s by default): checked often enough to hold them.
  const httpServer = createServer({
    headersTimeout: config.http.headersTimeoutMs,
    requestTimeout: config.http.requestTimeoutMs,
    keepAliveTimeout: config.http.keepAliveTimeoutMs,
    connectionsCheckingInterval: Math.min(1000, config.http.headersTimeoutMs),
  });
  httpServer.on('clientError', answerClientError);

  const apiSchema = await (schema ??= buildApiSchema());
  const apollo = new ApolloServer<RequestContext>({
    schema: apiSchema,
    formatError,
    // Apollo pretty-prints by default: a tenth more bytes to write for a page of users, for no client that reads it.
    stringifyResult: (result) => JSON.stringify(result),
    includeStacktraceInErrorResponses: false,
    csrfPrevention: true,
    introspection: config.graphql.introspection,
    // Bounded before anything else reads the document: a token limit while parsing, then limits walked once per fragment.
    parseOptions: { maxTokens: config.graphql.maxTokens },
    validationRules: documentLimits(config.graphql),
    stopOnTerminationSignals: false,
    logger: apolloLogger(logger),
    plugins: [
      ApolloServerPluginDrainHttpServer({ httpServer, stopGracePeriodMillis: config.http.shutdownGraceMs }),
      graphiqlLandingPage(),
      requestListeners<RequestContext>([
        complexityLimit(config.graphql, { quotas: config.quotas }),
        nulCharacterRefusal(),
        selectedFieldsListener(),
        errorStatus(),
        serviceFailureLog(),
        failedCallAudit(),
      ]),
      unexpectedErrorLog(),
      // Apollo's defaults: cache hints would be computed for every resolved field, yet no response is ever cached
      // (every answer depends on the caller); and APOLLO_KEY in the environment must never ship operations to a
      // third party.
      ApolloServerPluginCacheControlDisabled(),
      ApolloServerPluginUsageReportingDisabled(),
      ApolloServerPluginSchemaReportingDisabled(),
    ],
  });
  await apollo.start();

  app.set('trust proxy', config.http.trustProxy);
  app.disable('x-powered-by');
  app.use(requestScope(logger));
  app.use(securityHeaders);
  app.use(healthRoutes(prisma));
  app.use(graphiqlAssets());
  const contextDependencies = { prisma, notifications, config, secretBox, governingPolicies, serviceCatalog, issuerKeys, credentials, signatureFailures };
  const accept = apiCallAcceptor({
    logger,
    bodyLimitBytes: config.http.bodyLimitBytes,
    trustProxy: config.http.trustProxy,
    admission: new Admission(config.http.admission),
  });
  const serveGraphql = graphqlEndpoint({ apollo, accept, context: (request, res) => createRequestContext(request, res, contextDependencies) });
  const serveQuery = queryEndpoint({
    apollo,
    schema: apiSchema,
    accept,
    context: (request, res, protocol) => createRequestContext(request, res, contextDependencies, protocol),
  });
  const serveJson = jsonEndpoint({ schema: apiSchema, accept, context: (request, res, protocol) => createRequestContext(request, res, contextDependencies, protocol) });
  app.use(notFound);
  app.use(httpErrors);
  // /graphql, and at / AWS's JSON protocol (a POST naming its X-Amz-Target) and Query API, on their own handlers
  // (src/http/graphql-endpoint.ts, src/json-protocol/json-endpoint.ts, src/query-protocol/query-endpoint.ts); Express
  // serves GraphiQL's assets, health and 404s.
  httpServer.on('request', (req, res) => {
    if (isGraphqlRequest(req.url)) serveGraphql(req, res);
    else if (isJsonRequest(req)) serveJson(req, res);
    else if (isQueryRequest(req)) serveQuery(req, res);
    else app(req, res);
  });

  // Old sign-in attempts no longer count; removing them keeps the throttle's queries small. unref: never keeps the
  // process alive.
  const pruneTimer = setInterval(() => {
    pruneSignInAttempts(prisma).catch((error: unknown) => logger.warn({ err: error }, 'pruning sign-in attempts failed'));
  }, signInAttemptPruneIntervalMs);
  pruneTimer.unref();

  return {
    httpServer,
    listen(port, host) {
      return new Promise((resolve, reject) => {
        httpServer.once('error', reject);
        httpServer.listen(port, host, () => {
          httpServer.off('error', reject);
          const address = httpServer.address() as AddressInfo;
          const shownHost = address.family === 'IPv6' ? `[${address.address}]` : address.address;
          resolve(`http://${shownHost}:${address.port}`);
        });
      });
    },
    close() {
      clearInterval(pruneTimer);
      return apollo.stop();
    },
  };
}

function apolloLogger(logger: Logger) {
  const apolloChild = logger.child({ component: 'apollo' });
  return {
    debug: (message: unknown) => apolloChild.debug(String(message)),
    info: (message: unknown) => apolloChild.info(String(message)),
    warn: (message: unknown) => apolloChild.warn(String(message)),
    error: (message: unknown) => apolloChild.error(String(message)),
  };
}
