import { graphql } from '../../gql';

/** AWS ChangePassword: the caller's own password (an IAM user's, or in Gatehouse the root user's). */
export const ChangePasswordMutation = graphql(`
  mutation ChangePassword($input: ChangePasswordInput!) {
    changePassword(input: $input)
  }
`);
