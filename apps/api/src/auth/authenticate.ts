import { hashBearerToken, UnsealError, type SecretBox } from '@gatehouse/credentials';
import { rootArn, type PrismaClient } from '@gatehouse/db';
import { namePattern, nameRules } from '@gatehouse/iam-names';
import type { ApiConfig } from '../config';
import { IamError } from '../errors/iam-error';
import type { ClientRequest } from '../http/client-request';
import type { Caller } from '../principals/caller';
import { accessKeyWithUser, type AccessKeyWithUser, type ConsoleSessionWithUser, type CredentialCache } from './credential-cache';
import { readSessionToken } from './session-cookie';
import type { SignatureFailureThrottle } from './signature-failure-throttle';
import type { CredentialScope } from './signing-keys';
import { carriesQuerySignature, iamSigningScope, isPlainPath, verifySigV4, type SigningCredentials, type SigningScope } from './sigv4';
import { stsSessionCaller, type StsSessionWithPrincipal, stsSessionPrincipal } from './sts-session-caller';

export interface AuthenticationDependencies {
  prisma: PrismaClient;
  config: ApiConfig;
  secretBox: SecretBox;
  credentials: CredentialCache;
  signatureFailures: SignatureFailureThrottle;
}

/** AWS records an access key's last use to the day; writing it at most once a minute keeps reads free of writes. */
const accessKeyLastUsedIntervalMs = 60 * 1000;

/**
 * How a request may prove who sent it. GraphQL: the console's session cookie or a SigV4 signature for AWS's IAM scope.
 * The AWS Query protocol: a SigV4 signature only, as AWS takes, scoped to the action's service in any region.
 */
export interface AuthenticationMethods {
  sessionCookie: boolean;
  signingScope: SigningScope;
}

export const graphqlAuthentication: AuthenticationMethods = { sessionCookie: true, signingScope: iamSigningScope };

/**
 * Who sent this request: the only code that reads credentials. A signed request (SigV4 `Authorization` header or
 * presigned query string) is its signature's caller, whatever cookie it also carries: a signature that fails fails
 * the request. Otherwise the session cookie (where the protocol takes one). No credentials at all is anonymous (null);
 * credentials that are presented and refused throw the AWS code (InvalidClientTokenId, SignatureDoesNotMatch,
 * ExpiredToken, …), never fall back to anonymous. A cookie whose session is unknown, revoked, expired or not past its
 * sign-in steps counts as no cookie: it is what a browser keeps after sign-out, and the sign-in operations must stay
 * reachable with it.
 */
export async function authenticate(
  req: ClientRequest,
  deps: AuthenticationDependencies,
  methods: AuthenticationMethods = graphqlAuthentication,
): Promise<Caller | null> {
  if (isSigned(req)) return callerFromSignature(req, deps, methods.signingScope);
  const token = methods.sessionCookie ? readSessionToken(req) : undefined;
  return token === undefined ? null : callerFromConsoleSession(deps, hashBearerToken(token));
}

/** A SigV4 `Authorization` header, or AWS query-string authentication (a presigned URL), complete or not. */
function isSigned(req: ClientRequest): boolean {
  return req.headers.authorization !== undefined || (req.url.includes('?') && carriesQuerySignature(queryOf(new URL(req.url, 'http://localhost'))));
}

async function callerFromConsoleSession(deps: AuthenticationDependencies, tokenHash: string): Promise<Caller | null> {
  const { prisma, config } = deps;
  const session = await deps.credentials.sessions.get(tokenHash, () => readConsoleSession(prisma, tokenHash));
  if (!session || session.state !== 'Active' || session.revokedAt) return null;

  const now = Date.now();
  const idleDeadline = session.lastSeenAt.getTime() + config.session.idleTimeoutSeconds * 1000;
  if (session.expiresAt.getTime() <= now || idleDeadline <= now) return null;
  if (now - session.lastSeenAt.getTime() >= config.session.touchIntervalSeconds * 1000) {
    await prisma.consoleSession.update({ where: { tokenHash }, data: { lastSeenAt: new Date(now) } });
  }

  // Switch role: while the console session holds a live role session, the caller is that role session. Once it
  // expires or is revoked the role's permissions end, and the console acts as its own principal again.
  if (session.stsSessionId) {
    const switched = await readStsSession(deps, session.stsSessionId);
    if (switched && !switched.revokedAt && switched.expiration.getTime() > now) {
      return { ...stsSessionCaller(switched), consoleSessionId: tokenHash };
    }
  }

  const common = { accountId: session.accountId, consoleSessionId: tokenHash, mfaAuthenticated: session.mfaAuthenticated };
  // The root user's session has no IAM user; a session whose IAM user is gone has no caller.
  if (session.userId === null) return { kind: 'root', principalArn: rootArn(session.accountId), ...common };
  if (session.userName === null || session.userArn === null) return null;
  return { kind: 'user', principalArn: session.userArn, userId: session.userId, userName: session.userName, ...common };
}

