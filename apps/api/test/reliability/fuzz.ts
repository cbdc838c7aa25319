import fc from 'fast-check';
import { validatePolicy } from '@gatehouse/evaluator';
import type { PrismaClient } from '@gatehouse/db';
import { iamErrorCodes } from '../../src/errors/iam-error-codes';
import type { JWTPayload } from 'jose';
import { call, type CallOutcome } from './load-client';
import type { JsonAnswer, SignedJsonClient } from '../json-protocol/signed-json-client';
import type { OidcTestIssuer, SigningKey, TestIssuerTenant } from '../../src/testing/oidc-test-issuer';

/**
 * Hostile input through every surface, with fast-check: the arguments of GraphQL operations (control characters,
 * any unicode, very long strings, nulls, wrong types, negative and huge page sizes), policy documents through the
 * evaluator's parser and validator, SigV4 Authorization headers and cookies, `authorize`/`authorizeBatch`,
 * AssumeRoleWithWebIdentity's tokens and the AWS Query protocol's form bodies. Properties: never a 5xx, every error
 * carries an AWS code, the server keeps answering; and (checked once at the end, `writesOnFailure`) no request that
 * failed left a change behind: every change writes its audit event in its own transaction, so a failed request's id
 * must have no successful event.
 */
export interface FuzzFigures {
  cases: number;
  http: number;
  fiveXX: number;
  /** Requests that got no answer at all (connection refused or reset, or no answer within 10 s). */
  unanswered: number;
  uncoded: number;
}

const knownCodes = new Set<string>(iamErrorCodes);

const shortHostileString = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 80 }),
  fc.string({ unit: fc.constantFrom('\u0000', '\u0001', '\u001f', '\u007f', '\u2028', '\ud800', '\uffff', '"', '\\', '*', '?', '$', '{', '}', '/', 'a', 'Z', '0', '.', '-', '@'), maxLength: 60 }),
  fc.stringMatching(/^[\w+=,.@-]{1,64}$/),
  fc.constantFrom('', ' ', 'null', '{', '[]', '*', '?*?*?*?*?*?*?*?*?*?*?*?*?*?*?*b', `${'*a'.repeat(500)}b`, 'arn:aws:iam::123456789012:user/*'),
);

/** Text as attackers send it: any unicode, control characters and U+0000, AWS-shaped names, wildcards, and long runs (rarer: each costs a big body). */
export const hostileString = fc.oneof(
  { weight: 30, arbitrary: shortHostileString },
  { weight: 1, arbitrary: fc.constantFrom('a'.repeat(70_000), `${'*a'.repeat(3000)}b`) },
  { weight: 1, arbitrary: fc.nat({ max: 600_000 }).map((length) => 'x'.repeat(length)) },
);

/** A value of any JSON type where a string, a number or an input object is expected. */
const wrongTyped = fc.oneof(fc.constant(null), fc.integer(), fc.double(), fc.boolean(), fc.array(fc.string(), { maxLength: 3 }), fc.dictionary(fc.string({ maxLength: 5 }), fc.string({ maxLength: 5 }), { maxKeys: 3 }));
const argument = fc.oneof({ weight: 6, arbitrary: hostileString }, { weight: 1, arbitrary: wrongTyped });
const pageSize = fc.oneof(fc.integer({ min: -5, max: 2000 }), fc.constantFrom(0, -1, 2 ** 31 - 1, -(2 ** 31), 2 ** 31, 1e300), wrongTyped);

const anyPolicyText = fc.oneof(
  fc.json({ maxDepth: 4 }),
  fc.string({ unit: 'binary', maxLength: 200 }),
  fc.record({
    Version: fc.oneof(fc.constantFrom('2012-10-17', '2008-10-17'), shortHostileString),
    Statement: fc.array(
      fc.record(
        {
          Sid: shortHostileString,
          Effect: fc.oneof(fc.constantFrom('Allow', 'Deny'), shortHostileString),
          Action: fc.oneof(shortHostileString, fc.array(shortHostileString, { maxLength: 3 })),
          Resource: fc.oneof(shortHostileString, fc.array(shortHostileString, { maxLength: 3 })),
          Condition: fc.anything({ maxDepth: 3 }),
        },
        { requiredKeys: [] },
      ),
      { maxLength: 3 },
    ),
  }).map((document) => JSON.stringify(document)),
);

