import { graphql } from '../../gql';

export const ListPoliciesQuery = graphql(`
  query ListPolicies($first: Int!, $after: String) {
    listPolicies(first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          arn
          policyName
          path
          description
          attachmentCount
          permissionsBoundaryUsageCount
          createDate
          updateDate
        }
      }
    }
  }
`);

export const GetPolicyQuery = graphql(`
  query GetPolicy($policyArn: String!) {
    getPolicy(policyArn: $policyArn) {
      arn
      policyName
      path
      description
      createDate
      updateDate
      attachmentCount
      permissionsBoundaryUsageCount
      defaultVersionId
      defaultVersion {
        versionId
        document
      }
      tags {
        key
        value
      }
    }
  }
`);

/** What the version pages say of the policy itself: its name and which version is in force (no document). */
export const GetPolicySummaryQuery = graphql(`
  query GetPolicySummary($policyArn: String!) {
    getPolicy(policyArn: $policyArn) {
      policyName
      defaultVersionId
    }
  }
`);

/** One version with its document (an AWS managed policy's can be 140 KB, and it may have 150 versions). */
export const GetPolicyVersionQuery = graphql(`
  query GetPolicyVersion($policyArn: String!, $versionId: String!) {
    getPolicyVersion(policyArn: $policyArn, versionId: $versionId) {
      versionId
      isDefaultVersion
      createDate
      document
    }
  }
`);

/** The Versions tab's rows and the comparison's pickers: no documents (AWS managed policies have up to ~150 versions, some 50 KB each). */
export const ListPolicyVersionSummariesQuery = graphql(`
  query ListPolicyVersionSummaries($policyArn: String!) {
    listPolicyVersions(policyArn: $policyArn, first: 1000) {
      edges {
        node {
          versionId
          isDefaultVersion
          createDate
        }
      }
    }
  }
`);

export const ListEntitiesForPolicyQuery = graphql(`
  query ListEntitiesForPolicy($policyArn: String!) {
    listEntitiesForPolicy(policyArn: $policyArn, policyUsageFilter: PermissionsPolicy) {
      policyUsers {
        edges {
          node {
            userName
            arn
          }
        }
      }
      policyGroups {
        edges {
          node {
            groupName
            arn
          }
        }
      }
      policyRoles {
        edges {
          node {
            roleName
            arn
          }
        }
      }
    }
  }
`);

/** Who a policy can be attached to: the users, groups and roles of the account. */
export const AttachableEntitiesQuery = graphql(`
  query AttachableEntities {
    listUsers(first: 1000) {
      edges {
        node {
          userName
        }
      }
    }
    listGroups(first: 1000) {
      edges {
        node {
          groupName
        }
      }
    }
    listRoles(first: 1000) {
      edges {
        node {
          roleName
        }
      }
    }
  }
`);

export const CreatePolicyMutation = graphql(`
  mutation CreatePolicy($input: CreatePolicyInput!) {
    createPolicy(input: $input) {
      arn
    }
  }
`);

export const CreatePolicyVersionMutation = graphql(`
  mutation CreatePolicyVersion($input: CreatePolicyVersionInput!) {
    createPolicyVersion(input: $input) {
      versionId
      isDefaultVersion
    }
  }
`);

export const SetDefaultPolicyVersionMutation = graphql(`
  mutation SetDefaultPolicyVersion($input: PolicyVersionInput!) {
    setDefaultPolicyVersion(input: $input) {
      versionId
    }
  }
`);

export const DeletePolicyVersionMutation = graphql(`
  mutation DeletePolicyVersion($input: PolicyVersionInput!) {
    deletePolicyVersion(input: $input)
  }
`);

export const AttachUserPolicyMutation = graphql(`
  mutation AttachUserPolicy($input: UserPolicyAttachmentInput!) {
    attachUserPolicy(input: $input) {
      arn
    }
  }
`);

export const AttachGroupPolicyMutation = graphql(`
  mutation AttachGroupPolicy($input: GroupPolicyAttachmentInput!) {
    attachGroupPolicy(input: $input) {
      arn
    }
  }
`);

export const AttachRolePolicyMutation = graphql(`
  mutation AttachRolePolicy($input: RolePolicyAttachmentInput!) {
    attachRolePolicy(input: $input) {
      arn
    }
  }
`);

export const DetachUserPolicyMutation = graphql(`
  mutation DetachUserPolicy($input: UserPolicyAttachmentInput!) {
    detachUserPolicy(input: $input) {
      arn
    }
  }
`);

export const DetachGroupPolicyMutation = graphql(`
  mutation DetachGroupPolicy($input: GroupPolicyAttachmentInput!) {
    detachGroupPolicy(input: $input) {
      arn
    }
  }
`);

export const DetachRolePolicyMutation = graphql(`
  mutation DetachRolePolicy($input: RolePolicyAttachmentInput!) {
    detachRolePolicy(input: $input) {
      arn
    }
  }
`);

export const TagPolicyMutation = graphql(`
  mutation TagPolicy($input: TagPolicyInput!) {
    tagPolicy(input: $input) {
      arn
    }
  }
`);

export const UntagPolicyMutation = graphql(`
  mutation UntagPolicy($input: UntagPolicyInput!) {
    untagPolicy(input: $input) {
      arn
    }
  }
`);

export const DeletePolicyMutation = graphql(`
  mutation DeletePolicy($input: DeletePolicyInput!) {
    deletePolicy(input: $input)
  }
`);
