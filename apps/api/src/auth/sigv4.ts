import { hash } from 'node:crypto';
import { Hash } from '@smithy/core/serde';
import { constantTimeEqual, constantTimeEqualBytes, hashBearerToken } from '@gatehouse/credentials';
import { createScope, SignatureV4Base } from '@smithy/signature-v4';
import type { HeaderBag, HttpRequest, QueryParameterBag } from '@smithy/types';
import type { HmacSha256Key } from './hmac-sha256-key';
import type { CredentialScope } from './signing-keys';

/** Gatehouse is IAM, which is global: AWS signs IAM requests for `us-east-1`. */
export const SIGV4_SERVICE = 'iam';
export const SIGV4_REGION = 'us-east-1';

/**
 * The credential scopes a request may be signed for. GraphQL takes AWS's IAM scope only. The AWS Query protocol
 * takes the signing name of the action's service (`iam` or `sts`) and any region: clients sign a custom endpoint
 * with whatever region they are configured for.
 */
export interface SigningScope {
  service: string;
  /** Undefined: any region. */
  region?: string;
  /**
   * How old a signature may be, when less than AWS's 15 minutes: a request a protected service forwards to `authorize`
   * is refused beyond 5, so that a captured one cannot be replayed for long.
   */
  maxAgeMs?: number;
}

export const iamSigningScope: SigningScope = { service: SIGV4_SERVICE, region: SIGV4_REGION };
const ALGORITHM = 'AWS4-HMAC-SHA256';
const SCOPE_TERMINATOR = 'aws4_request';
/** AWS: a signed request is accepted up to 15 minutes either side of the server's clock. */
export const MAX_CLOCK_SKEW_MS = 15 * 60 * 1000;

/** An incoming HTTP request, as much of it as a signature covers. */
export interface SignedRequest {
  method: string;
  /** The path without the query string, as received (`/graphql`). */
  path: string;
  /** The decoded query parameters. */
  query: Record<string, string | string[]>;
  /** Header names in lower case, as Node's `IncomingMessage.headers` gives them. */
  headers: Record<string, string | string[] | undefined>;
  /** The raw body bytes, exactly as received: the signature covers their SHA-256. */
  body: Buffer;
  /** The body's SHA-256 (hex) in its place, when only the hash was passed on (`authorize`'s signed evidence). */
  bodySha256?: string;
}

/** What the key store knows about an access key that may sign requests. */
export interface SigningCredentials {
  /** The signing key derived from the secret for the signature's scope (signing-keys.ts); nothing here prints it. */
  signingKey: HmacSha256Key;
  /** Temporary credentials (ASIA…) only: `StsSession.sessionTokenHash`, the token's `hashBearerToken`. */
  sessionTokenHash?: string;
  /** Temporary credentials only: when they stop being accepted. */
  expiration?: Date;
}

/** Returns null for a key that is unknown, inactive or deleted: AWS answers all three the same way. */
export type SigningCredentialsLookup = (accessKeyId: string, scope: CredentialScope) => Promise<SigningCredentials | null>;

/** AWS's error codes for a request whose signature is not accepted. */
export type SigV4RefusalCode =
  | 'MissingAuthenticationToken'
  | 'IncompleteSignature'
  | 'InvalidClientTokenId'
  | 'SignatureDoesNotMatch'
  | 'RequestExpired'
  | 'ExpiredToken';

export type SigV4Verification =
  | { verified: true; accessKeyId: string; signingDate: Date; service: string; region: string }
  | { verified: false; code: SigV4RefusalCode; message: string };

/** The signature's parts, from the `Authorization` header or from the query string of a presigned URL. */
interface SignatureParameters {
  /** `header`: `Authorization` and `X-Amz-*` headers; `query`: AWS query-string authentication (a presigned URL). */
  form: 'header' | 'query';
  accessKeyId: string;
  scopeDate: string;
  scopeRegion: string;
  scopeService: string;
  scopeTerminator: string;
  signedHeaders: string[];
  signature: string;
  /** `X-Amz-Date`, as sent. */
  amzDate: string;
  /** `X-Amz-Security-Token`, with temporary credentials. */
  sessionToken: string | undefined;
  /** `X-Amz-Expires` of a presigned URL: seconds after `X-Amz-Date` during which it is accepted. */
  expiresSeconds?: number;
}

