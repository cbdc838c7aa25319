import { graphql } from '../../gql';

export const ListRolesQuery = graphql(`
  query ListRoles($first: Int!, $after: String) {
    listRoles(first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          roleName
          path
          arn
          createDate
          assumeRolePolicyDocument
          roleLastUsed {
            lastUsedDate
          }
        }
      }
    }
  }
`);

export const GetRoleQuery = graphql(`
  query GetRole($roleName: String!) {
    getRole(roleName: $roleName) {
      roleName
      roleId
      path
      arn
      createDate
      description
      maxSessionDuration
      assumeRolePolicyDocument
      roleLastUsed {
        lastUsedDate
        region
      }
      attachedPolicies {
        arn
        policyName
        description
      }
      permissionsBoundary {
        permissionsBoundaryArn
      }
      tags {
        key
        value
      }
    }
  }
`);

export const CallerAccountQuery = graphql(`
  query CallerAccount {
    getCallerIdentity {
      account
    }
  }
`);

export const CreateRoleMutation = graphql(`
  mutation CreateRole($input: CreateRoleInput!) {
    createRole(input: $input) {
      roleName
    }
  }
`);

export const UpdateAssumeRolePolicyMutation = graphql(`
  mutation UpdateAssumeRolePolicy($input: UpdateAssumeRolePolicyInput!) {
    updateAssumeRolePolicy(input: $input) {
      roleName
      assumeRolePolicyDocument
    }
  }
`);

export const TagRoleMutation = graphql(`
  mutation TagRole($input: TagRoleInput!) {
    tagRole(input: $input) {
      roleName
    }
  }
`);

export const UntagRoleMutation = graphql(`
  mutation UntagRole($input: UntagRoleInput!) {
    untagRole(input: $input) {
      roleName
    }
  }
`);

export const RevokeRoleSessionsMutation = graphql(`
  mutation RevokeRoleSessions($input: RevokeRoleSessionsInput!) {
    revokeRoleSessions(input: $input)
  }
`);

export const DeleteRoleMutation = graphql(`
  mutation DeleteRole($input: DeleteRoleInput!) {
    deleteRole(input: $input)
  }
`);

export const UpdateRoleMutation = graphql(`
  mutation UpdateRole($input: UpdateRoleInput!) {
    updateRole(input: $input) {
      roleName
      description
      maxSessionDuration
    }
  }
`);
