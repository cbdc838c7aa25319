// Inline policies and permissions boundaries of users and groups; attaching managed policies uses the Policies
// feature's AttachUserPolicy / AttachGroupPolicy documents.
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
