import { Sha256 } from '@aws-crypto/sha256-js';
import fc from 'fast-check';
import { hashBearerToken } from '@gatehouse/credentials';
import { SignatureV4 } from '@smithy/signature-v4';
import type { AwsCredentialIdentity, HttpRequest } from '@smithy/types';
import { HmacSha256Key } from '../../src/auth/hmac-sha256-key';
import { deriveSigningKey } from '../../src/auth/signing-keys';
import { verifySigV4, type SignedRequest, type SigningCredentialsLookup } from '../../src/auth/sigv4';

// The client side is the AWS SDK's own signer with the pure-JS SHA-256 of @aws-crypto, so the server's code
// (node:crypto, re-signing, comparison) is checked against an independent implementation.
const LONG_TERM = { accessKeyId: 'AKIAEXAMPLEKEY000001', secretAccessKey: 'wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY' };
const TEMPORARY = {
  accessKeyId: 'ASIAEXAMPLEKEY000002',
  secretAccessKey: 'je7MtGbClwBF/2Zp9Utk/h3yCo8nvbEXAMPLEKEY',
  sessionToken: 'IQoJb3JpZ2luX2VjEXAMPLETOKEN+/=',
};
const SIGNED_AT = new Date('2026-03-01T12:00:00Z');
const BODY = JSON.stringify({ query: '{ getCallerIdentity { arn } }' });

const keyStore = new Map<string, { secretAccessKey: string; sessionTokenHash?: string; expiration?: Date }>([
  [LONG_TERM.accessKeyId, { secretAccessKey: LONG_TERM.secretAccessKey }],
  [
    TEMPORARY.accessKeyId,
    {
      secretAccessKey: TEMPORARY.secretAccessKey,
      sessionTokenHash: hashBearerToken(TEMPORARY.sessionToken),
      expiration: new Date('2026-03-01T13:00:00Z'),
    },
  ],
]);
const lookup: SigningCredentialsLookup = async (accessKeyId, scope) => {
  const stored = keyStore.get(accessKeyId);
  if (!stored) return null;
  const { secretAccessKey, ...rest } = stored;
  return { signingKey: new HmacSha256Key(deriveSigningKey(secretAccessKey, scope)), ...rest };
};

async function signWithSdk(
  credentials: AwsCredentialIdentity,
  options: { body?: string; signingDate?: Date; region?: string; service?: string } = {},
): Promise<HttpRequest> {
  const signer = new SignatureV4({
    credentials,
    region: options.region ?? 'us-east-1',
    service: options.service ?? 'iam',
    sha256: Sha256,
  });
  return signer.sign(
    {
      method: 'POST',
      protocol: 'https:',
      hostname: 'gatehouse.example.com',
      path: '/graphql',
      query: {},
      headers: { host: 'gatehouse.example.com', 'content-type': 'application/json' },
      body: options.body ?? BODY,
    },
    { signingDate: options.signingDate ?? SIGNED_AT },
  );
}

/** What the server receives: header names lower-cased by Node, the body as raw bytes. */
function asReceived(signed: HttpRequest, body: string = BODY): SignedRequest {
  const headers: SignedRequest['headers'] = {};
  for (const [name, value] of Object.entries(signed.headers)) headers[name.toLowerCase()] = value;
  return { method: signed.method, path: signed.path, query: {}, headers, body: Buffer.from(body, 'utf8') };
}

