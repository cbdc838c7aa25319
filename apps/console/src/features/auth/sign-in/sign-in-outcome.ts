import type { SignInCredentials } from './sign-in-state';

/** What each sign-in request can lead to; the API's answers map onto these. */
export type SignInOutcome =
  | { status: 'signed-in' }
  | { status: 'mfa-required' }
  | { status: 'password-change-required' }
  | { status: 'failed'; message: string };

/** The sign-in requests the page makes; bound to the API's signIn mutations by the route. */
export interface SignInRequests {
  signIn: (credentials: SignInCredentials) => Promise<SignInOutcome>;
  submitMfaCode: (code: string) => Promise<SignInOutcome>;
  changePassword: (newPassword: string) => Promise<SignInOutcome>;
}
