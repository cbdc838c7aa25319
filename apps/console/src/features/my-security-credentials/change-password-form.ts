// The "Change password" form of the Security credentials page, without React: which field is wrong before the API
// is asked. The API's own refusals (the old password, the password policy's rules) are shown as it words them.

export interface ChangePasswordForm {
  oldPassword: string;
  newPassword: string;
  confirmPassword: string;
}

export type ChangePasswordErrors = Partial<Record<keyof ChangePasswordForm, string>>;

export const emptyChangePasswordForm: ChangePasswordForm = { oldPassword: '', newPassword: '', confirmPassword: '' };

export function changePasswordErrors(form: ChangePasswordForm): ChangePasswordErrors {
  const errors: ChangePasswordErrors = {};
  if (form.oldPassword === '') errors.oldPassword = 'Enter your current password.';
  if (form.newPassword === '') errors.newPassword = 'Enter a new password.';
  else if (form.newPassword === form.oldPassword) errors.newPassword = 'The new password must differ from the current one.';
  if (form.confirmPassword !== form.newPassword) errors.confirmPassword = 'The passwords do not match.';
  return errors;
}