/** The SHA-256 of no bytes: the payload hash of a request without a body. */
const EMPTY_PAYLOAD_HASH = 'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855';

/** AWS's longest presigned URL lifetime: seven days. */
const MAX_PRESIGNED_EXPIRES_SECONDS = 7 * 24 * 60 * 60;
const QUERY_AUTH_PARAMETERS = ['X-Amz-Algorithm', 'X-Amz-Credential', 'X-Amz-Signature'] as const;

const MESSAGES = {
  missingToken: 'Request is missing Authentication Token',
  invalidToken: 'The security token included in the request is invalid.',
  expiredToken: 'The security token included in the request is expired',
  signatureMismatch:
    'The request signature we calculated does not match the signature you provided. Check your AWS Secret Access Key and signing method. Consult the service documentation for details.',
} as const;

/**
 * Verifies an AWS Signature Version 4 request, signed in its `Authorization` header or presigned in its query string
 * (`X-Amz-Algorithm`, `X-Amz-Credential`, `X-Amz-Date`, `X-Amz-Expires`, `X-Amz-SignedHeaders`, `X-Amz-Signature`,
 * `X-Amz-Security-Token`), by signing it again with the stored secret (`@smithy/signature-v4`, the signer of the AWS
 * SDKs) and comparing the two signatures in constant time.
 * The payload hash is always computed here from the body: the signer would otherwise take the client's
 * `X-Amz-Content-Sha256` on trust, and a tampered body would pass. That holds for presigned requests too: AWS signs
 * the payload of a presigned request for every service but Amazon S3 (whose `UNSIGNED-PAYLOAD` would let whoever holds
 * the URL send any operation in the body), so a presigned request with `UNSIGNED-PAYLOAD` is refused.
 */
export async function verifySigV4(
  request: SignedRequest,
  lookupCredentials: SigningCredentialsLookup,
  now: Date = new Date(),
  scope: SigningScope = iamSigningScope,
): Promise<SigV4Verification> {
  const authorization = singleHeader(request.headers, 'authorization');
  const presigned = carriesQuerySignature(request.query);
  if (authorization === undefined && !presigned) return refused('MissingAuthenticationToken', MESSAGES.missingToken);
  if (authorization !== undefined && presigned) {
    return refused(
      'IncompleteSignature',
      'Only one auth mechanism allowed; only the X-Amz-Algorithm query parameter or the Authorization header should be specified.',
    );
  }

  const parsed = authorization !== undefined ? parseAuthorizationHeader(authorization, request.headers) : parseQueryParameters(request.query);
  if (typeof parsed === 'string') return refused('IncompleteSignature', parsed);

  const signingDate = parseAmzDate(parsed.amzDate);
  if (!signingDate) {
    return refused('IncompleteSignature', `'X-Amz-Date' must be in the ISO 8601 basic format YYYYMMDD'T'HHMMSS'Z'.`);
  }
  const scopeProblem = describeScopeProblem(parsed, scope);
  if (scopeProblem) return refused('SignatureDoesNotMatch', scopeProblem);

  const headerProblem = describeSignedHeadersProblem(parsed);
  if (headerProblem) return refused('IncompleteSignature', headerProblem);

  const timeProblem = describeClockSkew(signingDate, parsed, now, scope.maxAgeMs);
  if (timeProblem) return refused('RequestExpired', timeProblem);

  const payloadHash = request.bodySha256?.toLowerCase() ?? (request.body.length === 0 ? EMPTY_PAYLOAD_HASH : hash('sha256', request.body, 'hex'));
  const claimedPayloadHash = singleHeader(request.headers, 'x-amz-content-sha256') ?? queryParameterIgnoringCase(request.query, 'x-amz-content-sha256');
  if (claimedPayloadHash !== undefined && claimedPayloadHash !== payloadHash) {
    return refused('SignatureDoesNotMatch', "The provided 'x-amz-content-sha256' header does not match what was computed.");
  }

  const credentials = await lookupCredentials(parsed.accessKeyId, { date: parsed.scopeDate, region: parsed.scopeRegion, service: parsed.scopeService });
  if (!credentials) return refused('InvalidClientTokenId', MESSAGES.invalidToken);
  if (!sessionTokenMatches(parsed.sessionToken, credentials.sessionTokenHash)) {
    return refused('InvalidClientTokenId', MESSAGES.invalidToken);
  }

  // Both 32 bytes: the presented signature is 64 hexadecimal digits (signatureParameters).
  const expectedSignature = signAgain(request, parsed, credentials.signingKey, payloadHash);
  if (!constantTimeEqualBytes(expectedSignature, Buffer.from(parsed.signature, 'hex'))) {
    return refused('SignatureDoesNotMatch', MESSAGES.signatureMismatch);
  }
  // Checked after the signature, so that only the holder of the secret learns that the credentials have expired.
  if (credentials.expiration && credentials.expiration.getTime() <= now.getTime()) {
    return refused('ExpiredToken', MESSAGES.expiredToken);
  }
  return { verified: true, accessKeyId: parsed.accessKeyId, signingDate, service: parsed.scopeService, region: parsed.scopeRegion };
}

