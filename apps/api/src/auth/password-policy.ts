import { verifyPassword } from '@gatehouse/credentials';

/** The columns of an account's `PasswordPolicy` row that decide whether a password is acceptable. */
export interface PasswordPolicyRules {
  minimumPasswordLength: number;
  requireSymbols: boolean;
  requireNumbers: boolean;
  requireUppercaseCharacters: boolean;
  requireLowercaseCharacters: boolean;
  /** Days; null: passwords never expire. */
  maxPasswordAge: number | null;
  /** How many previous passwords, the current one included, may not be chosen again; null: no check. */
  passwordReusePrevention: number | null;
  hardExpiry: boolean;
}

export type PasswordRule =
  | 'MinimumPasswordLength'
  | 'RequireSymbols'
  | 'RequireNumbers'
  | 'RequireUppercaseCharacters'
  | 'RequireLowercaseCharacters'
  | 'DefaultCharacterTypes'
  | 'PasswordReusePrevention';

/** One rule a new password breaks, with AWS's text for the `PasswordPolicyViolation` error. */
export interface PasswordPolicyViolation {
  rule: PasswordRule;
  message: string;
}

/** AWS's symbol set: "! @ # $ % ^ & * ( ) _ + - = [ ] { } | '". */
const SYMBOL = /[!@#$%^&*()_+\-=[\]{}|']/;
const NUMBER = /[0-9]/;
const UPPERCASE = /[A-Z]/;
const LOWERCASE = /[a-z]/;

/** AWS's default password policy, in force while an account has none: 8 characters, three of four character types. */
const DEFAULT_MINIMUM_LENGTH = 8;
const DEFAULT_REQUIRED_CHARACTER_TYPES = 3;

/**
 * The length and character-type rules. With no policy row, AWS's default policy applies.
 * The root user's password is outside the account password policy (AWS), so callers only use this for IAM users.
 */
export function passwordCompositionViolations(
  password: string,
  policy: PasswordPolicyRules | null,
): PasswordPolicyViolation[] {
  if (!policy) return defaultPolicyViolations(password);
  const violations: PasswordPolicyViolation[] = [];
  if ([...password].length < policy.minimumPasswordLength) {
    violations.push({
      rule: 'MinimumPasswordLength',
      message: `Password should have a minimum length of ${policy.minimumPasswordLength}`,
    });
  }
  if (policy.requireUppercaseCharacters && !UPPERCASE.test(password)) {
    violations.push({ rule: 'RequireUppercaseCharacters', message: 'Password should have at least one uppercase letter' });
  }
  if (policy.requireLowercaseCharacters && !LOWERCASE.test(password)) {
    violations.push({ rule: 'RequireLowercaseCharacters', message: 'Password should have at least one lowercase letter' });
  }
  if (policy.requireNumbers && !NUMBER.test(password)) {
    violations.push({ rule: 'RequireNumbers', message: 'Password should have at least one number' });
  }
  if (policy.requireSymbols && !SYMBOL.test(password)) {
    violations.push({ rule: 'RequireSymbols', message: 'Password should have at least one symbol' });
  }
  return violations;
}

function defaultPolicyViolations(password: string): PasswordPolicyViolation[] {
  const violations: PasswordPolicyViolation[] = [];
  if ([...password].length < DEFAULT_MINIMUM_LENGTH) {
    violations.push({
      rule: 'MinimumPasswordLength',
      message: `Password should have a minimum length of ${DEFAULT_MINIMUM_LENGTH}`,
    });
  }
  const characterTypes = [UPPERCASE, LOWERCASE, NUMBER, SYMBOL].filter((type) => type.test(password)).length;
  if (characterTypes < DEFAULT_REQUIRED_CHARACTER_TYPES) {
    violations.push({
      rule: 'DefaultCharacterTypes',
      message:
        'Password should have at least three of the following character types: uppercase letters, lowercase letters, numbers and symbols',
    });
  }
  return violations;
}

/**
 * Reuse prevention: the new password may match none of the last `passwordReusePrevention` passwords.
 * `previousPasswordHashes` are argon2id hashes, newest first, starting with the current password's
 * (LoginProfile.passwordHash) and followed by PasswordHistory rows by `createdAt` descending.
 */
export async function passwordReuseViolation(
  password: string,
  policy: PasswordPolicyRules | null,
  previousPasswordHashes: readonly string[],
): Promise<PasswordPolicyViolation | null> {
  const remembered = policy?.passwordReusePrevention ?? 0;
  if (remembered === 0) return null;
  const matches = await Promise.all(
    previousPasswordHashes.slice(0, remembered).map((hash) => verifyPassword(hash, password)),
  );
  return matches.includes(true)
    ? { rule: 'PasswordReusePrevention', message: 'Policy Error: PasswordReusePrevention' }
    : null;
}

/** Every rule a new IAM user password breaks; empty when the password is acceptable. */
export async function newPasswordViolations(
  password: string,
  policy: PasswordPolicyRules | null,
  previousPasswordHashes: readonly string[],
): Promise<PasswordPolicyViolation[]> {
  const composition = passwordCompositionViolations(password, policy);
  const reuse = await passwordReuseViolation(password, policy, previousPasswordHashes);
  return reuse ? [...composition, reuse] : composition;
}

/**
 * Whether an IAM user's password is past the policy's maximum age. An expired password must be changed at the
 * next sign-in; with `hardExpiry` the user cannot do that and waits for an administrator to reset it (AWS).
 */
export type PasswordExpiry =
  | { expired: false; expiresAt: Date | null }
  | { expired: true; expiresAt: Date; hardExpiry: boolean };

const DAY_MS = 24 * 60 * 60 * 1000;

export function passwordExpiry(
  policy: PasswordPolicyRules | null,
  passwordChangedAt: Date,
  now: Date = new Date(),
): PasswordExpiry {
  if (!policy?.maxPasswordAge) return { expired: false, expiresAt: null };
  const expiresAt = new Date(passwordChangedAt.getTime() + policy.maxPasswordAge * DAY_MS);
  return now.getTime() >= expiresAt.getTime()
    ? { expired: true, expiresAt, hardExpiry: policy.hardExpiry }
    : { expired: false, expiresAt };
}
