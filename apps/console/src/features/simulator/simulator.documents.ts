import { graphql } from '../../gql';

/** The users, groups and roles to simulate as (the simulator's left panel), page after page (useWholeAuthorizationDetails). */
export const SimulatorPrincipalsQuery = graphql(`
  query SimulatorPrincipals($first: Int!, $after: String) {
    getAccountAuthorizationDetails(filter: [User, Group, Role], first: $first, after: $after) {
      pageInfo {
        hasNextPage
        endCursor
      }
      userDetailList {
        arn
        userName
      }
      groupDetailList {
        arn
        groupName
      }
      roleDetailList {
        arn
        roleName
      }
    }
  }
`);

/** The policies of the principal chosen to simulate as, its groups' included. */
export const SimulatorPrincipalPoliciesQuery = graphql(`
  query SimulatorPrincipalPolicies($principalArn: String!) {
    getPrincipalPolicies(principalArn: $principalArn) {
      identityPolicies {
        policyName
        policyArn
        groupName
        policyDocument
      }
      permissionsBoundary {
        policyArn
        policyName
        policyDocument
      }
      tags {
        key
        value
      }
    }
  }
`);

export const SimulatePrincipalPolicyQuery = graphql(`
  query SimulatePrincipalPolicy($input: SimulatePrincipalPolicyInput!) {
    simulatePrincipalPolicy(input: $input) {
      evaluationResults {
        evalActionName
        evalResourceName
        evalDecision
        explanation
        missingContextValues
        matchedStatements {
          sourcePolicyId
          sourcePolicyType
          statementIndex
          sid
          effect
        }
        permissionsBoundaryDecisionDetail {
          allowedByPermissionsBoundary
        }
      }
    }
  }
`);

export const SimulateCustomPolicyQuery = graphql(`
  query SimulateCustomPolicy($input: SimulateCustomPolicyInput!) {
    simulateCustomPolicy(input: $input) {
      evaluationResults {
        evalActionName
        evalResourceName
        evalDecision
        explanation
        missingContextValues
        matchedStatements {
          sourcePolicyId
          sourcePolicyType
          statementIndex
          sid
          effect
        }
        permissionsBoundaryDecisionDetail {
          allowedByPermissionsBoundary
        }
      }
    }
  }
`);
