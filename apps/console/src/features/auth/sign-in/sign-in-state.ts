import { namePattern, nameRules } from '@gatehouse/iam-names';
// The steps of signing in, as AWS's sign-in page has them, and the checks made before anything is sent.

export type SignInAs = 'root' | 'iam';

export interface SignInCredentials {
  signInAs: SignInAs;
  /** Root user: the account's email address. */
  email: string;
  /** IAM user: the 12-digit account ID or the account alias. */
  account: string;
  userName: string;
  password: string;
}

/** What the API asked for after the password: nothing more, an MFA code, or a new password (first sign-in, expiry). */
export type SignInStep = { step: 'credentials' } | { step: 'mfa' } | { step: 'new-password' };

export const emptyCredentials: SignInCredentials = { signInAs: 'root', email: '', account: '', userName: '', password: '' };

/** The account's sign-in URL carries `?account=ID_OR_ALIAS`: the page opens on the IAM user form for it. */
export function credentialsForSignInUrl(account: string | null): SignInCredentials {
  return account ? { ...emptyCredentials, signInAs: 'iam', account } : emptyCredentials;
}

const ACCOUNT_ID = /^\d{12}$/;
/** AWS: an account alias is 3–63 lowercase letters, digits and hyphens, not starting or ending with a hyphen. */
const ACCOUNT_ALIAS = /^[a-z0-9](?:[a-z0-9-]{1,61}[a-z0-9])$/;
const USER_NAME = namePattern(nameRules.userName);
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

export type CredentialErrors = Partial<Record<'email' | 'account' | 'userName' | 'password', string>>;

export function credentialErrors(credentials: SignInCredentials): CredentialErrors {
  const errors: CredentialErrors = {};
  if (credentials.signInAs === 'root') {
    if (!EMAIL.test(credentials.email.trim())) errors.email = 'Enter the email address of the root user.';
  } else {
    const account = credentials.account.trim();
    // All digits is read as an account ID, as AWS's sign-in page does; anything else as an alias.
    const valid = /^\d+$/.test(account) ? ACCOUNT_ID.test(account) : ACCOUNT_ALIAS.test(account);
    if (!valid) errors.account = 'Enter a 12-digit account ID or an account alias.';
    if (!USER_NAME.test(credentials.userName.trim())) errors.userName = 'Enter your IAM user name.';
  }
  if (credentials.password === '') errors.password = 'Enter your password.';
  return errors;
}

/** AWS: an MFA code from an authenticator app is six digits. */
export function mfaCodeError(code: string): string | undefined {
  return /^\d{6}$/.test(code) ? undefined : 'Enter the 6-digit code from your MFA device.';
}

export function newPasswordError(newPassword: string, confirmation: string): string | undefined {
  if (newPassword === '') return 'Enter a new password.';
  if (newPassword !== confirmation) return 'The passwords do not match.';
  return undefined;
}