describe('verifySigV4 against requests signed by @smithy/signature-v4', () => {
  it('accepts a request signed with a long-term access key', async () => {
    const signed = await signWithSdk(LONG_TERM);
    expect(signed.headers['x-amz-content-sha256']).toBeDefined();
    await expect(verifySigV4(asReceived(signed), lookup, SIGNED_AT)).resolves.toEqual({
      verified: true,
      accessKeyId: LONG_TERM.accessKeyId,
      signingDate: SIGNED_AT,
      service: 'iam',
      region: 'us-east-1',
    });
  });

  it('accepts a request that does not send X-Amz-Content-Sha256, hashing the body itself', async () => {
    const signer = new SignatureV4({ credentials: LONG_TERM, region: 'us-east-1', service: 'iam', sha256: Sha256, applyChecksum: false });
    const signed = await signer.sign(
      { method: 'POST', protocol: 'https:', hostname: 'h', path: '/graphql', query: {}, headers: { host: 'h' }, body: BODY },
      { signingDate: SIGNED_AT },
    );
    expect(signed.headers['x-amz-content-sha256']).toBeUndefined();
    await expect(verifySigV4(asReceived(signed), lookup, SIGNED_AT)).resolves.toMatchObject({ verified: true });
  });

  it('accepts temporary credentials with their session token', async () => {
    const signed = await signWithSdk(TEMPORARY);
    expect(signed.headers['x-amz-security-token']).toBe(TEMPORARY.sessionToken);
    await expect(verifySigV4(asReceived(signed), lookup, SIGNED_AT)).resolves.toMatchObject({
      verified: true,
      accessKeyId: TEMPORARY.accessKeyId,
    });
  });

  it('refuses a body changed after signing, even when the content hash header is left as signed', async () => {
    const signed = await signWithSdk(LONG_TERM);
    const tampered = asReceived(signed, JSON.stringify({ query: 'mutation { deleteUser(userName: "alice") }' }));
    await expect(verifySigV4(tampered, lookup, SIGNED_AT)).resolves.toMatchObject({
      verified: false,
      code: 'SignatureDoesNotMatch',
    });
  });

  it('refuses a tampered body whose content hash header was rewritten to match it', async () => {
    const signed = await signWithSdk(LONG_TERM);
    const otherBody = JSON.stringify({ query: '{ listUsers { totalCount } }' });
    const resigned = await signWithSdk(LONG_TERM, { body: otherBody });
    const tampered = asReceived(
      { ...signed, headers: { ...signed.headers, 'x-amz-content-sha256': resigned.headers['x-amz-content-sha256']! } },
      otherBody,
    );
    await expect(verifySigV4(tampered, lookup, SIGNED_AT)).resolves.toMatchObject({
      verified: false,
      code: 'SignatureDoesNotMatch',
    });
  });

  it('refuses a signature made with the wrong secret', async () => {
    const signed = await signWithSdk({ ...LONG_TERM, secretAccessKey: `${LONG_TERM.secretAccessKey}x` });
    const result = await verifySigV4(asReceived(signed), lookup, SIGNED_AT);
    expect(result).toMatchObject({ verified: false, code: 'SignatureDoesNotMatch' });
  });

  it('refuses a request signed more than 15 minutes ago or ahead, and accepts one within the skew', async () => {
    const signed = await signWithSdk(LONG_TERM);
    const sixteenMinutes = 16 * 60 * 1000;
    const late = await verifySigV4(asReceived(signed), lookup, new Date(SIGNED_AT.getTime() + sixteenMinutes));
    expect(late).toEqual({
      verified: false,
      code: 'RequestExpired',
      message: 'Signature expired: 20260301T120000Z is now earlier than 20260301T120100Z (20260301T121600Z - 15 min.)',
    });
    const early = await verifySigV4(asReceived(signed), lookup, new Date(SIGNED_AT.getTime() - sixteenMinutes));
    expect(early).toMatchObject({ verified: false, code: 'RequestExpired' });
    const withinSkew = await verifySigV4(asReceived(signed), lookup, new Date(SIGNED_AT.getTime() + 14 * 60 * 1000));
    expect(withinSkew).toMatchObject({ verified: true });
  });

  it('refuses an access key the lookup does not know (unknown, inactive or deleted)', async () => {
    const signed = await signWithSdk({ accessKeyId: 'AKIAUNKNOWNKEY000003', secretAccessKey: LONG_TERM.secretAccessKey });
    await expect(verifySigV4(asReceived(signed), lookup, SIGNED_AT)).resolves.toEqual({
      verified: false,
      code: 'InvalidClientTokenId',
      message: 'The security token included in the request is invalid.',
    });
  });

  it('refuses temporary credentials without their token, with another token, or past their expiration', async () => {
    const withoutToken = await signWithSdk({ accessKeyId: TEMPORARY.accessKeyId, secretAccessKey: TEMPORARY.secretAccessKey });
    await expect(verifySigV4(asReceived(withoutToken), lookup, SIGNED_AT)).resolves.toMatchObject({
      code: 'InvalidClientTokenId',
    });
    const otherToken = await signWithSdk({ ...TEMPORARY, sessionToken: `${TEMPORARY.sessionToken}x` });
    await expect(verifySigV4(asReceived(otherToken), lookup, SIGNED_AT)).resolves.toMatchObject({
      code: 'InvalidClientTokenId',
    });
    const signingDate = new Date('2026-03-01T13:05:00Z');
    const afterExpiration = await signWithSdk(TEMPORARY, { signingDate });
    await expect(verifySigV4(asReceived(afterExpiration), lookup, signingDate)).resolves.toEqual({
      verified: false,
      code: 'ExpiredToken',
      message: 'The security token included in the request is expired',
    });
  });

  it('refuses a session token sent with a long-term key', async () => {
    const signed = await signWithSdk({ ...LONG_TERM, sessionToken: TEMPORARY.sessionToken });
    await expect(verifySigV4(asReceived(signed), lookup, SIGNED_AT)).resolves.toMatchObject({
      code: 'InvalidClientTokenId',
    });
  });

  it('refuses a credential scoped to another region or service', async () => {
    const otherRegion = await signWithSdk(LONG_TERM, { region: 'eu-west-1' });
    await expect(verifySigV4(asReceived(otherRegion), lookup, SIGNED_AT)).resolves.toEqual({
      verified: false,
      code: 'SignatureDoesNotMatch',
      message: "Credential should be scoped to a valid region, not 'eu-west-1'.",
    });
    const otherService = await signWithSdk(LONG_TERM, { service: 'sts' });
    await expect(verifySigV4(asReceived(otherService), lookup, SIGNED_AT)).resolves.toMatchObject({
      code: 'SignatureDoesNotMatch',
      message: "Credential should be scoped to correct service: 'iam'.",
    });
  });

  it('answers MissingAuthenticationToken without an Authorization header and IncompleteSignature for a partial one', async () => {
    const signed = asReceived(await signWithSdk(LONG_TERM));
    const { authorization, ...unsigned } = signed.headers;
    await expect(verifySigV4({ ...signed, headers: unsigned }, lookup, SIGNED_AT)).resolves.toEqual({
      verified: false,
      code: 'MissingAuthenticationToken',
      message: 'Request is missing Authentication Token',
    });
    const withoutSignature = String(authorization).replace(/, Signature=[0-9a-f]+$/, '');
    await expect(
      verifySigV4({ ...signed, headers: { ...unsigned, authorization: withoutSignature } }, lookup, SIGNED_AT),
    ).resolves.toEqual({
      verified: false,
      code: 'IncompleteSignature',
      message: "Authorization header requires 'Signature' parameter.",
    });
    const { 'x-amz-date': _date, ...withoutDate } = signed.headers;
    await expect(verifySigV4({ ...signed, headers: withoutDate }, lookup, SIGNED_AT)).resolves.toMatchObject({
      code: 'IncompleteSignature',
    });
  });

  it('answers IncompleteSignature for an X-Amz-Date whose fields overflow (month 13, 24 o\'clock)', async () => {
    const signed = asReceived(await signWithSdk(LONG_TERM));
    for (const amzDate of ['20261301T120000Z', '20260301T240000Z', '20260230T120000Z']) {
      await expect(verifySigV4({ ...signed, headers: { ...signed.headers, 'x-amz-date': amzDate } }, lookup, SIGNED_AT)).resolves.toMatchObject({
        verified: false,
        code: 'IncompleteSignature',
      });
    }
  });

  it('refuses a request whose signed headers leave out host', async () => {
    const signed = asReceived(await signWithSdk(LONG_TERM));
    const authorization = String(signed.headers['authorization']).replace('SignedHeaders=content-type;host;', 'SignedHeaders=content-type;');
    expect(authorization).not.toEqual(signed.headers['authorization']);
    await expect(
      verifySigV4({ ...signed, headers: { ...signed.headers, authorization } }, lookup, SIGNED_AT),
    ).resolves.toEqual({
      verified: false,
      code: 'IncompleteSignature',
      message: "'host' must be a 'SignedHeader' in the AWS Authorization.",
    });
  });

  it('never puts the secret, the session token or the signature in a refusal', async () => {
    const refusals = await Promise.all([
      signWithSdk({ ...TEMPORARY, secretAccessKey: 'x' }).then((r) => verifySigV4(asReceived(r), lookup, SIGNED_AT)),
      signWithSdk(TEMPORARY).then((r) => verifySigV4(asReceived(r, '{}'), lookup, SIGNED_AT)),
      signWithSdk(TEMPORARY, { signingDate: new Date('2026-03-01T13:05:00Z') }).then((r) =>
        verifySigV4(asReceived(r), lookup, new Date('2026-03-01T13:05:00Z')),
      ),
    ]);
    for (const refusal of refusals) {
      expect(refusal.verified).toBe(false);
      const text = JSON.stringify(refusal);
      expect(text).not.toContain(TEMPORARY.secretAccessKey);
      expect(text).not.toContain(TEMPORARY.sessionToken);
      expect(text).not.toMatch(/[0-9a-f]{64}/);
    }
  });
});

