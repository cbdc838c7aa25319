import { graphql } from '../../gql';

export const AccountAliasesQuery = graphql(`
  query AccountAliases {
    listAccountAliases
    getCallerIdentity {
      account
    }
  }
`);

export const CreateAccountAliasMutation = graphql(`
  mutation CreateAccountAlias($input: CreateAccountAliasInput!) {
    createAccountAlias(input: $input)
  }
`);

export const DeleteAccountAliasMutation = graphql(`
  mutation DeleteAccountAlias($input: DeleteAccountAliasInput!) {
    deleteAccountAlias(input: $input)
  }
`);

export const AccountPasswordPolicyQuery = graphql(`
  query AccountPasswordPolicy {
    getAccountPasswordPolicy {
      minimumPasswordLength
      requireUppercaseCharacters
      requireLowercaseCharacters
      requireNumbers
      requireSymbols
      allowUsersToChangePassword
      expirePasswords
      maxPasswordAge
      hardExpiry
      passwordReusePrevention
    }
  }
`);

export const UpdateAccountPasswordPolicyMutation = graphql(`
  mutation UpdateAccountPasswordPolicy($input: UpdateAccountPasswordPolicyInput!) {
    updateAccountPasswordPolicy(input: $input) {
      minimumPasswordLength
    }
  }
`);

export const DeleteAccountPasswordPolicyMutation = graphql(`
  mutation DeleteAccountPasswordPolicy {
    deleteAccountPasswordPolicy
  }
`);