/** The operations fuzzed over HTTP, each with its arguments as variables. */
/** The user the fuzz suite creates (fuzz.test.ts, the soak), by name: some cases reach it. */
const fuzzTarget = 'fuzz-target';

const operations = fc.oneof(
  fc.record({ query: fc.constant('mutation ($u: String!, $p: String, $k: String!, $v: String!) { createUser(input: { userName: $u, path: $p, tags: [{ key: $k, value: $v }] }) { arn } }'), variables: fc.record({ u: argument, p: argument, k: argument, v: argument }) }),
  fc.record({ query: fc.constant('mutation ($g: String!, $p: String) { createGroup(input: { groupName: $g, path: $p }) { arn } }'), variables: fc.record({ g: argument, p: argument }) }),
  fc.record({ query: fc.constant('mutation ($n: String!, $d: String!) { createPolicy(input: { policyName: $n, policyDocument: $d }) { arn } }'), variables: fc.record({ n: argument, d: fc.oneof(anyPolicyText, argument) }) }),
  fc.record({ query: fc.constant('mutation ($u: String!, $n: String!, $d: String!) { putUserPolicy(input: { userName: $u, policyName: $n, policyDocument: $d }) { policyName } }'), variables: fc.record({ u: fc.oneof(fc.constant(fuzzTarget), argument), n: argument, d: fc.oneof(anyPolicyText, argument) }) }),
  fc.record({ query: fc.constant('mutation ($r: String!, $d: String!, $m: Int) { createRole(input: { roleName: $r, assumeRolePolicyDocument: $d, maxSessionDuration: $m }) { arn } }'), variables: fc.record({ r: argument, d: fc.oneof(anyPolicyText, argument), m: pageSize }) }),
  fc.record({ query: fc.constant('query ($u: String!) { getUser(userName: $u) { arn tags { key } } }'), variables: fc.record({ u: argument }) }),
  fc.record({ query: fc.constant('query ($g: String!) { getGroup(groupName: $g) { arn } }'), variables: fc.record({ g: argument }) }),
  fc.record({ query: fc.constant('query ($f: Int!, $a: String, $p: String) { listUsers(first: $f, after: $a, pathPrefix: $p) { totalCount edges { node { userName } } } }'), variables: fc.record({ f: pageSize, a: argument, p: argument }) }),
  fc.record({ query: fc.constant('query ($f: Int!, $e: String) { lookupEvents(first: $f, eventName: $e) { totalCount } }'), variables: fc.record({ f: pageSize, e: argument }) }),
  fc.record({ query: fc.constant('query ($d: String!, $a: String!, $r: String!) { simulateCustomPolicy(input: { policyInputList: [$d], actionNames: [$a], resourceArns: [$r] }) { evaluationResults { evalDecision } } }'), variables: fc.record({ d: fc.oneof(anyPolicyText, argument), a: argument, r: argument }) }),
  fc.record({ query: fc.constant('mutation ($u: String, $k: String!) { deleteAccessKey(input: { userName: $u, accessKeyId: $k }) }'), variables: fc.record({ u: argument, k: argument }) }),
  fc.record({ query: fc.constant('mutation ($u: String, $k: String!) { updateAccessKey(input: { userName: $u, accessKeyId: $k, status: Inactive }) { status } }'), variables: fc.record({ u: argument, k: argument }) }),
  fc.record({ query: fc.constant('mutation ($u: String, $s: String!, $c: String!) { enableMFADevice(input: { userName: $u, serialNumber: $s, authenticationCode1: $c, authenticationCode2: $c }) { serialNumber } }'), variables: fc.record({ u: argument, s: argument, c: argument }) }),
);

