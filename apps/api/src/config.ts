import { defaultConnectionTimeoutMs, type ConnectionPoolOptions } from '@gatehouse/db';
import type { AdmissionLimits } from './http/admission';

// Every tunable of the API in one place, with AWS's defaults where AWS has one.
export interface ApiConfig {
  http: {
    /** Largest accepted request body; AWS's largest documents (6,144-character managed policies) fit many times over. */
    bodyLimitBytes: number;
    /** Express `trust proxy`: set when a load balancer in front supplies X-Forwarded-For. */
    trustProxy: boolean | string | number;
    /** How long `close()` lets in-flight requests finish before it cuts their connections. */
    shutdownGraceMs: number;
    /** Longest wait for a request's headers, then for its whole body: a client that stops sending gets 408 and is closed. */
    headersTimeoutMs: number;
    requestTimeoutMs: number;
    /**
     * How long an idle keep-alive connection is kept. Longer than clients keep theirs (undici 4 s, AWS load balancers
     * 60 s): the client closes first, and never sends a request on a connection the server is closing at that moment.
     */
    keepAliveTimeoutMs: number;
    /**
     * Admission control of API calls (GraphQL and the Query API; /healthz and /readyz are never queued): how many are
     * worked on at once, how many more wait, and how long; past that, Throttling.
     */
    admission: AdmissionLimits;
  };
  /** The pool of PostgreSQL connections (a PostgreSQL server's; the embedded database has one connection). */
  database: Required<ConnectionPoolOptions>;
  graphql: {
    introspection: boolean;
    /** Most lexical tokens in a document, checked while parsing: the console's largest document has under 100. */
    maxTokens: number;
    /** Most levels of nested fields accepted (a leaf field counts as a level), introspection fields not counted. */
    maxDepth: number;
    /** Most aliased fields in an operation, fragments included. */
    maxAliases: number;
    /** Most directives (`@include`, `@skip`) in an operation, fragments included. */
    maxDirectives: number;
    /** Most selections in an operation with every fragment spread expanded where it is spread (GraphiQL's introspection: ~250). */
    maxNodes: number;
    /** Largest estimated number of resolved fields (connections multiply by `first`). */
    maxComplexity: number;
  };
  session: {
    /** AWS console sessions last at most 12 hours. */
    absoluteTimeoutSeconds: number;
    idleTimeoutSeconds: number;
    /** A session's lastSeenAt is written at most this often, so that reads do not each cost a write. */
    touchIntervalSeconds: number;
  };
  /** AWS IAM default quotas (https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_iam-quotas.html). */
  quotas: {
    usersPerAccount: number;
    tagsPerResource: number;
    /** Access keys per IAM user (and for the root user). */
    accessKeysPerUser: number;
    groupsPerAccount: number;
    rolesPerAccount: number;
    instanceProfilesPerAccount: number;
    openIdConnectProvidersPerAccount: number;
    /** Customer managed policies per account. */
    policiesPerAccount: number;
    groupsPerUser: number;
    /** Managed policies attached to one user, group or role (AWS's default; it can be raised to 20). */
    attachedPoliciesPerIdentity: number;
    versionsPerPolicy: number;
  };
  /** Fetching OIDC issuers' discovery documents and key sets for AssumeRoleWithWebIdentity. */
  oidc: {
    /**
     * Plain HTTP issuers on a loopback address (127.0.0.0/8, ::1, localhost), for development only; everything else
     * is HTTPS. Set by GATEHOUSE_OIDC_ALLOW_INSECURE_LOOPBACK=1.
     */
    allowInsecureLoopback: boolean;
    /** Each request to an issuer, connection to last byte. */
    fetchTimeoutMs: number;
    /** Largest discovery document or key set read; a larger one is refused. */
    maxResponseBytes: number;
    /** How long a key set is used before it is fetched again (an issuer's Cache-Control max-age may shorten it). */
    jwksCacheSeconds: number;
    /**
     * A token whose key id the cached key set lacks makes the key set be fetched again (the issuer rotated its keys),
     * at most once in this many seconds per issuer, so that made-up key ids cannot make the server hammer an issuer.
     */
    jwksRefreshCooldownSeconds: number;
    /** Clock difference tolerated on a token's exp, nbf and iat. */
    clockSkewSeconds: number;
  };
  /** `authorize`, the decisions Gatehouse makes for the services it protects. */
  authorize: {
    /** Share of allowed decisions recorded in the audit trail, 0 to 1 (GATEHOUSE_AUTHORIZE_ALLOW_SAMPLE_RATE); every denial is. */
    allowSampleRate: number;
  };
  credentialReport: {
    /**
     * AWS: a report younger than this is what GenerateCredentialReport returns instead of a new one; an older one
     * is what GetCredentialReport refuses as ReportExpired.
     */
    lifetimeSeconds: number;
  };
}

export const defaultApiConfig: ApiConfig = {
  http: { bodyLimitBytes: 512 * 1024, trustProxy: false, shutdownGraceMs: 10_000, headersTimeoutMs: 10_000, requestTimeoutMs: 30_000, keepAliveTimeoutMs: 65_000, admission: { maxConcurrentCalls: 16, maxQueuedCalls: 2000, maxQueueWaitMs: 5000 } },
  database: { maxConnections: 10, connectionTimeoutMs: defaultConnectionTimeoutMs },
  graphql: { introspection: true, maxTokens: 2000, maxDepth: 12, maxAliases: 50, maxDirectives: 50, maxNodes: 2000, maxComplexity: 50_000 },
  session: { absoluteTimeoutSeconds: 12 * 3600, idleTimeoutSeconds: 3600, touchIntervalSeconds: 60 },
  quotas: {
    usersPerAccount: 5000,
    tagsPerResource: 50,
    accessKeysPerUser: 2,
    groupsPerAccount: 300,
    rolesPerAccount: 1000,
    instanceProfilesPerAccount: 1000,
    openIdConnectProvidersPerAccount: 100,
    policiesPerAccount: 1500,
    groupsPerUser: 10,
    attachedPoliciesPerIdentity: 10,
    versionsPerPolicy: 5,
  },
  oidc: {
    allowInsecureLoopback: process.env.GATEHOUSE_OIDC_ALLOW_INSECURE_LOOPBACK === '1',
    fetchTimeoutMs: 5000,
    maxResponseBytes: 128 * 1024,
    jwksCacheSeconds: 3600,
    jwksRefreshCooldownSeconds: 30,
    clockSkewSeconds: 60,
  },
  authorize: { allowSampleRate: Number(process.env.GATEHOUSE_AUTHORIZE_ALLOW_SAMPLE_RATE ?? 0.01) },
  credentialReport: { lifetimeSeconds: 4 * 3600 },
};

export type ApiConfigOverrides = { [K in keyof ApiConfig]?: Partial<ApiConfig[K]> };

export function resolveApiConfig(overrides: ApiConfigOverrides = {}): ApiConfig {
  return {
    http: { ...defaultApiConfig.http, ...overrides.http },
    database: { ...defaultApiConfig.database, ...overrides.database },
    graphql: { ...defaultApiConfig.graphql, ...overrides.graphql },
    session: { ...defaultApiConfig.session, ...overrides.session },
    quotas: { ...defaultApiConfig.quotas, ...overrides.quotas },
    oidc: { ...defaultApiConfig.oidc, ...overrides.oidc },
    authorize: { ...defaultApiConfig.authorize, ...overrides.authorize },
    credentialReport: { ...defaultApiConfig.credentialReport, ...overrides.credentialReport },
  };
}
