import fc from 'fast-check';
import { validatePolicy } from '@gatehouse/evaluator';
import type { PrismaClient } from '@gatehouse/db';
import { iamErrorCodes } from '../../src/errors/iam-error-codes';
import { call, type CallOutcome } from './load-client';

/**
 * Hostile input through every surface, with fast-check: the arguments of GraphQL operations (control characters,
 * any unicode, very long strings, nulls, wrong types, negative and huge page sizes), policy documents through the
 * evaluator's parser and validator, SigV4 Authorization headers and cookies. Properties: never a 5xx, every error
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
const operations = fc.oneof(
  fc.record({ query: fc.constant('mutation ($u: String!, $p: String, $k: String!, $v: String!) { createUser(input: { userName: $u, path: $p, tags: [{ key: $k, value: $v }] }) { arn } }'), variables: fc.record({ u: argument, p: argument, k: argument, v: argument }) }),
  fc.record({ query: fc.constant('mutation ($g: String!, $p: String) { createGroup(input: { groupName: $g, path: $p }) { arn } }'), variables: fc.record({ g: argument, p: argument }) }),
  fc.record({ query: fc.constant('mutation ($n: String!, $d: String!) { createPolicy(input: { policyName: $n, policyDocument: $d }) { arn } }'), variables: fc.record({ n: argument, d: fc.oneof(anyPolicyText, argument) }) }),
  fc.record({ query: fc.constant('mutation ($u: String!, $n: String!, $d: String!) { putUserPolicy(input: { userName: $u, policyName: $n, policyDocument: $d }) { policyName } }'), variables: fc.record({ u: fc.oneof(fc.constant('fuzz-target'), argument), n: argument, d: fc.oneof(anyPolicyText, argument) }) }),
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

/** Header values fetch can send: Latin-1 only, no CR, LF or NUL (the HTTP layer refuses the others before us). */
const headerSafe = (value: string) => value.replace(/[^\u0020-\u007e\u0080-\u00ff\t]/g, '?').slice(0, 16_000);

function judge(target: HttpFuzzTarget, outcome: CallOutcome): boolean {
  target.figures.http += 1;
  target.figures.cases += 1;
  if (outcome.status >= 500) target.figures.fiveXX += 1;
  if (outcome.status === 0) target.figures.unanswered += 1;
  const uncoded = (outcome.errors ?? []).some((error) => !knownCodes.has(error.extensions?.code ?? ''));
  if (uncoded) target.figures.uncoded += 1;
  if (outcome.errors?.length && outcome.requestId) target.failedRequestIds.push(outcome.requestId);
  return outcome.status > 0 && outcome.status < 500 && !uncoded;
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
