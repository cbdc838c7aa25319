import { createHmac } from 'node:crypto';
import fc from 'fast-check';
import { HmacSha256Key } from '../../src/auth/hmac-sha256-key';

describe('HmacSha256Key', () => {
  it('answers what createHmac does, for any key and UTF-8 message (longer than its scratch buffer too)', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 200 }), fc.oneof(fc.string({ unit: 'grapheme', maxLength: 2000 }), fc.string()), (key, message) => {
        const expected = createHmac('sha256', key).update(message, 'utf8').digest();
        expect(new HmacSha256Key(key).digest(message)).toEqual(expected);
      }),
    );
  });

  it('answers RFC 4231 test case 2', () => {
    expect(new HmacSha256Key(Buffer.from('Jefe')).digest('what do ya want for nothing?').toString('hex')).toBe(
      '5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843',
    );
  });

  it('keeps each key its own when digests alternate', () => {
    const a = new HmacSha256Key(Buffer.from('a'));
    const b = new HmacSha256Key(Buffer.from('b'));
    const first = a.digest('m');
    b.digest('x'.repeat(5000));
    expect(a.digest('m')).toEqual(first);
  });
});
