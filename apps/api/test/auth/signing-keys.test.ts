import { createHmac } from 'node:crypto';
import type { HmacSha256Key } from '../../src/auth/hmac-sha256-key';
import { deriveSigningKey, SigningKeyCache, type CredentialScope } from '../../src/auth/signing-keys';

const scope = { date: '20120215', region: 'us-east-1', service: 'iam' };

/** Whether the cache's key signs as the key derived from `secret` for `keyScope` does. */
function signsAs(key: HmacSha256Key | null, secret: string, keyScope: CredentialScope): boolean {
  return key !== null && key.digest('string to sign').equals(createHmac('sha256', deriveSigningKey(secret, keyScope)).update('string to sign').digest());
}

describe('SigV4 signing keys', () => {
  it('derives the key of AWS’s documented example', () => {
    // docs.aws.amazon.com, "Examples of how to derive a signing key for Signature Version 4".
    expect(deriveSigningKey('wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY', scope).toString('hex')).toBe(
      'f4780e2d9f65fa895f9c67b32ce1baf0b0d8a43505a000a1a9e090d414db404d',
    );
  });

  it('unseals a secret once per key and scope, and again when the sealed secret differs', () => {
    const cache = new SigningKeyCache();
    const unsealed: string[] = [];
    const unseal = (secret: string) => () => (unsealed.push(secret), secret);

    const first = cache.get('AKIAEXAMPLE', 'sealed-1', scope, unseal('secret-1'));
    expect(cache.get('AKIAEXAMPLE', 'sealed-1', scope, unseal('secret-1'))).toBe(first);
    expect(unsealed).toEqual(['secret-1']);

    expect(signsAs(cache.get('AKIAEXAMPLE', 'sealed-1', { ...scope, date: '20120216' }, unseal('secret-1')), 'secret-1', { ...scope, date: '20120216' })).toBe(true);
    expect(signsAs(cache.get('AKIAEXAMPLE', 'sealed-2', scope, unseal('secret-2')), 'secret-2', scope)).toBe(true);
    expect(unsealed).toEqual(['secret-1', 'secret-1', 'secret-2']);
  });

  it('keeps nothing for a secret that does not unseal', () => {
    const cache = new SigningKeyCache();
    expect(cache.get('AKIAEXAMPLE', 'tampered', scope, () => null)).toBeNull();
    expect(signsAs(cache.get('AKIAEXAMPLE', 'tampered', scope, () => 'secret'), 'secret', scope)).toBe(true);
  });
});
