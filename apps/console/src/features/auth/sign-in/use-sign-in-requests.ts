'use client';

import type { CombinedError } from '@urql/core';
import { useMemo } from 'react';
import { useMutation } from 'urql';
import { apiErrorOf } from '../../../graphql/api-error';
import type { SignInState } from '../../../gql/graphql';
import { failedOutcome, outcomeOfState, signInInput, type SignInOutcome, type SignInRequests } from './sign-in-outcome';
import { SignInMutation, SubmitSignInMfaCodeMutation, SubmitSignInNewPasswordMutation } from './sign-in.documents';

function outcomeOf(error: CombinedError | undefined, state: SignInState | undefined): SignInOutcome {
  if (error || !state) {
    const apiError = error ? apiErrorOf(error) : { code: 'ServiceFailure', message: 'The API answered without a sign-in state.' };
    return failedOutcome(apiError);
  }
  return outcomeOfState(state);
}

/** The sign-in page's requests, sent to the API's signIn, submitSignInMfaCode and submitSignInNewPassword. */
export function useSignInRequests(): SignInRequests {
  const [, signIn] = useMutation(SignInMutation);
  const [, submitMfaCode] = useMutation(SubmitSignInMfaCodeMutation);
  const [, submitNewPassword] = useMutation(SubmitSignInNewPasswordMutation);
  return useMemo(
    () => ({
      signIn: async (credentials) => {
        const result = await signIn({ input: signInInput(credentials) });
        return outcomeOf(result.error, result.data?.signIn.state);
      },
      submitMfaCode: async (code) => {
        const result = await submitMfaCode({ input: { authenticationCode: code } });
        return outcomeOf(result.error, result.data?.submitSignInMfaCode.state);
      },
      changePassword: async (newPassword) => {
        const result = await submitNewPassword({ input: { newPassword } });
        return outcomeOf(result.error, result.data?.submitSignInNewPassword.state);
      },
    }),
    [signIn, submitMfaCode, submitNewPassword],
  );
}