/** One round trip for the session with its IAM user, without Prisma's query planning. */
async function readConsoleSession(prisma: PrismaClient, tokenHash: string): Promise<ConsoleSessionWithUser | undefined> {
  const [session] = await prisma.$queryRaw<ConsoleSessionWithUser[]>`
    SELECT s."accountId", s."userId", s.state::text AS state, s."mfaAuthenticated", s."stsSessionId", s."lastSeenAt",
           s."expiresAt", s."revokedAt", u."userName", u.arn AS "userArn"
    FROM "ConsoleSession" s LEFT JOIN "User" u ON u.id = s."userId"
    WHERE s."tokenHash" = ${tokenHash}`;
  return session;
}

async function readStsSession(deps: AuthenticationDependencies, accessKeyId: string): Promise<StsSessionWithPrincipal | undefined> {
  return deps.credentials.stsSessions.get(
    accessKeyId,
    async () => (await deps.prisma.stsSession.findUnique({ where: { accessKeyId }, include: stsSessionPrincipal })) ?? undefined,
  );
}

async function readAccessKey(prisma: PrismaClient, accessKeyId: string): Promise<AccessKeyWithUser | undefined> {
  return (await prisma.accessKey.findUnique({ where: { accessKeyId }, include: accessKeyWithUser })) ?? undefined;
}

/** The signer found by the credentials lookup, kept so that the caller is built from the row the signature was checked against. */
type FoundSigner = { kind: 'accessKey'; key: AccessKeyWithUser } | { kind: 'stsSession'; session: StsSessionWithPrincipal };

/** What a signature's credentials lookup knows of the request, and what it found (one per signed request). */
interface SignatureLookup {
  deps: AuthenticationDependencies;
  sourceIp: string;
  lookedUp?: string;
  found?: FoundSigner;
}

async function callerFromSignature(req: ClientRequest, deps: AuthenticationDependencies, scope: SigningScope): Promise<Caller> {
  // Wrong signatures count per address, and per service for a request a service passed on: forgeries it forwards
  // cannot lock out the key's requests from elsewhere, nor those another service forwards.
  const lookup: SignatureLookup = { deps, sourceIp: req.forwardedBy === undefined ? (req.ip ?? 'unknown') : `${req.forwardedBy} ${req.ip ?? 'unknown'}` };
  const verification = await verifySigV4(
    { method: req.method, ...pathAndQuery(req.url), headers: req.headers, body: req.rawBody, bodySha256: req.bodySha256 },
    (accessKeyId, signingScope) => signingCredentials(lookup, accessKeyId, signingScope),
    new Date(),
    scope,
  );
  // A verified signature always comes with the row its secret was read from.
  const { found } = lookup;
  if (!verification.verified && verification.code === 'SignatureDoesNotMatch' && lookup.lookedUp !== undefined) {
    deps.signatureFailures.recordFailure(lookup.lookedUp, lookup.sourceIp);
  }
  if (!verification.verified || !found) {
    throw verification.verified ? new IamError('ServiceFailure', 'signature verified without a signer') : new IamError(verification.code, verification.message);
  }
  if (found.kind === 'stsSession') return stsSessionCaller(found.session);
  const { key } = found;
  if (accessKeyUseDue(key.lastUsedDate)) await recordAccessKeyUse(deps.prisma, verification);
  const common = { accountId: key.accountId, accessKeyId: key.accessKeyId };
  return key.user
    ? { kind: 'user', principalArn: key.user.arn, userId: key.user.id, userName: key.user.userName, ...common }
    : { kind: 'root', principalArn: rootArn(key.accountId), ...common };
}