const sigV4Header = fc.oneof(
  hostileString,
  fc.record({ key: hostileString, date: hostileString, headers: hostileString, signature: hostileString }).map(
    ({ key, date, headers, signature }) => `AWS4-HMAC-SHA256 Credential=${key}/${date}/us-east-1/iam/aws4_request, SignedHeaders=${headers}, Signature=${signature}`,
  ),
  fc.record({ signature: fc.stringMatching(/^[0-9a-f]{64}$/) }).map(({ signature }) => `AWS4-HMAC-SHA256 Credential=AKIAIOSFODNN7EXAMPLE/20260101/us-east-1/iam/aws4_request, SignedHeaders=host;x-amz-date, Signature=${signature}`),
);
const amzDate = fc.oneof(hostileString, fc.date({ noInvalidDate: true }).map((date) => date.toISOString().replace(/[-:]|\.\d{3}/g, '')));
const cookieHeader = fc.oneof(hostileString.map((value) => `gatehouse-session=${value}`), fc.string({ unit: 'binary', maxLength: 200 }));

export interface HttpFuzzTarget {
  graphqlUrl: string;
  cookie: string;
  figures: FuzzFigures;
  failedRequestIds: string[];
}

/** What the web identity cases need: a role that trusts the issuer's provider, and the issuer's signing key. */
export interface WebIdentityFuzzTarget {
  roleArn: string;
  tenant: TestIssuerTenant;
  key: SigningKey;
  /** A key the issuer never published: its signatures must not be trusted. */
  unpublishedKey: SigningKey;
}

/** Header values fetch can send: Latin-1 only, no CR, LF or NUL (the HTTP layer refuses the others before us). */
const headerSafe = (value: string) => value.replace(/[^\u0020-\u007e\u0080-\u00ff\t]/g, '?').slice(0, 16_000);

/** The codes the Query protocol answers before GraphQL runs (src/query-protocol/), besides the IAM ones. */
const queryProtocolCodes = new Set(['InvalidAction', 'InvalidInput', 'MalformedQueryString', 'MissingAction', 'MissingParameter', 'ValidationError']);

/**
 * Counts one HTTP case in the target's figures (a 5xx, no answer, an error without a code the API may answer, the id
 * of a request that failed), and says whether it passes: answered, under 500, coded.
 */
function tally(target: HttpFuzzTarget, outcome: { status: number; failed: boolean; uncoded: boolean; requestId: string | null | undefined }): boolean {
  target.figures.http += 1;
  target.figures.cases += 1;
  if (outcome.status >= 500) target.figures.fiveXX += 1;
  if (outcome.status === 0) target.figures.unanswered += 1;
  if (outcome.uncoded) target.figures.uncoded += 1;
  if (outcome.failed && outcome.requestId) target.failedRequestIds.push(outcome.requestId);
  return outcome.status > 0 && outcome.status < 500 && !outcome.uncoded;
}

function judge(target: HttpFuzzTarget, outcome: CallOutcome): boolean {
  const uncoded = (outcome.errors ?? []).some((error) => !knownCodes.has(error.extensions?.code ?? ''));
  return tally(target, { status: outcome.status, failed: Boolean(outcome.errors?.length), uncoded, requestId: outcome.requestId });
}

export function graphqlArgumentsProperty(target: HttpFuzzTarget) {
  return fc.asyncProperty(operations, async ({ query, variables }) => judge(target, await call(target.graphqlUrl, query, variables, { cookie: target.cookie })));
}

export function sigV4Property(target: HttpFuzzTarget) {
  return fc.asyncProperty(sigV4Header, amzDate, fc.option(hostileString), async (authorization, date, token) =>
    judge(
      target,
      await call(target.graphqlUrl, '{ getCallerIdentity { arn } }', {}, {
        headers: { authorization: headerSafe(authorization), 'x-amz-date': headerSafe(date), ...(token === null ? {} : { 'x-amz-security-token': headerSafe(token) }) },
      }),
    ),
  );
}

export function cookieProperty(target: HttpFuzzTarget) {
  return fc.asyncProperty(cookieHeader, async (cookie) => judge(target, await call(target.graphqlUrl, '{ listUsers(first: 1) { totalCount } }', {}, { headers: { cookie: headerSafe(cookie) } })));
}

