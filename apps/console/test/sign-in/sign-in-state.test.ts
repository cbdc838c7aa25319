import { credentialErrors, emptyCredentials, mfaCodeError, newPasswordError } from '../../src/features/auth/sign-in/sign-in-state';

describe('sign-in checks made before anything is sent', () => {
  it('a root user needs an email address and a password', () => {
    expect(credentialErrors(emptyCredentials)).toEqual({
      email: 'Enter the email address of the root user.',
      password: 'Enter your password.',
    });
    expect(credentialErrors({ ...emptyCredentials, email: 'root@example.com', password: 'x' })).toEqual({});
  });

  it('an IAM user needs a 12-digit account ID or an alias, and a user name', () => {
    const iam = { ...emptyCredentials, signInAs: 'iam' as const, userName: 'alice', password: 'x' };
    expect(credentialErrors({ ...iam, account: '111122223333' })).toEqual({});
    expect(credentialErrors({ ...iam, account: 'example-corp' })).toEqual({});
    expect(credentialErrors({ ...iam, account: '12345' }).account).toBeDefined();
    expect(credentialErrors({ ...iam, account: '-corp' }).account).toBeDefined();
    expect(credentialErrors({ ...iam, account: 'example-corp', userName: 'alice smith' }).userName).toBeDefined();
  });

  it('an MFA code is six digits and a new password is typed twice', () => {
    expect(mfaCodeError('123456')).toBeUndefined();
    expect(mfaCodeError('12345')).toBeDefined();
    expect(newPasswordError('', '')).toBe('Enter a new password.');
    expect(newPasswordError('a-long-password', 'a-long-passwort')).toBe('The passwords do not match.');
    expect(newPasswordError('a-long-password', 'a-long-password')).toBeUndefined();
  });
});
