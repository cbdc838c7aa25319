// Inline policies and permissions boundaries of users, groups and roles; attaching managed policies uses the Policies
// feature's Attach…Policy documents.
import { graphql } from '../../gql';

export const PutUserPolicyMutation = graphql(`
  mutation PutUserPolicy($input: PutUserPolicyInput!) {
    putUserPolicy(input: $input) {
      userName
      policyName
    }
  }
`);

export const DeleteUserPolicyMutation = graphql(`
  mutation DeleteUserPolicy($input: DeleteUserPolicyInput!) {
    deleteUserPolicy(input: $input)
  }
`);

export const PutGroupPolicyMutation = graphql(`
  mutation PutGroupPolicy($input: PutGroupPolicyInput!) {
    putGroupPolicy(input: $input) {
      groupName
      policyName
    }
  }
`);

export const DeleteGroupPolicyMutation = graphql(`
  mutation DeleteGroupPolicy($input: DeleteGroupPolicyInput!) {
    deleteGroupPolicy(input: $input)
  }
`);

export const GroupInlinePoliciesQuery = graphql(`
  query GroupInlinePolicies($groupName: String!) {
    listGroupPolicies(groupName: $groupName, first: 1000) {
      totalCount
      edges {
        node {
          groupName
          policyName
          policyDocument
        }
      }
    }
  }
`);

export const PutUserPermissionsBoundaryMutation = graphql(`
  mutation PutUserPermissionsBoundary($input: PutUserPermissionsBoundaryInput!) {
    putUserPermissionsBoundary(input: $input) {
      userName
      permissionsBoundary {
        permissionsBoundaryArn
      }
    }
  }
`);

export const DeleteUserPermissionsBoundaryMutation = graphql(`
  mutation DeleteUserPermissionsBoundary($input: DeleteUserPermissionsBoundaryInput!) {
    deleteUserPermissionsBoundary(input: $input) {
      userName
      permissionsBoundary {
        permissionsBoundaryArn
      }
    }
  }
`);

export const PutRolePolicyMutation = graphql(`
  mutation PutRolePolicy($input: PutRolePolicyInput!) {
    putRolePolicy(input: $input) {
      roleName
      policyName
    }
  }
`);

export const DeleteRolePolicyMutation = graphql(`
  mutation DeleteRolePolicy($input: DeleteRolePolicyInput!) {
    deleteRolePolicy(input: $input)
  }
`);

export const RoleInlinePoliciesQuery = graphql(`
  query RoleInlinePolicies($roleName: String!) {
    listRolePolicies(roleName: $roleName, first: 1000) {
      totalCount
      edges {
        node {
          roleName
          policyName
          policyDocument
        }
      }
    }
  }
`);

export const PutRolePermissionsBoundaryMutation = graphql(`
  mutation PutRolePermissionsBoundary($input: PutRolePermissionsBoundaryInput!) {
    putRolePermissionsBoundary(input: $input) {
      roleName
      permissionsBoundary {
        permissionsBoundaryArn
      }
    }
  }
`);

export const DeleteRolePermissionsBoundaryMutation = graphql(`
  mutation DeleteRolePermissionsBoundary($input: DeleteRolePermissionsBoundaryInput!) {
    deleteRolePermissionsBoundary(input: $input) {
      roleName
      permissionsBoundary {
        permissionsBoundaryArn
      }
    }
  }
`);