const contextKeyType = fc.constantFrom('binary', 'binaryList', 'boolean', 'booleanList', 'date', 'dateList', 'ip', 'ipList', 'numeric', 'numericList', 'string', 'stringList');
const contextEntry = fc.record({
  contextKeyName: fc.oneof(fc.constantFrom('aws:SourceIp', 'aws:CurrentTime', 'aws:PrincipalTag/team', 'orders:Amount', 'aws:username'), shortHostileString),
  contextKeyType,
  contextKeyValues: fc.array(fc.oneof(shortHostileString, fc.constantFrom('10.0.0.0/8', '::1', '2026-01-01T00:00:00Z', 'true', '1e308', 'NaN', '-0', 'AA==')), { maxLength: 4 }),
});
const headerInput = fc.record({ name: fc.oneof(fc.constantFrom('host', 'x-amz-date', 'authorization', 'x-amz-security-token', 'x-amz-content-sha256'), shortHostileString), value: hostileString });
const signedRequest = fc.record(
  {
    url: fc.oneof(fc.constantFrom('https://orders.example.com/orders/42', 'http://x/?a=1&a=2', 'https://[::1]:0/', 'a', '/orders/42', ''), fc.webUrl(), shortHostileString),
    method: fc.oneof(fc.constantFrom('GET', 'POST', 'DELETE'), shortHostileString),
    headers: fc.array(headerInput, { maxLength: 5 }),
    body: fc.option(hostileString, { nil: undefined }),
    bodySha256: fc.option(fc.oneof(fc.stringMatching(/^[0-9a-f]{64}$/), shortHostileString), { nil: undefined }),
  },
  { requiredKeys: ['url', 'method', 'headers'] },
);
const authorizeInput = fc.record(
  {
    action: fc.oneof(fc.constantFrom('orders:GetOrder', 'iam:GetUser', 's3:GetObject'), argument),
    resource: fc.oneof(fc.constantFrom('arn:aws:orders:::order/42', '*'), argument),
    resourcePolicy: fc.oneof(anyPolicyText, argument),
    context: fc.array(contextEntry, { maxLength: 4 }),
    // `fuzz-target…`: the fuzz target user's ARN, or that ARN with hostile text after it (one a lookup would find but for it).
    principalArn: fc.oneof(fc.constant(fuzzTarget), shortHostileString.map((text) => fuzzTarget + text), argument),
    signedRequest,
  },
  { requiredKeys: ['action', 'resource'] },
);

/**
 * An input valid but for one hostile member: an input hostile all over is refused at its first check, and never
 * reaches the later ones (the principal's lookup, the resource policy's parse, the context's conversion).
 */
const nearlyValidInput = fc.oneof(
  fc.record({ action: argument }),
  fc.record({ resource: argument }),
  // Often a character no storage layer takes (U+0000, half a surrogate pair) in a name a lookup would otherwise find.
  fc.record({ principalArn: fc.oneof(shortHostileString, fc.constantFrom('\u0000', '-\u0000x', '\ud800')).map((text) => fuzzTarget + text) }),
  fc.record({ resourcePolicy: fc.oneof(anyPolicyText, argument) }),
  fc.record({ context: fc.array(contextEntry, { minLength: 1, maxLength: 4 }) }),
).map((hostile) => ({ action: 'orders:GetOrder', resource: '*', principalArn: fuzzTarget, ...hostile }));

/** authorizeInput with `fuzz-target…` turned into the fuzz target user's ARN (and what follows it), so that some cases reach the evaluator. */
function targetingInput(fuzzTargetArn: string) {
  return fc.oneof(authorizeInput, nearlyValidInput).map((input) =>
    typeof input.principalArn === 'string' && input.principalArn.startsWith(fuzzTarget) ? { ...input, principalArn: fuzzTargetArn + input.principalArn.slice(fuzzTarget.length) } : input,
  );
}

/**
 * `authorize` and `authorizeBatch` as a protected service calls them (with the root user's session): hostile resource
 * policies, context entries of every type, signed-request pieces and principal ARNs (`targetingInput`).
 */
export function authorizeProperty(target: HttpFuzzTarget, fuzzTargetArn: string) {
  const resolved = targetingInput(fuzzTargetArn);
  return fc.asyncProperty(fc.oneof(resolved.map((input) => [input]), fc.array(resolved, { minLength: 0, maxLength: 4 })), fc.boolean(), async (inputs, batch) =>
    judge(
      target,
      batch || inputs.length !== 1
        ? await call(target.graphqlUrl, 'query ($i: [AuthorizeInput!]!) { authorizeBatch(inputs: $i) { decision principalArn } }', { i: inputs }, { cookie: target.cookie })
        : await call(target.graphqlUrl, 'query ($i: AuthorizeInput!) { authorize(input: $i) { decision principalArn matchedStatements { sid } } }', { i: inputs[0] }, { cookie: target.cookie }),
    ),
  );
}

