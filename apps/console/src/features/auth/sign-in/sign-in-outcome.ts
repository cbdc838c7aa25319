import type { ApiError } from '../../../graphql/api-error';
import type { SignInState } from '../../../gql/graphql';
import type { SignInCredentials } from './sign-in-state';

/** What each sign-in request can lead to; the API's answers map onto these. */
export type SignInOutcome =
  | { status: 'signed-in' }
  | { status: 'mfa-required' }
  | { status: 'password-change-required' }
  | { status: 'failed'; header: string; message: string; rules?: string[] };

/** The sign-in requests the page makes, bound to the API's signIn mutations by useSignInRequests. */
export interface SignInRequests {
  signIn: (credentials: SignInCredentials) => Promise<SignInOutcome>;
  submitMfaCode: (code: string) => Promise<SignInOutcome>;
  changePassword: (newPassword: string) => Promise<SignInOutcome>;
}

/** The API's session state after a step: which step the page shows next. */
export function outcomeOfState(state: SignInState): SignInOutcome {
  switch (state) {
    case 'Active':
      return { status: 'signed-in' };
    case 'MfaRequired':
      return { status: 'mfa-required' };
    case 'PasswordChangeRequired':
      return { status: 'password-change-required' };
  }
}

/** The signIn input: the root user by email, an IAM user by account (ID or alias) and user name. */
export function signInInput(credentials: SignInCredentials) {
  return credentials.signInAs === 'root'
    ? { email: credentials.email.trim(), password: credentials.password }
    : { account: credentials.account.trim(), userName: credentials.userName.trim(), password: credentials.password };
}

/**
 * A refused step, worded for where it happened: a new password that breaks the account's password policy names each
 * rule it breaks (the API joins them with `; `) rather than calling it a failed sign-in.
 */
export function failedOutcome(error: ApiError): SignInOutcome {
  if (error.code === 'PasswordPolicyViolation') {
    const rules = error.message.split('; ').filter((rule) => rule !== '');
    return {
      status: 'failed',
      header: "The new password doesn't meet the account's password policy",
      message: rules.length === 1 ? rules[0]! : `It breaks ${rules.length} rules:`,
      ...(rules.length > 1 ? { rules } : {}),
    };
  }
  return { status: 'failed', header: 'Sign-in failed', message: `${error.message} (${error.code})` };
}