const accessKeyIdRule = nameRules.accessKeyId;
const accessKeyIdPattern = namePattern(accessKeyIdRule);

/** AWS's AccessKeyIdType (16 to 128 word characters), which every key Gatehouse makes keeps. */
function isAccessKeyId(text: string): boolean {
  return text.length >= accessKeyIdRule.minLength && text.length <= accessKeyIdRule.maxLength && accessKeyIdPattern.test(text);
}

async function signingCredentials(lookup: SignatureLookup, accessKeyId: string, signingScope: CredentialScope): Promise<SigningCredentials | null> {
  const { deps } = lookup;
  const retryAfterSeconds = deps.signatureFailures.retryAfterSeconds(accessKeyId, lookup.sourceIp);
  if (retryAfterSeconds > 0) {
    throw new IamError('Throttling', `Too many requests with a wrong signature for this access key. Try again in ${retryAfterSeconds} seconds.`, {
      retryAfterSeconds,
    });
  }
  lookup.lookedUp = accessKeyId;
  // Text that cannot be an access key id names none, and is not looked up (PostgreSQL refuses some of it, U+0000).
  if (!isAccessKeyId(accessKeyId)) return null;
  if (accessKeyId.startsWith('AKIA')) {
    const key = await deps.credentials.accessKeys.get(accessKeyId, () => readAccessKey(deps.prisma, accessKeyId));
    if (!key || key.status !== 'Active') return null;
    const signingKey = deps.credentials.signingKeys.get(accessKeyId, key.secretSealed, signingScope, () =>
      unsealOrNull(deps.secretBox, key.secretSealed, accessKeyId),
    );
    if (signingKey === null) return null;
    lookup.found = { kind: 'accessKey', key };
    return { signingKey };
  }
  if (accessKeyId.startsWith('ASIA')) {
    const session = await readStsSession(deps, accessKeyId);
    if (!session || session.revokedAt) return null;
    const signingKey = deps.credentials.signingKeys.get(accessKeyId, session.secretSealed, signingScope, () =>
      unsealOrNull(deps.secretBox, session.secretSealed, accessKeyId),
    );
    if (signingKey === null) return null;
    lookup.found = { kind: 'stsSession', session };
    return { signingKey, sessionTokenHash: session.sessionTokenHash, expiration: session.expiration };
  }
  return null;
}

/** A sealed secret that does not open (another server key, a tampered row) is treated as an unknown key. */
function unsealOrNull(secretBox: SecretBox, sealed: string, accessKeyId: string): string | null {
  try {
    return secretBox.unseal(sealed, accessKeyId);
  } catch (error) {
    if (error instanceof UnsealError) return null;
    throw error;
  }
}

/** Whether the key's last use, as the row read to check the signature has it, is due to be written again. */
function accessKeyUseDue(lastUsedDate: Date | null): boolean {
  return lastUsedDate === null || lastUsedDate.getTime() < Date.now() - accessKeyLastUsedIntervalMs;
}

/**
 * AWS GetAccessKeyLastUsed: date, service and region of the latest use, written when due: one conditional write,
 * which a concurrent request's write makes a no-op.
 */
async function recordAccessKeyUse(
  prisma: PrismaClient,
  { accessKeyId, service, region }: { accessKeyId: string; service: string; region: string },
): Promise<void> {
  const now = new Date();
  const due = new Date(now.getTime() - accessKeyLastUsedIntervalMs);
  await prisma.accessKey.updateMany({
    where: { accessKeyId, OR: [{ lastUsedDate: null }, { lastUsedDate: { lt: due } }] },
    data: { lastUsedDate: now, lastUsedService: service, lastUsedRegion: region },
  });
}

/** The request target's path and decoded query; a plain path (no query) is what parsing it would give. */
function pathAndQuery(target: string): { path: string; query: Record<string, string | string[]> } {
  if (target.startsWith('/') && isPlainPath(target)) return { path: target, query: {} };
  const url = new URL(target, 'http://localhost');
  return { path: url.pathname, query: queryOf(url) };
}

function queryOf(url: URL): Record<string, string | string[]> {
  const query: Record<string, string | string[]> = {};
  for (const [name, value] of url.searchParams) {
    const existing = query[name];
    query[name] = existing === undefined ? value : [...(Array.isArray(existing) ? existing : [existing]), value];
  }
  return query;
}