/** The codes the JSON protocol answers before the operation runs (src/json-protocol/), besides the IAM ones. */
const jsonProtocolCodes = new Set(['SerializationException', 'UnknownOperationException', 'ValidationException']);

function judgeJson(target: HttpFuzzTarget, answer: JsonAnswer | undefined): boolean {
  const status = answer?.status ?? 0;
  const failed = status !== 200;
  const code: unknown = answer?.body?.__type;
  const uncoded = failed && status !== 0 && !(typeof code === 'string' && (knownCodes.has(code) || jsonProtocolCodes.has(code)));
  return tally(target, { status, failed, uncoded, requestId: answer?.headers.get('x-amzn-requestid') });
}

/**
 * The same hostile inputs over AWS's JSON protocol (`Gatehouse.Authorize`, `Gatehouse.AuthorizeBatch`), signed with
 * the root user's access key: there no GraphQL layer stands in front of the operation (a U+0000 in a principal ARN
 * once reached the database from here).
 */
export function authorizeJsonProperty(target: HttpFuzzTarget, client: SignedJsonClient, fuzzTargetArn: string) {
  const resolved = targetingInput(fuzzTargetArn);
  return fc.asyncProperty(fc.array(resolved, { minLength: 0, maxLength: 4 }), fc.boolean(), async (inputs, batch) => {
    const answer = await client
      .call(batch || inputs.length !== 1 ? 'AuthorizeBatch' : 'Authorize', batch || inputs.length !== 1 ? { inputs } : inputs[0])
      .catch(() => undefined);
    return judgeJson(target, answer);
  });
}

/** An OpenID Connect provider for a tenant of the test issuer, and a role that trusts it for `sts.amazonaws.com`. */
export async function webIdentityFuzzTarget(client: { data(query: string, variables?: Record<string, unknown>): Promise<any> }, oidc: OidcTestIssuer): Promise<WebIdentityFuzzTarget> {
  const tenant = oidc.tenant('fuzz');
  const key = await tenant.newKey('RS256');
  const unpublishedKey = await tenant.newKey('RS256', { publish: false });
  const provider = await client.data('mutation ($i: CreateOpenIDConnectProviderInput!) { createOpenIDConnectProvider(input: $i) { arn } }', {
    i: { url: tenant.issuer, clientIDList: ['sts.amazonaws.com'] },
  });
  const trust = { Version: '2012-10-17', Statement: [{ Effect: 'Allow', Principal: { Federated: provider.createOpenIDConnectProvider.arn }, Action: 'sts:AssumeRoleWithWebIdentity' }] };
  const role = await client.data('mutation ($i: CreateRoleInput!) { createRole(input: $i) { arn } }', {
    i: { roleName: 'fuzz-web-identity', assumeRolePolicyDocument: JSON.stringify(trust) },
  });
  return { roleArn: role.createRole.arn, tenant, key, unpublishedKey };
}

const base64url = (value: string) => Buffer.from(value, 'utf8').toString('base64url');
const claims = fc.record(
  {
    iss: fc.oneof(fc.constantFrom('https://evil.example.com', 'http://127.0.0.1:1'), shortHostileString, wrongTyped),
    aud: fc.oneof(fc.constantFrom('sts.amazonaws.com', 'other'), fc.array(shortHostileString, { maxLength: 3 }), wrongTyped),
    sub: fc.oneof(shortHostileString, wrongTyped),
    exp: fc.oneof(fc.integer(), fc.double(), wrongTyped),
    nbf: fc.oneof(fc.integer(), wrongTyped),
    iat: fc.oneof(fc.integer(), wrongTyped),
    'https://aws.amazon.com/source_identity': fc.oneof(shortHostileString, wrongTyped),
  },
  { requiredKeys: [] },
);

/**
 * AssumeRoleWithWebIdentity, anonymous, with tokens an attacker makes: any text, JWT-shaped garbage, `alg: none`,
 * tokens of 400 KB and 1 MB, and tokens properly signed by the issuer's key but with wrong issuers, audiences or
 * times, or signed by a key it never published.
 */
