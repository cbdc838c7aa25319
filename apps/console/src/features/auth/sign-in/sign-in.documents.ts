import { graphql } from '../../../gql';

export const SignInMutation = graphql(`
  mutation SignIn($input: SignInInput!) {
    signIn(input: $input) {
      state
      accountId
      principalArn
    }
  }
`);

export const SubmitSignInMfaCodeMutation = graphql(`
  mutation SubmitSignInMfaCode($input: SignInMfaInput!) {
    submitSignInMfaCode(input: $input) {
      state
      accountId
      principalArn
    }
  }
`);

export const SubmitSignInNewPasswordMutation = graphql(`
  mutation SubmitSignInNewPassword($input: SignInNewPasswordInput!) {
    submitSignInNewPassword(input: $input) {
      state
      accountId
      principalArn
    }
  }
`);
