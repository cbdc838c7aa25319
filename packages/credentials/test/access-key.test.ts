import { createHash } from 'node:crypto';
import { generateAccessKeyPair, generateBearerToken, hashBearerToken } from '@gatehouse/credentials';

test('long-term and temporary key pairs have AWS shapes', () => {
  const longTerm = generateAccessKeyPair('longTerm');
  const temporary = generateAccessKeyPair('temporary');
  expect(longTerm.accessKeyId).toMatch(/^AKIA[A-Z2-7]{16}$/);
  expect(temporary.accessKeyId).toMatch(/^ASIA[A-Z2-7]{16}$/);
  for (const pair of [longTerm, temporary]) expect(pair.secretAccessKey).toMatch(/^[A-Za-z0-9+/]{40}$/);
});

test('secrets do not repeat', () => {
  const secrets = new Set(Array.from({ length: 500 }, () => generateAccessKeyPair('longTerm').secretAccessKey));
  expect(secrets.size).toBe(500);
});

test('bearer tokens are stored as their SHA-256', () => {
  const token = generateBearerToken();
  expect(token).toMatch(/^[A-Za-z0-9_-]{43}$/);
  expect(hashBearerToken(token)).toMatch(/^[0-9a-f]{64}$/);
  expect(hashBearerToken('abc')).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
});

test('a token hashes as the UTF-8 of its characters, as sessions stored before were hashed (Hash.update of the string)', () => {
  for (const token of [generateBearerToken(), '', 'é', '日本語トークン', '\u{1F600}', 'a'.repeat(10_000)]) {
    expect(hashBearerToken(token)).toBe(createHash('sha256').update(token).digest('hex'));
  }
});
