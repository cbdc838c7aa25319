// The "Edit password policy" form as domain values: IAM default or custom rules, the AWS limits on each number, and
// the sentences the Account settings page uses to describe the policy in force.
import type { AccountPasswordPolicyQuery, UpdateAccountPasswordPolicyInput } from '../../../gql/graphql';

export type StoredPasswordPolicy = AccountPasswordPolicyQuery['getAccountPasswordPolicy'];

export interface PasswordPolicyForm {
  /** `default`: no custom policy (DeleteAccountPasswordPolicy); `custom`: UpdateAccountPasswordPolicy. */
  choice: 'default' | 'custom';
  minimumPasswordLength: string;
  requireUppercaseCharacters: boolean;
  requireLowercaseCharacters: boolean;
  requireNumbers: boolean;
  requireSymbols: boolean;
  expirePasswords: boolean;
  maxPasswordAge: string;
  hardExpiry: boolean;
  allowUsersToChangePassword: boolean;
  preventReuse: boolean;
  passwordReusePrevention: string;
}

/** AWS's limits on UpdateAccountPasswordPolicy. */
export const PASSWORD_LENGTH = { min: 6, max: 128 };
export const PASSWORD_AGE_DAYS = { min: 1, max: 1095 };
export const PASSWORD_REUSE = { min: 1, max: 24 };

/** The form for the policy in force; with none, the custom fields start from AWS console's suggestions. */
export function passwordPolicyForm(policy: StoredPasswordPolicy | null): PasswordPolicyForm {
  if (!policy) {
    return {
      choice: 'default',
      minimumPasswordLength: '8',
      requireUppercaseCharacters: true,
      requireLowercaseCharacters: true,
      requireNumbers: true,
      requireSymbols: true,
      expirePasswords: false,
      maxPasswordAge: '90',
      hardExpiry: false,
      allowUsersToChangePassword: true,
      preventReuse: false,
      passwordReusePrevention: '5',
    };
  }
  return {
    choice: 'custom',
    minimumPasswordLength: String(policy.minimumPasswordLength),
    requireUppercaseCharacters: policy.requireUppercaseCharacters,
    requireLowercaseCharacters: policy.requireLowercaseCharacters,
    requireNumbers: policy.requireNumbers,
    requireSymbols: policy.requireSymbols,
    expirePasswords: policy.maxPasswordAge != null,
    maxPasswordAge: String(policy.maxPasswordAge ?? 90),
    hardExpiry: policy.hardExpiry,
    allowUsersToChangePassword: policy.allowUsersToChangePassword,
    preventReuse: policy.passwordReusePrevention != null,
    passwordReusePrevention: String(policy.passwordReusePrevention ?? 5),
  };
}

export type PasswordPolicyFormErrors = Partial<Record<'minimumPasswordLength' | 'maxPasswordAge' | 'passwordReusePrevention', string>>;

function integerError(value: string, { min, max }: { min: number; max: number }, what: string): string | undefined {
  if (!/^\d+$/.test(value) || Number(value) < min || Number(value) > max) return `${what} must be a whole number from ${min} to ${max}.`;
  return undefined;
}

/** Errors shown under each field; empty when the form can be saved. Default rules have nothing to check. */
export function passwordPolicyFormErrors(form: PasswordPolicyForm): PasswordPolicyFormErrors {
  if (form.choice === 'default') return {};
  const errors: PasswordPolicyFormErrors = {};
  const length = integerError(form.minimumPasswordLength, PASSWORD_LENGTH, 'Password minimum length');
  if (length) errors.minimumPasswordLength = length;
  if (form.expirePasswords) {
    const age = integerError(form.maxPasswordAge, PASSWORD_AGE_DAYS, 'Password expiration');
    if (age) errors.maxPasswordAge = age;
  }
  if (form.preventReuse) {
    const reuse = integerError(form.passwordReusePrevention, PASSWORD_REUSE, 'Remembered passwords');
    if (reuse) errors.passwordReusePrevention = reuse;
  }
  return errors;
}

/** The UpdateAccountPasswordPolicy input for a valid custom form: an omitted number means "no such rule", as in AWS. */
export function updatePasswordPolicyInput(form: PasswordPolicyForm): UpdateAccountPasswordPolicyInput {
  return {
    minimumPasswordLength: Number(form.minimumPasswordLength),
    requireUppercaseCharacters: form.requireUppercaseCharacters,
    requireLowercaseCharacters: form.requireLowercaseCharacters,
    requireNumbers: form.requireNumbers,
    requireSymbols: form.requireSymbols,
    allowUsersToChangePassword: form.allowUsersToChangePassword,
    hardExpiry: form.expirePasswords && form.hardExpiry,
    ...(form.expirePasswords ? { maxPasswordAge: Number(form.maxPasswordAge) } : {}),
    ...(form.preventReuse ? { passwordReusePrevention: Number(form.passwordReusePrevention) } : {}),
  };
}

/** AWS console's words for IAM's default policy, which applies while the account has no custom one. */
export const DEFAULT_POLICY_RULES = [
  'Minimum password length is 8 characters',
  'Include a minimum of three of the following mix of character types: uppercase, lowercase, numbers, and non-alphanumeric characters',
  'Must not be identical to your AWS account name or email address',
  'Never expire password',
  'Allow users to change their own password',
];

/** The rules of a custom policy, as the Account settings page lists them. */
export function passwordPolicyRules(policy: StoredPasswordPolicy): string[] {
  const characterTypes = [
    policy.requireUppercaseCharacters && 'one uppercase letter from the Latin alphabet (A-Z)',
    policy.requireLowercaseCharacters && 'one lowercase letter from the Latin alphabet (a-z)',
    policy.requireNumbers && 'one number',
    policy.requireSymbols && 'one non-alphanumeric character ( ! @ # $ % ^ & * ( ) _ + - = [ ] { } | \' )',
  ].filter((rule): rule is string => typeof rule === 'string');
  return [
    `Minimum password length is ${policy.minimumPasswordLength} characters`,
    ...characterTypes.map((rule) => `Require at least ${rule}`),
    policy.maxPasswordAge == null ? 'Never expire password' : `Password expires in ${policy.maxPasswordAge} day(s)`,
    ...(policy.hardExpiry ? ['Password expiration requires administrator reset'] : []),
    policy.allowUsersToChangePassword ? 'Allow users to change their own password' : 'Users cannot change their own password',
    ...(policy.passwordReusePrevention == null ? [] : [`Remember last ${policy.passwordReusePrevention} password(s) and prevent reuse`]),
  ];
}
