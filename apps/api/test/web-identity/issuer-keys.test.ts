// The key cache on its own, against the test issuer in its plain-HTTP loopback mode (the jest process trusts no
// test CA), with a clock the test moves.
import { decodeProtectedHeader } from 'jose';
import { defaultApiConfig } from '../../src/config';
import { IssuerKeyCache, IssuerKeysUnavailable, NoMatchingIssuerKey } from '../../src/modules/sts/web-identity/issuer-keys';
import { OidcTestIssuer, type SigningKey, type TestIssuerTenant } from '../../src/testing/oidc-test-issuer';

let issuer: OidcTestIssuer;
let clock: number;
const config = { ...defaultApiConfig.oidc, allowInsecureLoopback: true, jwksCacheSeconds: 600, jwksRefreshCooldownSeconds: 30 };

beforeAll(async () => {
  issuer = await OidcTestIssuer.start({ protocol: 'http' });
});
afterAll(() => issuer.stop());
beforeEach(() => {
  clock = 1_000_000;
});

async function keyFor(cache: IssuerKeyCache, tenant: TestIssuerTenant, key: SigningKey) {
  const token = await tenant.sign(key, { sub: 'x', aud: 'a' });
  const [protectedHeader = '', payload = '', signature = ''] = token.split('.');
  return cache.keyFor(tenant.issuer, decodeProtectedHeader(token), { protected: protectedHeader, payload, signature });
}

it('keeps a key set until it expires, then fetches it again', async () => {
  const tenant = issuer.tenant('expiry');
  const key = await tenant.newKey('ES256');
  const cache = new IssuerKeyCache(config, () => clock);
  await keyFor(cache, tenant, key);
  clock += 599_000;
  await keyFor(cache, tenant, key);
  expect(tenant.keySetFetches).toBe(1);
  clock += 2_000;
  await keyFor(cache, tenant, key);
  expect(tenant.keySetFetches).toBe(2);
});

it('fetches again for unknown key ids at most once per cool-down', async () => {
  const tenant = issuer.tenant('cooldown');
  const known = await tenant.newKey('RS256');
  const cache = new IssuerKeyCache(config, () => clock);
  await keyFor(cache, tenant, known);
  for (let i = 0; i < 5; i++) {
    await expect(keyFor(cache, tenant, await tenant.newKey('RS256', { publish: false }))).rejects.toBeInstanceOf(NoMatchingIssuerKey);
  }
  expect(tenant.keySetFetches).toBe(2);
  const rotated = await tenant.newKey('RS256');
  await expect(keyFor(cache, tenant, rotated)).rejects.toBeInstanceOf(NoMatchingIssuerKey);
  clock += 30_000;
  await expect(keyFor(cache, tenant, rotated)).resolves.toBeDefined();
  expect(tenant.keySetFetches).toBe(3);
});

it('refuses plain HTTP unless loopback issuers are allowed', async () => {
  const tenant = issuer.tenant('strict');
  const key = await tenant.newKey('RS256');
  const strict = new IssuerKeyCache({ ...config, allowInsecureLoopback: false });
  await expect(keyFor(strict, tenant, key)).rejects.toBeInstanceOf(IssuerKeysUnavailable);
  expect(tenant.keySetFetches).toBe(0);
});

it('gives up on an issuer that stops answering, after the time limit', async () => {
  const tenant = issuer.tenant('hanging');
  const key = await tenant.newKey('RS256');
  tenant.mode = 'hanging';
  const cache = new IssuerKeyCache({ ...config, fetchTimeoutMs: 300 });
  const started = Date.now();
  await expect(keyFor(cache, tenant, key)).rejects.toBeInstanceOf(IssuerKeysUnavailable);
  expect(Date.now() - started).toBeLessThan(5000);
});
