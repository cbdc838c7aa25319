import { generateTotpCode, generateTotpSeed, totpUri, verifyConsecutiveTotpCodes, verifyTotpCode } from '@gatehouse/credentials';

// RFC 6238 appendix B: the SHA-1 seed is the ASCII "12345678901234567890".
const RFC_SEED = 'GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ';

test('codes match RFC 6238 test vectors (last six digits)', () => {
  expect(generateTotpCode(RFC_SEED, new Date(59_000))).toBe('287082');
  expect(generateTotpCode(RFC_SEED, new Date(1_111_111_109_000))).toBe('081804');
  expect(generateTotpCode(RFC_SEED, new Date(2_000_000_000_000))).toBe('279037');
});

test('seeds are 20 random bytes in base32', () => {
  const seed = generateTotpSeed();
  expect(seed).toMatch(/^[A-Z2-7]{32}$/);
  expect(generateTotpSeed()).not.toBe(seed);
});

test('a code is accepted one step either side, with the step it belongs to', () => {
  const time = new Date(1_700_000_000_000);
  const step = Math.floor(time.getTime() / 30_000);
  const previous = generateTotpCode(RFC_SEED, new Date(time.getTime() - 30_000));
  expect(verifyTotpCode({ seedBase32: RFC_SEED, code: generateTotpCode(RFC_SEED, time), time })).toEqual({ valid: true, timeStep: step });
  expect(verifyTotpCode({ seedBase32: RFC_SEED, code: previous, time })).toEqual({ valid: true, timeStep: step - 1 });
  const tooOld = generateTotpCode(RFC_SEED, new Date(time.getTime() - 90_000));
  expect(verifyTotpCode({ seedBase32: RFC_SEED, code: tooOld, time })).toEqual({ valid: false });
});

test('a code is never accepted twice', () => {
  const time = new Date(1_700_000_000_000);
  const code = generateTotpCode(RFC_SEED, time);
  const first = verifyTotpCode({ seedBase32: RFC_SEED, code, time });
  expect(first.valid).toBe(true);
  const lastUsedTimeStep = first.valid ? first.timeStep : null;
  expect(verifyTotpCode({ seedBase32: RFC_SEED, code, time, lastUsedTimeStep })).toEqual({ valid: false });
});

test('enabling a device takes two consecutive codes, in order', () => {
  const time = new Date(1_700_000_000_000);
  const step = Math.floor(time.getTime() / 30_000);
  const code1 = generateTotpCode(RFC_SEED, new Date(time.getTime() - 30_000));
  const code2 = generateTotpCode(RFC_SEED, time);
  expect(verifyConsecutiveTotpCodes({ seedBase32: RFC_SEED, code1, code2, time })).toEqual({ valid: true, timeStep: step });
  expect(verifyConsecutiveTotpCodes({ seedBase32: RFC_SEED, code1: code2, code2: code1, time })).toEqual({ valid: false });
  expect(verifyConsecutiveTotpCodes({ seedBase32: RFC_SEED, code1: code2, code2, time })).toEqual({ valid: false });
});

test('the otpauth URI names the issuer and account', () => {
  const uri = totpUri({ seedBase32: RFC_SEED, issuer: 'Gatehouse', accountName: 'alice@123456789012' });
  expect(uri).toBe(
    'otpauth://totp/Gatehouse:alice%40123456789012?issuer=Gatehouse&secret=GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ&algorithm=SHA1&digits=6&period=30',
  );
});

test('a code of six characters that are not all ASCII digits is refused, never thrown on (timingSafeEqual needs equal byte lengths)', () => {
  const time = new Date(1_700_000_000_000);
  for (const code of ['12345é', '１２３４５６', '12 456', '\u0000\u0000\u0000\u0000\u0000\u0000', '1234567']) {
    expect(verifyTotpCode({ seedBase32: RFC_SEED, code, time })).toEqual({ valid: false });
    expect(verifyConsecutiveTotpCodes({ seedBase32: RFC_SEED, code1: code, code2: code, time })).toEqual({ valid: false });
  }
});
