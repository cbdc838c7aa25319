import { timingSafeEqual } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { constantTimeEqual, constantTimeEqualBytes } from '@gatehouse/credentials';

test('answers string equality, for any lengths and contents, without throwing', () => {
  expect(constantTimeEqual('a'.repeat(64), 'a'.repeat(64))).toBe(true);
  expect(constantTimeEqual('a'.repeat(64), `${'a'.repeat(63)}b`)).toBe(false);
  expect(constantTimeEqual('abc', 'abcd')).toBe(false);
  expect(constantTimeEqual('', '')).toBe(true);
  expect(constantTimeEqual('', 'x')).toBe(false);
  expect(constantTimeEqual('é', 'e\u0301')).toBe(false);
  expect(constantTimeEqual('\u0000', '')).toBe(false);
});

test('compares with crypto.timingSafeEqual over equal-length buffers, where a plain call would throw', () => {
  expect(() => timingSafeEqual(Buffer.from('abc'), Buffer.from('abcd'))).toThrow('Input buffers must have the same byte length');
  expect(() => constantTimeEqual('abc', 'abcd')).not.toThrow();
});

test('compares values of one fixed length as they are, and refuses values of different lengths', () => {
  const signature = Buffer.from('a'.repeat(64), 'hex');
  expect(constantTimeEqualBytes(signature, Buffer.from('a'.repeat(64), 'hex'))).toBe(true);
  expect(constantTimeEqualBytes(signature, Buffer.from(`${'a'.repeat(63)}b`, 'hex'))).toBe(false);
  expect(constantTimeEqualBytes(new Uint8Array(0), new Uint8Array(0))).toBe(true);
  expect(() => constantTimeEqualBytes(signature, signature.subarray(1))).toThrow(RangeError);
});

// One helper in one place: a second hand-written comparison (or a plain `===` in its stead) is what this catches.
test('is the one place that calls timingSafeEqual, and the comparisons of secrets use it', () => {
  const root = join(__dirname, '../../..');
  const sources = (dir: string): string[] =>
    readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
      entry.name === 'node_modules' || entry.name === 'dist' || entry.name.startsWith('.') ? [] : entry.isDirectory() ? sources(join(dir, entry.name)) : /\.tsx?$/.test(entry.name) ? [join(dir, entry.name)] : [],
    );
  const files = ['apps', 'packages'].flatMap((top) => readdirSync(join(root, top)).map((name) => join(root, top, name, 'src'))).filter(existsSync).flatMap(sources);
  const callers = files.filter((file) => readFileSync(file, 'utf8').includes('timingSafeEqual(')).map((file) => relative(root, file));
  expect(callers).toEqual(['packages/credentials/src/constant-time.ts']);
  for (const user of ['apps/api/src/auth/sigv4.ts', 'packages/credentials/src/totp.ts']) {
    expect(readFileSync(join(root, user), 'utf8')).toMatch(/constantTimeEqual\(/);
  }
});