/** Whether a request carries AWS query-string authentication (a presigned URL), complete or not. */
export function carriesQuerySignature(query: SignedRequest['query']): boolean {
  return QUERY_AUTH_PARAMETERS.some((name) => query[name] !== undefined);
}

function refused(code: SigV4RefusalCode, message: string): SigV4Verification {
  return { verified: false, code, message };
}

function singleHeader(headers: SignedRequest['headers'], name: string): string | undefined {
  const value = headers[name];
  return Array.isArray(value) ? value.join(',') : value;
}

/**
 * `AWS4-HMAC-SHA256 Credential=AKID/20260101/us-east-1/iam/aws4_request, SignedHeaders=host;x-amz-date, Signature=hex`,
 * with `X-Amz-Date` and `X-Amz-Security-Token` as headers. Returns AWS's IncompleteSignature message when a part is
 * missing or malformed.
 */
function parseAuthorizationHeader(header: string, headers: SignedRequest['headers']): SignatureParameters | string {
  const trimmed = header.trim();
  const firstSpace = trimmed.indexOf(' ');
  const algorithm = firstSpace === -1 ? trimmed : trimmed.slice(0, firstSpace);
  if (algorithm !== ALGORITHM) return `Unsupported AWS 'algorithm': '${algorithm.slice(0, 64)}'.`;

  let credential: string | undefined;
  let signedHeaders: string | undefined;
  let signature: string | undefined;
  // The comma-separated `name=value` parts, read in place (no list of parts); one without `=`, or starting with it, is skipped.
  for (let start = firstSpace + 1; start <= trimmed.length; ) {
    const comma = trimmed.indexOf(',', start);
    const end = comma === -1 ? trimmed.length : comma;
    const equals = trimmed.indexOf('=', start);
    if (equals > start && equals < end) {
      const name = trimmed.slice(start, equals).trim();
      if (name === 'Credential') credential = trimmed.slice(equals + 1, end).trim();
      else if (name === 'SignedHeaders') signedHeaders = trimmed.slice(equals + 1, end).trim();
      else if (name === 'Signature') signature = trimmed.slice(equals + 1, end).trim();
    }
    start = end + 1;
  }
  if (!credential || !signedHeaders || !signature) {
    return [
      credential ? null : "Authorization header requires 'Credential' parameter.",
      signature ? null : "Authorization header requires 'Signature' parameter.",
      signedHeaders ? null : "Authorization header requires 'SignedHeaders' parameter.",
    ]
      .filter((message): message is string => message !== null)
      .join(' ');
  }

  const amzDate = singleHeader(headers, 'x-amz-date');
  if (amzDate === undefined) return "Authorization header requires existence of a 'X-Amz-Date' header.";
  return signatureParameters('header', credential, signedHeaders, signature, amzDate, singleHeader(headers, 'x-amz-security-token'));
}

