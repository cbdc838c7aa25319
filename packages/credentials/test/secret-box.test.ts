import { randomBytes } from 'node:crypto';
import { SecretBox, UnsealError } from '@gatehouse/credentials';

const box = new SecretBox(randomBytes(32));
const secret = 'wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY';

test('a sealed secret opens with the same key and context', () => {
  const sealed = box.seal(secret, 'AKIAIOSFODNN7EXAMPLE');
  expect(sealed).toMatch(/^v1\.[A-Za-z0-9_-]+$/);
  expect(sealed).not.toContain(secret);
  expect(box.unseal(sealed, 'AKIAIOSFODNN7EXAMPLE')).toBe(secret);
});

test('sealing twice gives different ciphertexts (fresh iv)', () => {
  expect(box.seal(secret, 'k')).not.toBe(box.seal(secret, 'k'));
});

test('another context, another key, or a changed byte cannot open it', () => {
  const sealed = box.seal(secret, 'AKIAIOSFODNN7EXAMPLE');
  expect(() => box.unseal(sealed, 'AKIAOTHERKEY00000000')).toThrow(UnsealError);
  expect(() => new SecretBox(randomBytes(32)).unseal(sealed, 'AKIAIOSFODNN7EXAMPLE')).toThrow(UnsealError);
  const bytes = Buffer.from(sealed.slice(3), 'base64url');
  bytes[bytes.length - 1] = (bytes[bytes.length - 1] ?? 0) ^ 1;
  expect(() => box.unseal(`v1.${bytes.toString('base64url')}`, 'AKIAIOSFODNN7EXAMPLE')).toThrow(UnsealError);
  expect(() => box.unseal('v2.abc', 'AKIAIOSFODNN7EXAMPLE')).toThrow(UnsealError);
});

test('a key of the wrong length is refused', () => {
  expect(() => new SecretBox(randomBytes(16))).toThrow('a server key has 32 bytes, this one has 16');
});