export function webIdentityProperty(target: HttpFuzzTarget, identity: WebIdentityFuzzTarget) {
  const now = Math.floor(Date.now() / 1000);
  const token = fc.oneof(
    hostileString,
    fc.tuple(fc.json({ maxDepth: 2 }), fc.json({ maxDepth: 2 }), shortHostileString).map(([header, payload, signature]) => `${base64url(header)}.${base64url(payload)}.${signature}`),
    claims.map((payload) => `${base64url(JSON.stringify({ alg: 'none', typ: 'JWT' }))}.${base64url(JSON.stringify({ ...payload, iss: identity.tenant.issuer }))}.`),
    // 400 KB reaches the verifier; 1 MB passes the body limit (LimitExceeded).
    fc.constantFrom('a.b.c', '..', '.', `${'e'.repeat(400_000)}.e.e`, `${'e'.repeat(1_000_000)}.e.e`, `${base64url('{"alg":"RS256","kid":"' + 'k'.repeat(20_000) + '"}')}.e30.AA`),
    fc.record({ payload: claims, published: fc.boolean(), keepIssuer: fc.boolean(), expired: fc.boolean() }).map((spec) => ({ ...spec, sign: true as const })),
  );
  return fc.asyncProperty(token, fc.oneof(fc.constant(identity.roleArn), argument), fc.oneof(fc.constantFrom('fuzz', 'a'.repeat(64)), argument), async (candidate, roleArn, roleSessionName) => {
    let webIdentityToken: unknown = candidate;
    if (typeof candidate === 'object' && candidate !== null && 'sign' in candidate) {
      const payload = { ...candidate.payload, ...(candidate.keepIssuer ? { iss: identity.tenant.issuer } : {}), ...(candidate.expired ? { exp: now - 600 } : {}) };
      webIdentityToken = await identity.tenant.sign(candidate.published ? identity.key : identity.unpublishedKey, payload as JWTPayload).catch(() => 'unsignable');
    }
    return judge(
      target,
      await call(
        target.graphqlUrl,
        'mutation ($i: AssumeRoleWithWebIdentityInput!) { assumeRoleWithWebIdentity(input: $i) { subjectFromWebIdentityToken credentials { accessKeyId } } }',
        { i: { roleArn, roleSessionName, webIdentityToken } },
      ),
    );
  });
}

const queryActions = fc.constantFrom('ListUsers', 'GetUser', 'CreateUser', 'PutUserPolicy', 'CreateRole', 'AssumeRoleWithWebIdentity', 'GetCallerIdentity', 'SimulateCustomPolicy', 'TagUser', 'NoSuchAction', 'constructor', '__proto__', 'hasOwnProperty');
const formName = fc.oneof(
  fc.constantFrom('Action', 'Version', 'UserName', 'Path', 'Tags.member.1.Key', 'Tags.member.1.Value', 'Tags.member.0.Key', 'Tags.member.99999999999.Key', 'PolicyDocument', 'PolicyName', 'RoleArn', 'RoleSessionName', 'WebIdentityToken', 'MaxItems', 'Marker', 'X-Amz-Signature', '__proto__', 'constructor'),
  shortHostileString,
);
/** Percent-encoding as clients get it wrong: lone `%`, bad hex, overlong and truncated UTF-8, `+`, raw control characters. */
const encodedValue = fc.oneof(
  hostileString.map((value) => encodeURIComponent(value.replace(/[\ud800-\udfff]/g, '?'))),
  fc.constantFrom('%', '%z', '%zz', '%E0%A4', '%C0%AF', '%ED%A0%80', '%FF', '+', '%00', 'a%2', '%%%', '%25', '=', '&&', '\u0000'),
  fc.string({ unit: 'binary', maxLength: 60 }),
);
const formPair = fc.tuple(fc.oneof(formName.map((name) => encodeURIComponent(name.replace(/[\ud800-\udfff]/g, '?'))), encodedValue), encodedValue);
const queryForm = fc.record({
  action: fc.option(queryActions, { nil: undefined }),
  version: fc.option(fc.oneof(fc.constantFrom('2010-05-08', '2011-06-15'), shortHostileString), { nil: undefined }),
  pairs: fc.array(formPair, { maxLength: 8 }),
  /** Pairs repeated as given: a key twice, or the Action twice. */
  repeat: fc.nat({ max: 3 }),
});

