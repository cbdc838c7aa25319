import { graphql } from '../../gql';

export const ListGroupsQuery = graphql(`
  query ListGroups($first: Int! = 1000, $after: String) {
    listGroups(first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
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
          users(first: 1) {
            totalCount
          }
        }
      }
    }
  }
`);

export const GroupQuery = graphql(`
  query Group($groupName: String!) {
    getGroup(groupName: $groupName) {
      groupId
      groupName
      path
      arn
      createDate
      attachedPolicies {
        policyName
        arn
        description
      }
      users(first: 1000) {
        totalCount
        edges {
          node {
            userName
            path
            arn
            createDate
          }
        }
      }
    }
  }
`);

export const CreateGroupMutation = graphql(`
  mutation CreateGroup($input: CreateGroupInput!) {
    createGroup(input: $input) {
      groupName
      arn
    }
  }
`);

export const DeleteGroupMutation = graphql(`
  mutation DeleteGroup($input: DeleteGroupInput!) {
    deleteGroup(input: $input)
  }
`);
