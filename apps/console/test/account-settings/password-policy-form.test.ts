import {
  passwordPolicyForm,
  passwordPolicyFormErrors,
  passwordPolicyRules,
  updatePasswordPolicyInput,
  type StoredPasswordPolicy,
} from '../../src/features/account-settings/password-policy/password-policy-form';

const stored: StoredPasswordPolicy = {
  minimumPasswordLength: 14,
  requireUppercaseCharacters: true,
  requireLowercaseCharacters: true,
  requireNumbers: true,
  requireSymbols: false,
  allowUsersToChangePassword: true,
  expirePasswords: true,
  maxPasswordAge: 90,
  hardExpiry: false,
  passwordReusePrevention: null,
};

describe('password policy form', () => {
  it('round-trips a stored policy into the UpdateAccountPasswordPolicy input, omitting the rules that are off', () => {
    const form = passwordPolicyForm(stored);
    expect(form.choice).toBe('custom');
    expect(passwordPolicyFormErrors(form)).toEqual({});
    expect(updatePasswordPolicyInput(form)).toEqual({
      minimumPasswordLength: 14,
      requireUppercaseCharacters: true,
      requireLowercaseCharacters: true,
      requireNumbers: true,
      requireSymbols: false,
      allowUsersToChangePassword: true,
      hardExpiry: false,
      maxPasswordAge: 90,
    });
  });

  it('starts from IAM default when the account has no policy', () => {
    expect(passwordPolicyForm(null).choice).toBe('default');
  });

  it('refuses numbers outside AWS limits, only for the rules that are on', () => {
    const form = { ...passwordPolicyForm(stored), minimumPasswordLength: '5', maxPasswordAge: '1096', preventReuse: true, passwordReusePrevention: '25' };
    expect(Object.keys(passwordPolicyFormErrors(form)).sort()).toEqual(['maxPasswordAge', 'minimumPasswordLength', 'passwordReusePrevention']);
    expect(passwordPolicyFormErrors({ ...form, choice: 'default' })).toEqual({});
    expect(passwordPolicyFormErrors({ ...form, minimumPasswordLength: '6', expirePasswords: false, preventReuse: false })).toEqual({});
  });

  it('hard expiry only goes with expiring passwords', () => {
    const form = { ...passwordPolicyForm(stored), hardExpiry: true, expirePasswords: false };
    expect(updatePasswordPolicyInput(form)).toMatchObject({ hardExpiry: false });
    expect(updatePasswordPolicyInput(form)).not.toHaveProperty('maxPasswordAge');
  });

  it('describes a custom policy in the console words', () => {
    expect(passwordPolicyRules({ ...stored, passwordReusePrevention: 3 })).toEqual([
      'Minimum password length is 14 characters',
      'Require at least one uppercase letter from the Latin alphabet (A-Z)',
      'Require at least one lowercase letter from the Latin alphabet (a-z)',
      'Require at least one number',
      'Password expires in 90 day(s)',
      'Allow users to change their own password',
      'Remember last 3 password(s) and prevent reuse',
    ]);
  });
});