/** A presigned POST as `SignatureV4#presign` makes it, and as the server receives it: the query decoded, headers lower-cased. */
async function presignWithSdk(
  credentials: AwsCredentialIdentity,
  options: { body?: string; signingDate?: Date; expiresIn?: number; headers?: Record<string, string> } = {},
): Promise<SignedRequest> {
  const signer = new SignatureV4({ credentials, region: 'us-east-1', service: 'iam', sha256: Sha256 });
  const presigned = await signer.presign(
    {
      method: 'POST',
      protocol: 'https:',
      hostname: 'gatehouse.example.com',
      path: '/graphql',
      query: {},
      headers: { host: 'gatehouse.example.com', ...options.headers },
      body: options.body ?? BODY,
    },
    { signingDate: options.signingDate ?? SIGNED_AT, expiresIn: options.expiresIn ?? 300 },
  );
  const headers: SignedRequest['headers'] = { 'content-type': 'application/json' };
  for (const [name, value] of Object.entries(presigned.headers)) headers[name.toLowerCase()] = value;
  const query: SignedRequest['query'] = {};
  for (const [name, value] of Object.entries(presigned.query ?? {})) query[name] = value as string | string[];
  return { method: 'POST', path: '/graphql', query, headers, body: Buffer.from(options.body ?? BODY, 'utf8') };
}

