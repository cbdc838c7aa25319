import { changePasswordErrors, emptyChangePasswordForm } from '../../src/features/my-security-credentials/change-password-form';

describe('change password form', () => {
  it('asks for every field of an empty form, but not for a matching confirmation', () => {
    expect(changePasswordErrors(emptyChangePasswordForm)).toEqual({ oldPassword: 'Enter your current password.', newPassword: 'Enter a new password.' });
  });

  it('refuses a confirmation that differs and a new password equal to the current one', () => {
    expect(changePasswordErrors({ oldPassword: 'a', newPassword: 'b', confirmPassword: 'c' })).toEqual({ confirmPassword: 'The passwords do not match.' });
    expect(changePasswordErrors({ oldPassword: 'same', newPassword: 'same', confirmPassword: 'same' })).toEqual({
      newPassword: 'The new password must differ from the current one.',
    });
  });

  it('has nothing to say about a complete form', () => {
    expect(changePasswordErrors({ oldPassword: 'Old-1!', newPassword: 'New-2!', confirmPassword: 'New-2!' })).toEqual({});
  });
});
