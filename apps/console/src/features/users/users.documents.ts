import { graphql } from '../../gql';
import type { ListUsersQueryVariables } from '../../gql/graphql';

/** One page of users (AWS's MaxItems is at most 1,000): the table follows the cursors to load them all. */
export const ListUsersQuery = graphql(`
  query ListUsers($first: Int!, $after: String) {
    listUsers(first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          userId
          userName
          path
          arn
          createDate
          passwordLastUsed
          groups {
            groupName
          }
        }
      }
    }
  }
`);

/** The Users table's first request (AWS's MaxItems ceiling), which the page's HTML also starts early. */
export const LIST_USERS_FIRST_PAGE: ListUsersQueryVariables = { first: 1000 };

/** AWS's console deletion of a user with its groups, password, keys, MFA and policies, as one transaction. */
export const DeleteUserAndDependentsMutation = graphql(`
  mutation DeleteUserAndDependents($input: DeleteUserInput!) {
    deleteUserAndDependents(input: $input) {
      userName
      groupNames
      loginProfile
      accessKeyIds
      mfaSerialNumber
      inlinePolicyNames
      attachedPolicyArns
    }
  }
`);

export const UserQuery = graphql(`
  query User($userName: String!) {
    getUser(userName: $userName) {
      userId
      userName
      path
      arn
      createDate
      passwordLastUsed
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

export const CreateUserMutation = graphql(`
  mutation CreateUser($input: CreateUserInput!) {
    createUser(input: $input) {
      userName
      arn
    }
  }
`);

export const TagUserMutation = graphql(`
  mutation TagUser($input: TagUserInput!) {
    tagUser(input: $input) {
      userName
      tags {
        key
        value
      }
    }
  }
`);

export const UntagUserMutation = graphql(`
  mutation UntagUser($input: UntagUserInput!) {
    untagUser(input: $input) {
      userName
      tags {
        key
        value
      }
    }
  }
`);

export const GroupsForUserQuery = graphql(`
  query GroupsForUser($userName: String!) {
    listGroupsForUser(userName: $userName, first: 1000) {
      edges {
        node {
          groupId
          groupName
          path
          arn
          createDate
          attachedPolicies {
            policyName
            arn
          }
        }
      }
    }
  }
`);

export const AddUserToGroupMutation = graphql(`
  mutation AddUserToGroup($input: GroupMembershipInput!) {
    addUserToGroup(input: $input) {
      groupName
    }
  }
`);

export const RemoveUserFromGroupMutation = graphql(`
  mutation RemoveUserFromGroup($input: GroupMembershipInput!) {
    removeUserFromGroup(input: $input) {
      groupName
    }
  }
`);

export const LoginProfileQuery = graphql(`
  query LoginProfile($userName: String!) {
    getLoginProfile(userName: $userName) {
      createDate
      passwordResetRequired
    }
  }
`);

export const CreateLoginProfileMutation = graphql(`
  mutation CreateLoginProfile($input: CreateLoginProfileInput!) {
    createLoginProfile(input: $input) {
      userName
      createDate
      passwordResetRequired
    }
  }
`);

export const UpdateLoginProfileMutation = graphql(`
  mutation UpdateLoginProfile($input: UpdateLoginProfileInput!) {
    updateLoginProfile(input: $input) {
      userName
      passwordResetRequired
    }
  }
`);

export const DeleteLoginProfileMutation = graphql(`
  mutation DeleteLoginProfile($input: DeleteLoginProfileInput!) {
    deleteLoginProfile(input: $input)
  }
`);

export const AccessKeysQuery = graphql(`
  query AccessKeys($userName: String) {
    listAccessKeys(userName: $userName) {
      edges {
        node {
          accessKeyId
          status
          createDate
        }
      }
    }
  }
`);

export const AccessKeyLastUsedQuery = graphql(`
  query AccessKeyLastUsed($accessKeyId: String!) {
    getAccessKeyLastUsed(accessKeyId: $accessKeyId) {
      accessKeyLastUsed {
        lastUsedDate
        region
        serviceName
      }
    }
  }
`);

export const CreateAccessKeyMutation = graphql(`
  mutation CreateAccessKey($input: CreateAccessKeyInput!) {
    createAccessKey(input: $input) {
      accessKeyId
      secretAccessKey
      status
      createDate
      userName
    }
  }
`);

export const UpdateAccessKeyMutation = graphql(`
  mutation UpdateAccessKey($input: UpdateAccessKeyInput!) {
    updateAccessKey(input: $input) {
      accessKeyId
      status
    }
  }
`);

export const DeleteAccessKeyMutation = graphql(`
  mutation DeleteAccessKey($input: DeleteAccessKeyInput!) {
    deleteAccessKey(input: $input)
  }
`);

export const MfaDevicesQuery = graphql(`
  query MfaDevices($userName: String) {
    listMFADevices(userName: $userName) {
      edges {
        node {
          serialNumber
          enableDate
        }
      }
    }
  }
`);

export const CreateVirtualMfaDeviceMutation = graphql(`
  mutation CreateVirtualMfaDevice($input: CreateVirtualMFADeviceInput!) {
    createVirtualMFADevice(input: $input) {
      serialNumber
      qrCodeUri
      base32StringSeed
    }
  }
`);

export const EnableMfaDeviceMutation = graphql(`
  mutation EnableMfaDevice($input: EnableMFADeviceInput!) {
    enableMFADevice(input: $input) {
      serialNumber
      enableDate
    }
  }
`);

export const DeactivateMfaDeviceMutation = graphql(`
  mutation DeactivateMfaDevice($input: DeactivateMFADeviceInput!) {
    deactivateMFADevice(input: $input)
  }
`);

export const DeleteVirtualMfaDeviceMutation = graphql(`
  mutation DeleteVirtualMfaDevice($input: DeleteVirtualMFADeviceInput!) {
    deleteVirtualMFADevice(input: $input)
  }
`);

/** Every policy that governs the user, directly and through its groups (the Permissions tab). */
export const UserPermissionsQuery = graphql(`
  query UserPermissions($principalArn: String!) {
    getPrincipalPolicies(principalArn: $principalArn) {
      groupList
      identityPolicies {
        policyName
        policyArn
        policyType
        groupName
        policyDocument
      }
    }
  }
`);