/**
 * The AWS Query protocol (`POST /` with a form body, `GET /?Action=…`), unsigned and with hostile forms: random and
 * unknown actions, names of object prototypes, malformed percent-encoding, repeated keys, huge values, bodies of other
 * media types. Every error must come in AWS's XML shape (`ErrorResponse/Error/Code`) with a known code.
 */
export function queryProtocolProperty(target: HttpFuzzTarget) {
  const url = target.graphqlUrl.replace(/\/graphql$/, '/');
  return fc.asyncProperty(
    queryForm,
    fc.constantFrom('POST', 'GET'),
    fc.constantFrom('application/x-www-form-urlencoded', 'application/x-www-form-urlencoded; charset=utf-8', 'application/x-www-form-urlencoded; charset=latin1', 'text/plain', 'application/json', ''),
    async (form, method, contentType) => {
      const pairs = [...(form.action !== undefined ? [['Action', form.action]] : []), ...(form.version !== undefined ? [['Version', form.version]] : []), ...form.pairs];
      const repeated = pairs.slice(0, form.repeat);
      const body = [...pairs, ...repeated].map(([name, value]) => `${name}=${value}`).join('&');
      // A GET without a query string is no Query request (`GET /` is answered as a plain 404); one whose URL passes
      // Node's 16 KB header limit is refused by the HTTP parser before routing (server.test.ts checks that answer).
      const get = method === 'GET' && body !== '' && body.length < 8000;
      const outcome = await queryCall(get ? `${url}?${body}` : url, get ? 'GET' : 'POST', get ? undefined : body, contentType);
      return judgeQuery(target, outcome);
    },
  );
}

interface QueryOutcome {
  status: number;
  body: string;
  requestId: string | null;
}

async function queryCall(url: string, method: string, body: string | undefined, contentType: string): Promise<QueryOutcome> {
  try {
    const response = await fetch(url, {
      method,
      headers: contentType ? { 'content-type': contentType } : {},
      ...(body === undefined ? {} : { body }),
      signal: AbortSignal.timeout(10_000),
    });
    return { status: response.status, body: await response.text(), requestId: response.headers.get('x-amzn-requestid') };
  } catch {
    return { status: 0, body: '', requestId: null };
  }
}

function judgeQuery(target: HttpFuzzTarget, outcome: QueryOutcome): boolean {
  const code = /^<ErrorResponse xmlns="[^"]+"><Error><Type>(?:Sender|Receiver)<\/Type><Code>([A-Za-z]+)<\/Code><Message>[^<]*<\/Message><\/Error><RequestId>[^<]*<\/RequestId><\/ErrorResponse>$/.exec(outcome.body)?.[1];
  const failed = outcome.status !== 200;
  // A character XML 1.0 cannot hold makes the whole answer unreadable to an AWS SDK, coded or not.
  const unreadable = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/.test(outcome.body);
  const uncoded = unreadable || (failed && outcome.status !== 0 && (code === undefined || !(knownCodes.has(code) || queryProtocolCodes.has(code))));
  return tally(target, { status: outcome.status, failed, uncoded, requestId: outcome.requestId });
}

/** In process: the evaluator's parser and validator return findings for any text, and never throw. */
export function policyDocumentProperty(figures: FuzzFigures) {
  return fc.property(anyPolicyText, fc.constantFrom('identity', 'resource', 'trust', 'boundary', 'session') as fc.Arbitrary<'identity'>, (text, kind) => {
    figures.cases += 1;
    const findings = validatePolicy(text, { kind });
    return Array.isArray(findings) && findings.every((finding) => typeof finding.code === 'string' && typeof finding.message === 'string');
  });
}

/** Successful audit events (changes) written by requests that answered with an error: must be none. */
export async function writesOnFailure(prisma: PrismaClient, failedRequestIds: string[]): Promise<number> {
  let found = 0;
  for (let i = 0; i < failedRequestIds.length; i += 1000) {
    found += await prisma.auditEvent.count({ where: { errorCode: null, requestId: { in: failedRequestIds.slice(i, i + 1000) } } });
  }
  return found;
}