/**
 * AWS query-string authentication: every parameter is in the query string, which the signature covers whole (but for
 * `X-Amz-Signature` itself), so `X-Amz-Date`, `X-Amz-Expires` and `X-Amz-Security-Token` are signed with it.
 */
function parseQueryParameters(query: SignedRequest['query']): SignatureParameters | string {
  const names = ['X-Amz-Algorithm', 'X-Amz-Credential', 'X-Amz-Date', 'X-Amz-Expires', 'X-Amz-SignedHeaders', 'X-Amz-Signature'] as const;
  const repeated = [...names, 'X-Amz-Security-Token'].find((name) => Array.isArray(query[name]));
  if (repeated) return `AWS query-string parameter '${repeated}' must be given once.`;
  const value = (name: string) => query[name] as string | undefined;
  const missing = names.filter((name) => !value(name));
  if (missing.length > 0) {
    return `AWS query-string parameters must include ${missing.map((name) => `'${name}'`).join(', ')}. Re-examine the query-string parameters.`;
  }
  const algorithm = value('X-Amz-Algorithm')!;
  if (algorithm !== ALGORITHM) return `Unsupported AWS 'algorithm': '${algorithm.slice(0, 64)}'.`;
  const expires = value('X-Amz-Expires')!;
  if (!/^\d{1,7}$/.test(expires) || Number(expires) < 1) return "'X-Amz-Expires' must be a positive number of seconds.";
  if (Number(expires) > MAX_PRESIGNED_EXPIRES_SECONDS) {
    return `'X-Amz-Expires' must be less than a week (in seconds) that is ${MAX_PRESIGNED_EXPIRES_SECONDS}.`;
  }
  const parsed = signatureParameters(
    'query',
    value('X-Amz-Credential')!,
    value('X-Amz-SignedHeaders')!,
    value('X-Amz-Signature')!,
    value('X-Amz-Date')!,
    value('X-Amz-Security-Token'),
  );
  return typeof parsed === 'string' ? parsed : { ...parsed, expiresSeconds: Number(expires) };
}

function signatureParameters(
  form: SignatureParameters['form'],
  credential: string,
  signedHeaders: string,
  signature: string,
  amzDate: string,
  sessionToken: string | undefined,
): SignatureParameters | string {
  const scope = credential.split('/');
  const [accessKeyId, scopeDate, scopeRegion, scopeService, scopeTerminator] = scope;
  if (scope.length !== 5 || !accessKeyId || !scopeDate || !scopeRegion || !scopeService || !scopeTerminator) {
    return "Credential must have exactly 5 slash-delimited elements, e.g. keyid/date/region/service/term.";
  }
  if (!isLowerHexDigest(signature)) return 'Signature must be 64 lower-case hexadecimal characters.';
  return {
    form,
    accessKeyId,
    scopeDate,
    scopeRegion,
    scopeService,
    scopeTerminator,
    signedHeaders: signedHeaders.split(';'),
    signature,
    amzDate,
    sessionToken,
  };
}

/** `^[0-9a-f]{64}$`, without a regular expression's match state (a fifth of the header's parsing). */
function isLowerHexDigest(text: string): boolean {
  if (text.length !== 64) return false;
  for (let i = 0; i < 64; i++) {
    const code = text.charCodeAt(i);
    if (!((code >= 0x30 && code <= 0x39) || (code >= 0x61 && code <= 0x66))) return false;
  }
  return true;
}