describe('verifySigV4 against requests presigned by @smithy/signature-v4 (query-string authentication)', () => {
  it('accepts a presigned request with a long-term key, from its X-Amz-Date until X-Amz-Expires has elapsed', async () => {
    const presigned = await presignWithSdk(LONG_TERM, { expiresIn: 3600 });
    expect(presigned.headers['authorization']).toBeUndefined();
    expect(Object.keys(presigned.query).sort()).toEqual([
      'X-Amz-Algorithm',
      'X-Amz-Credential',
      'X-Amz-Date',
      'X-Amz-Expires',
      'X-Amz-Signature',
      'X-Amz-SignedHeaders',
    ]);
    await expect(verifySigV4(presigned, lookup, SIGNED_AT)).resolves.toEqual({
      verified: true,
      accessKeyId: LONG_TERM.accessKeyId,
      signingDate: SIGNED_AT,
      service: 'iam',
      region: 'us-east-1',
    });
    // Unlike the Authorization header, a presigned URL outlives the 15-minute skew, up to its own expiry.
    const fiftyNineMinutesLater = new Date(SIGNED_AT.getTime() + 59 * 60 * 1000);
    await expect(verifySigV4(presigned, lookup, fiftyNineMinutesLater)).resolves.toMatchObject({ verified: true });
  });

  it('refuses it once X-Amz-Expires has elapsed, and before its X-Amz-Date beyond the skew (RequestExpired)', async () => {
    const presigned = await presignWithSdk(LONG_TERM, { expiresIn: 300 });
    await expect(verifySigV4(presigned, lookup, new Date(SIGNED_AT.getTime() + 301 * 1000))).resolves.toEqual({
      verified: false,
      code: 'RequestExpired',
      message: 'Request has expired.',
    });
    await expect(verifySigV4(presigned, lookup, new Date(SIGNED_AT.getTime() - 16 * 60 * 1000))).resolves.toMatchObject({
      verified: false,
      code: 'RequestExpired',
      message: expect.stringMatching(/^Signature not yet current/),
    });
  });

  it('refuses a longer X-Amz-Expires written into the URL, a tampered body and a wrong secret (SignatureDoesNotMatch)', async () => {
    const presigned = await presignWithSdk(LONG_TERM, { expiresIn: 300 });
    const longer = { ...presigned, query: { ...presigned.query, 'X-Amz-Expires': '604800' } };
    await expect(verifySigV4(longer, lookup, SIGNED_AT)).resolves.toMatchObject({ verified: false, code: 'SignatureDoesNotMatch' });
    const otherBody = { ...presigned, body: Buffer.from(JSON.stringify({ query: 'mutation { deleteUser(userName: "alice") }' })) };
    await expect(verifySigV4(otherBody, lookup, SIGNED_AT)).resolves.toMatchObject({ verified: false, code: 'SignatureDoesNotMatch' });
    const wrongSecret = await presignWithSdk({ ...LONG_TERM, secretAccessKey: `${LONG_TERM.secretAccessKey}x` });
    await expect(verifySigV4(wrongSecret, lookup, SIGNED_AT)).resolves.toMatchObject({ verified: false, code: 'SignatureDoesNotMatch' });
  });

  it('refuses UNSIGNED-PAYLOAD, which AWS accepts from Amazon S3 alone: the body is always signed', async () => {
    const presigned = await presignWithSdk(LONG_TERM, { headers: { 'x-amz-content-sha256': 'UNSIGNED-PAYLOAD' } });
    expect(presigned.query['x-amz-content-sha256']).toBe('UNSIGNED-PAYLOAD');
    await expect(verifySigV4(presigned, lookup, SIGNED_AT)).resolves.toEqual({
      verified: false,
      code: 'SignatureDoesNotMatch',
      message: "The provided 'x-amz-content-sha256' header does not match what was computed.",
    });
  });

  it('accepts temporary credentials with X-Amz-Security-Token in the query, and only with their own token', async () => {
    const presigned = await presignWithSdk(TEMPORARY);
    expect(presigned.query['X-Amz-Security-Token']).toBe(TEMPORARY.sessionToken);
    await expect(verifySigV4(presigned, lookup, SIGNED_AT)).resolves.toMatchObject({ verified: true, accessKeyId: TEMPORARY.accessKeyId });
    const otherToken = await presignWithSdk({ ...TEMPORARY, sessionToken: `${TEMPORARY.sessionToken}x` });
    await expect(verifySigV4(otherToken, lookup, SIGNED_AT)).resolves.toMatchObject({ code: 'InvalidClientTokenId' });
    const { 'X-Amz-Security-Token': _token, ...withoutToken } = presigned.query;
    await expect(verifySigV4({ ...presigned, query: withoutToken }, lookup, SIGNED_AT)).resolves.toMatchObject({
      code: 'InvalidClientTokenId',
    });
  });

  it('never puts the secret, the session token or the signature in a refusal', async () => {
    const presigned = await presignWithSdk(TEMPORARY, { expiresIn: 60 });
    const signature = String(presigned.query['X-Amz-Signature']);
    const refusals = await Promise.all([
      verifySigV4({ ...presigned, body: Buffer.from('{}') }, lookup, SIGNED_AT),
      verifySigV4(presigned, lookup, new Date(SIGNED_AT.getTime() + 61_000)),
      verifySigV4({ ...presigned, query: { ...presigned.query, 'X-Amz-Security-Token': `${TEMPORARY.sessionToken}x` } }, lookup, SIGNED_AT),
      presignWithSdk({ ...TEMPORARY, secretAccessKey: 'x' }).then((wrongSecret) => verifySigV4(wrongSecret, lookup, SIGNED_AT)),
    ]);
    for (const refusal of refusals) {
      expect(refusal.verified).toBe(false);
      const text = JSON.stringify(refusal);
      for (const secret of [TEMPORARY.secretAccessKey, TEMPORARY.sessionToken, signature]) expect(text).not.toContain(secret);
    }
  });

  it('answers IncompleteSignature for missing parameters, an over-long X-Amz-Expires, and both mechanisms at once', async () => {
    const presigned = await presignWithSdk(LONG_TERM);
    const { 'X-Amz-Date': _date, 'X-Amz-SignedHeaders': _signedHeaders, ...partial } = presigned.query;
    await expect(verifySigV4({ ...presigned, query: partial }, lookup, SIGNED_AT)).resolves.toEqual({
      verified: false,
      code: 'IncompleteSignature',
      message: "AWS query-string parameters must include 'X-Amz-Date', 'X-Amz-SignedHeaders'. Re-examine the query-string parameters.",
    });
    const tooLong = { ...presigned, query: { ...presigned.query, 'X-Amz-Expires': '604801' } };
    await expect(verifySigV4(tooLong, lookup, SIGNED_AT)).resolves.toEqual({
      verified: false,
      code: 'IncompleteSignature',
      message: "'X-Amz-Expires' must be less than a week (in seconds) that is 604800.",
    });
    const headerSigned = asReceived(await signWithSdk(LONG_TERM));
    await expect(verifySigV4({ ...headerSigned, query: presigned.query }, lookup, SIGNED_AT)).resolves.toMatchObject({
      code: 'IncompleteSignature',
      message: expect.stringMatching(/^Only one auth mechanism allowed/),
    });
  });
});

