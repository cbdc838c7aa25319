import { graphql } from '../../../gql';

export const CallerIdentityQuery = graphql(`
  query CallerIdentity {
    getCallerIdentity {
      account
      arn
      userId
    }
  }
`);

/** Apart from the identity: an IAM user without iam:ListAccountAliases still sees who they are. */
export const AccountAliasQuery = graphql(`
  query AccountAlias {
    listAccountAliases
  }
`);

export const SignOutMutation = graphql(`
  mutation SignOut {
    signOut
  }
`);

export const SwitchRoleMutation = graphql(`
  mutation SwitchRole($input: SwitchRoleInput!) {
    switchRole(input: $input) {
      assumedRoleUser {
        arn
      }
      expiration
    }
  }
`);

export const SwitchRoleBackMutation = graphql(`
  mutation SwitchRoleBack {
    switchRoleBack
  }
`);