function queryParameterIgnoringCase(query: SignedRequest['query'], lowerCaseName: string): string | undefined {
  const name = Object.keys(query).find((key) => key.toLowerCase() === lowerCaseName);
  const value = name === undefined ? undefined : query[name];
  return Array.isArray(value) ? value.join(',') : value;
}

/** `YYYYMMDD'T'HHMMSS'Z'`, an exact date only: one whose fields overflow (month 13, second 60) is no date. */
function parseAmzDate(amzDate: string): Date | null {
  if (amzDate.length !== 16 || amzDate[8] !== 'T' || amzDate[15] !== 'Z') return null;
  const year = digits(amzDate, 0, 4);
  const month = digits(amzDate, 4, 6);
  const day = digits(amzDate, 6, 8);
  const hour = digits(amzDate, 9, 11);
  const minute = digits(amzDate, 11, 13);
  const second = digits(amzDate, 13, 15);
  // Date.UTC reads years 0–99 as 1900–1999; a day beyond its month's last overflows into the next month.
  if (year < 100 || month < 1 || month > 12 || day < 1 || hour > 23 || minute > 59 || second > 59) return null;
  const date = new Date(Date.UTC(year, month - 1, day, hour, minute, second));
  return date.getUTCDate() === day ? date : null;
}

/** The decimal number written in `text` from `start` to `end`; NaN (which fails every comparison) for a non-digit. */
function digits(text: string, start: number, end: number): number {
  let value = 0;
  for (let i = start; i < end; i++) {
    const digit = text.charCodeAt(i) - 48;
    if (digit < 0 || digit > 9) return NaN;
    value = value * 10 + digit;
  }
  return value;
}

/** AWS's messages for a credential scope that is not `DATE/<region>/<service>/aws4_request`. */
function describeScopeProblem(header: SignatureParameters, scope: SigningScope): string | null {
  const { amzDate } = header;
  if (header.scopeTerminator !== SCOPE_TERMINATOR) {
    return `Credential should be scoped with a valid terminator: '${SCOPE_TERMINATOR}', not '${header.scopeTerminator.slice(0, 64)}'.`;
  }
  if (header.scopeService !== scope.service) {
    return `Credential should be scoped to correct service: '${scope.service}'.`;
  }
  if (scope.region !== undefined && header.scopeRegion !== scope.region) {
    return `Credential should be scoped to a valid region, not '${header.scopeRegion.slice(0, 64)}'.`;
  }
  if (header.scopeDate !== amzDate.slice(0, 8)) {
    return `Date in Credential scope does not match YYYYMMDD from ISO-8601 version of date from HTTP: '${header.scopeDate.slice(0, 16)}' != '${amzDate.slice(0, 8)}', from '${amzDate}'.`;
  }
  return null;
}

const REQUIRED_QUERY_SIGNED_HEADERS = ['host'];
const REQUIRED_SIGNED_HEADERS = ['host', 'x-amz-date'];
const REQUIRED_TOKEN_SIGNED_HEADERS = ['host', 'x-amz-date', 'x-amz-security-token'];

/**
 * AWS requires `host` to be signed. With the `Authorization` header Gatehouse also requires `x-amz-date` (an unsigned
 * date would let a captured request be replayed forever) and, with temporary credentials, `x-amz-security-token`;
 * a presigned URL carries both in its query string, which the signature covers.
 */
function describeSignedHeadersProblem(parameters: SignatureParameters): string | null {
  const required = parameters.form === 'query' ? REQUIRED_QUERY_SIGNED_HEADERS : parameters.sessionToken !== undefined ? REQUIRED_TOKEN_SIGNED_HEADERS : REQUIRED_SIGNED_HEADERS;
  for (const name of required) {
    if (parameters.signedHeaders.includes(name)) continue;
    const where = parameters.form === 'query' ? "the 'X-Amz-SignedHeaders' query parameter" : 'the AWS Authorization';
    return `'${name}' must be a 'SignedHeader' in ${where}.`;
  }
  return null;
}