describe('verifySigV4 against any request @smithy/signature-v4 signs (property)', () => {
  // Paths the canonical form keeps as they are and paths it changes (empty, `.` and `..` segments, characters it
  // escapes); header values whose whitespace it reduces; query strings; header names it never signs.
  const segment = fc.oneof(fc.constantFrom('', '.', '..', 'orders', '42', 'a b', 'ü', "it's(1)*!", '%2F', '~x_y-z.1'), fc.stringMatching(/^[A-Za-z0-9._~ %!*'():@-]{0,6}$/));
  const path = fc.array(segment, { maxLength: 5 }).map((segments) => `/${segments.join('/')}`);
  const headerName = fc.oneof(fc.stringMatching(/^x-[a-z0-9-]{1,8}$/), fc.constantFrom('content-type', 'user-agent', 'date', 'x-amzn-trace-id', 'sec-fetch-mode', 'proxy-x', 'x-amz-meta-a'));
  const headers = fc.dictionary(headerName, fc.stringMatching(/^[ \tA-Za-z0-9,;=/]{0,12}$/), { maxKeys: 4 });
  const queryValue = fc.oneof(fc.stringMatching(/^[A-Za-z0-9 ._~*'!&=-]{0,6}$/), fc.array(fc.stringMatching(/^[a-z0-9 ]{0,3}$/), { minLength: 1, maxLength: 3 }));
  const query = fc.dictionary(fc.stringMatching(/^[A-Za-z][A-Za-z0-9._-]{0,5}$/), queryValue, { maxKeys: 3 });
  const request = fc.record({ path, headers, query, method: fc.constantFrom('GET', 'POST', 'DELETE'), body: fc.constantFrom('', BODY), presigned: fc.boolean() });
  type UnsignedRequest = { path: string; headers: Record<string, string>; query: Record<string, string | string[]>; method: string; body: string; presigned: boolean };

  async function signed({ path, headers, query, method, body, presigned }: UnsignedRequest): Promise<SignedRequest> {
    const signer = new SignatureV4({ credentials: LONG_TERM, region: 'eu-west-3', service: 'orders', sha256: Sha256 });
    const unsigned = { method, protocol: 'https:', hostname: 'orders.example.com', path, query, headers: { host: 'orders.example.com', ...headers }, body };
    const sent = presigned ? await signer.presign(unsigned, { signingDate: SIGNED_AT, expiresIn: 300 }) : await signer.sign(unsigned, { signingDate: SIGNED_AT });
    const received: SignedRequest['headers'] = {};
    for (const [name, value] of Object.entries(sent.headers)) received[name.toLowerCase()] = value;
    return { method, path: sent.path, query: { ...(sent.query as SignedRequest['query']) }, headers: received, body: Buffer.from(body, 'utf8') };
  }
  const scope = { service: 'orders', maxAgeMs: 5 * 60 * 1000 };

  it('accepts it, signed in the Authorization header or presigned, and refuses it once its path, a header or its query changes', async () => {
    await fc.assert(
      fc.asyncProperty(request, async (unsigned) => {
        const received = await signed(unsigned);
        expect(await verifySigV4(received, lookup, SIGNED_AT, scope)).toMatchObject({ verified: true, region: 'eu-west-3' });
        const refused = { verified: false, code: 'SignatureDoesNotMatch' };
        expect(await verifySigV4({ ...received, path: `${received.path}x` }, lookup, SIGNED_AT, scope)).toMatchObject(refused);
        expect(await verifySigV4({ ...received, headers: { ...received.headers, host: 'other.example.com' } }, lookup, SIGNED_AT, scope)).toMatchObject(refused);
        expect(await verifySigV4({ ...received, query: { ...received.query, extra: '1' } }, lookup, SIGNED_AT, scope)).toMatchObject(refused);
      }),
      { numRuns: 300 },
    );
  });
});
