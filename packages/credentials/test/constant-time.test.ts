import { timingSafeEqual } from 'node:crypto';
import { constantTimeEqual } from '@gatehouse/credentials';

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