/**
 * The `Authorization` header is accepted 15 minutes either side of the server's clock (back to `maxAgeMs` when the
 * scope shortens it); a presigned URL from its `X-Amz-Date` (up to 15 minutes ahead) until `X-Amz-Expires` seconds
 * after it, and no older than `maxAgeMs`.
 */
function describeClockSkew(signingDate: Date, parameters: SignatureParameters, now: Date, scopeMaxAgeMs: number | undefined): string | null {
  const { amzDate } = parameters;
  const skew = signingDate.getTime() - now.getTime();
  const presigned = parameters.expiresSeconds !== undefined;
  if (presigned && signingDate.getTime() + parameters.expiresSeconds! * 1000 < now.getTime()) return 'Request has expired.';
  const maxAgeMs = scopeMaxAgeMs ?? (presigned ? Infinity : MAX_CLOCK_SKEW_MS);
  if (skew < -maxAgeMs) {
    const earliest = formatAmzDate(new Date(now.getTime() - maxAgeMs));
    return `Signature expired: ${amzDate} is now earlier than ${earliest} (${formatAmzDate(now)} - ${maxAgeMs / 60_000} min.)`;
  }
  if (skew > MAX_CLOCK_SKEW_MS) {
    const latest = formatAmzDate(new Date(now.getTime() + MAX_CLOCK_SKEW_MS));
    return `Signature not yet current: ${amzDate} is still later than ${latest} (${formatAmzDate(now)} + 15 min.)`;
  }
  return null;
}

function formatAmzDate(date: Date): string {
  return date.toISOString().replace(/\.\d{3}Z$/, 'Z').replace(/[-:]/g, '');
}

/** Long-term keys must come without a token; temporary credentials only with their own token. */
function sessionTokenMatches(presented: string | undefined, storedHash: string | undefined): boolean {
  if (presented === undefined || storedHash === undefined) return presented === undefined && storedHash === undefined;
  return constantTimeEqual(hashBearerToken(presented), storedHash);
}

/**
 * The AWS SDK's own canonical request (`@smithy/signature-v4`: path normalisation and escaping, canonical query), for
 * a path or query string that normalisation or escaping would change. Only that part of its signer is used: the
 * signing key comes from signing-keys.ts, derived once per key and scope, where the SDK's signer would derive it again
 * from the secret (its own cache holds 50 keys, for all callers).
 */
class CanonicalRequest extends SignatureV4Base {
  constructor() {
    // Never used to sign: the base class wants credentials, a region and a service, which `of` does not read.
    super({ service: SIGV4_SERVICE, region: SIGV4_REGION, credentials: { accessKeyId: '', secretAccessKey: '' }, sha256: Hash.bind(null, 'sha256') });
  }

  of(request: HttpRequest, canonicalHeaders: HeaderBag, payloadHash: string): string {
    return this.createCanonicalRequest(request, canonicalHeaders, payloadHash);
  }
}

const canonicalRequest = new CanonicalRequest();

/**
 * A path that neither the SDK's canonical form nor URL parsing changes: segments of unreserved characters, none empty,
 * `.` or `..` (both drop or resolve those, and escape other characters). Most requests' paths are such.
 */
export function isPlainPath(path: string): boolean {
  let segmentStart = 0;
  for (let i = 0; i <= path.length; i++) {
    const code = i < path.length ? path.charCodeAt(i) : SLASH;
    if (code === SLASH) {
      const length = i - segmentStart;
      if (i > 0 && (length === 0 ? i < path.length : length <= 2 && isDots(path, segmentStart, i))) return false;
      segmentStart = i + 1;
    } else if (i === 0 || !UNRESERVED[code]) {
      return false;
    }
  }
  return true;
}

/** Whether the request has no query parameters, without listing their names. */
function hasNoMembers(query: SignedRequest['query']): boolean {
  for (const _ in query) return false;
  return true;
}

