import { hashPassword } from '@gatehouse/credentials';
import {
  newPasswordViolations,
  passwordCompositionViolations,
  passwordExpiry,
  passwordReuseViolation,
  type PasswordPolicyRules,
} from '../../src/auth/password-policy';

const NO_RULES: PasswordPolicyRules = {
  minimumPasswordLength: 8,
  requireSymbols: false,
  requireNumbers: false,
  requireUppercaseCharacters: false,
  requireLowercaseCharacters: false,
  maxPasswordAge: null,
  passwordReusePrevention: null,
  hardExpiry: false,
};
const STRICT: PasswordPolicyRules = {
  ...NO_RULES,
  minimumPasswordLength: 14,
  requireSymbols: true,
  requireNumbers: true,
  requireUppercaseCharacters: true,
  requireLowercaseCharacters: true,
};

describe('passwordCompositionViolations', () => {
  it.each<[string, PasswordPolicyRules | null, string, string[]]>([
    ['a long enough password with no class rules', NO_RULES, 'abcdefgh', []],
    ['one character short', NO_RULES, 'abcdefg', ['Password should have a minimum length of 8']],
    ['everything required and present', STRICT, "Tr0ub4dor&3xyz", []],
    ["the apostrophe is one of AWS's symbols", STRICT, "Abcdefghijk1'", ['Password should have a minimum length of 14']],
    [
      'only lowercase letters against the strict policy',
      STRICT,
      'onlylowercaseletters',
      [
        'Password should have at least one uppercase letter',
        'Password should have at least one number',
        'Password should have at least one symbol',
      ],
    ],
    ['no lowercase letter', STRICT, 'UPPERCASE-ONLY-123', ['Password should have at least one lowercase letter']],
    ['a character outside AWS symbols is not a symbol', STRICT, 'Abcdefghijk12~', ['Password should have at least one symbol']],
    ['AWS default policy: three of four character types', null, 'Abcdefg1', []],
    [
      'AWS default policy: two character types',
      null,
      'abcdefg1',
      [
        'Password should have at least three of the following character types: uppercase letters, lowercase letters, numbers and symbols',
      ],
    ],
    ['AWS default policy: too short', null, 'Ab1!', ['Password should have a minimum length of 8']],
  ])('%s', (_case, policy, password, messages) => {
    expect(passwordCompositionViolations(password, policy).map((violation) => violation.message)).toEqual(messages);
  });

  it('counts characters, not UTF-16 code units', () => {
    expect(passwordCompositionViolations('😀😀😀😀😀😀😀', NO_RULES)).toHaveLength(1);
  });
});

describe('passwordReuseViolation (argon2id hashes)', () => {
  // Newest first: the current password, then the history.
  let previousHashes: string[];
  beforeAll(async () => {
    previousHashes = await Promise.all(['CurrentPass1', 'OlderPass2', 'OldestPass3'].map((p) => hashPassword(p)));
  });

  it('refuses any of the last N passwords, the current one included', async () => {
    const rememberTwo = { ...NO_RULES, passwordReusePrevention: 2 };
    await expect(passwordReuseViolation('CurrentPass1', rememberTwo, previousHashes)).resolves.toEqual({
      rule: 'PasswordReusePrevention',
      message: 'Policy Error: PasswordReusePrevention',
    });
    await expect(passwordReuseViolation('OlderPass2', rememberTwo, previousHashes)).resolves.not.toBeNull();
  });

  it('accepts a password older than the last N, and any password when reuse prevention is off', async () => {
    await expect(
      passwordReuseViolation('OldestPass3', { ...NO_RULES, passwordReusePrevention: 2 }, previousHashes),
    ).resolves.toBeNull();
    await expect(passwordReuseViolation('CurrentPass1', NO_RULES, previousHashes)).resolves.toBeNull();
    await expect(passwordReuseViolation('CurrentPass1', null, previousHashes)).resolves.toBeNull();
  });

  it('reports composition and reuse violations together', async () => {
    const policy = { ...STRICT, minimumPasswordLength: 8, passwordReusePrevention: 24 };
    const violations = await newPasswordViolations('OldestPass3', policy, previousHashes);
    expect(violations.map((violation) => violation.rule)).toEqual(['RequireSymbols', 'PasswordReusePrevention']);
    await expect(newPasswordViolations('Brand-New-Pass-4', policy, previousHashes)).resolves.toEqual([]);
  });
});

describe('passwordExpiry', () => {
  const changedAt = new Date('2026-01-01T00:00:00Z');

  it.each<[string, PasswordPolicyRules | null, string, ReturnType<typeof passwordExpiry>]>([
    ['no policy: never expires', null, '2030-01-01T00:00:00Z', { expired: false, expiresAt: null }],
    ['no maximum age: never expires', NO_RULES, '2030-01-01T00:00:00Z', { expired: false, expiresAt: null }],
    [
      'within the maximum age',
      { ...NO_RULES, maxPasswordAge: 90 },
      '2026-03-31T23:59:59Z',
      { expired: false, expiresAt: new Date('2026-04-01T00:00:00Z') },
    ],
    [
      'at the maximum age: must be changed at sign-in',
      { ...NO_RULES, maxPasswordAge: 90 },
      '2026-04-01T00:00:00Z',
      { expired: true, expiresAt: new Date('2026-04-01T00:00:00Z'), hardExpiry: false },
    ],
    [
      'past the maximum age with hard expiry: an administrator must reset it',
      { ...NO_RULES, maxPasswordAge: 90, hardExpiry: true },
      '2026-05-01T00:00:00Z',
      { expired: true, expiresAt: new Date('2026-04-01T00:00:00Z'), hardExpiry: true },
    ],
  ])('%s', (_case, policy, now, expected) => {
    expect(passwordExpiry(policy, changedAt, new Date(now))).toEqual(expected);
  });
});
