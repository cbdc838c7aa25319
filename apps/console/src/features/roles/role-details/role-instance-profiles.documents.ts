import { graphql } from '../../../gql';

/** The instance profiles that hold a role, for the "Instance profile ARN" of its Summary, as AWS's console shows it. */
export const ListInstanceProfilesForRoleQuery = graphql(`
  query ListInstanceProfilesForRole($roleName: String!) {
    listInstanceProfilesForRole(roleName: $roleName) {
      edges {
        node {
          arn
        }
      }
    }
  }
`);