const SLASH = 0x2f;
/** RFC 3986's unreserved characters, which URI encoding leaves as they are: `A-Z a-z 0-9 - . _ ~`. */
const UNRESERVED = Array.from({ length: 128 }, (_, code) => /[A-Za-z0-9\-._~]/.test(String.fromCharCode(code)));

function isDots(path: string, start: number, end: number): boolean {
  for (let i = start; i < end; i++) if (path.charCodeAt(i) !== 0x2e) return false;
  return true;
}

/** A header value whose whitespace the SDK's canonical form reduces: a line break or tab, a run of spaces, one at either end. */
const UNTRIMMED_HEADER_VALUE = /[\r\n\t]|  |^ | $/;

/**
 * Signs (or presigns) the request again with exactly the headers the client signed, as the SDK's signer would. Its
 * canonical headers are those of `prepareRequest` and `getCanonicalHeaders`: the signed headers present, in order, with
 * their values' whitespace reduced; not those a signer generates (`authorization`, `date`, and `x-amz-date`, which the
 * header form puts back as signed); `x-amz-content-sha256`, when signed, with the payload hash computed here. A
 * presigned request's query string is taken as received (the canonical query leaves `X-Amz-Signature` out), with the
 * parameters the signer sets set again from the parsed scope.
 */
function signAgain(request: SignedRequest, parameters: SignatureParameters, signingKey: HmacSha256Key, payloadHash: string): Buffer {
  const plain = parameters.form === 'header' && isPlainPath(request.path) && hasNoMembers(request.query);
  // Canonical headers and signed header names are built as strings for a plain request, as pairs for the SDK's code.
  const headers: Array<[string, string]> = [];
  let canonicalHeaders = '';
  let headerNames = '';
  let previous: string | undefined;
  // The list is this request's own (signatureParameters split it from the header): sorted in place.
  for (const name of parameters.signedHeaders.sort()) {
    if (name === previous) continue;
    previous = name;
    const received =
      name === 'x-amz-content-sha256'
        ? payloadHash
        : name === 'x-amz-date'
          ? parameters.form === 'header' ? parameters.amzDate : undefined
          : name === 'authorization' || name === 'date' ? undefined : singleHeader(request.headers, name);
    if (received === undefined) continue;
    const value = UNTRIMMED_HEADER_VALUE.test(received) ? received.replace(/[\r\n]/g, ' ').replace(/[ \t]+/g, ' ').replace(/^ | $/g, '') : received;
    headerNames = headerNames === '' ? name : `${headerNames};${name}`;
    if (plain) canonicalHeaders = canonicalHeaders === '' ? `${name}:${value}` : `${canonicalHeaders}\n${name}:${value}`;
    else headers.push([name, value]);
  }
  // parseAmzDate took only exact dates: the value as sent is the signer's own format of `signingDate`.
  const longDate = parameters.amzDate;
  const scope = createScope(longDate.slice(0, 8), parameters.scopeRegion, parameters.scopeService);
  const method = request.method.toUpperCase();

  let canonical: string;
  if (plain) {
    canonical = `${method}\n${request.path}\n\n${canonicalHeaders}\n\n${headerNames}\n${payloadHash}`;
  } else {
    const query = { ...request.query } as QueryParameterBag;
    if (parameters.form === 'query') {
      query['X-Amz-Algorithm'] = ALGORITHM;
      query['X-Amz-Credential'] = `${parameters.accessKeyId}/${scope}`;
      query['X-Amz-Date'] = longDate;
      query['X-Amz-Expires'] = String(parameters.expiresSeconds);
      query['X-Amz-SignedHeaders'] = headerNames;
    }
    const copy: HttpRequest = { method, protocol: 'https:', hostname: '', path: request.path, query, headers: {} };
    canonical = canonicalRequest.of(copy, Object.fromEntries(headers), payloadHash);
  }
  return signingKey.digest(`${ALGORITHM}\n${longDate}\n${scope}\n${hash('sha256', canonical, 'hex')}`);
}
