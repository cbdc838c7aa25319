import { graphql } from '../../gql';

/**
 * The users, groups and roles to simulate as, with the policies each carries (the simulator's left panel), page after
 * page (useWholeAuthorizationDetails).
 */
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
        groupList
        attachedManagedPolicies {
          policyName
        }
        userPolicyList {
          policyName
        }
        permissionsBoundary {
          permissionsBoundaryArn
        }
      }
      groupDetailList {
        arn
        groupName
        attachedManagedPolicies {
          policyName
        }
        groupPolicyList {
          policyName
        }
      }
      roleDetailList {
        arn
        roleName
        attachedManagedPolicies {
          policyName
        }
        rolePolicyList {
          policyName
        }
        permissionsBoundary {
          permissionsBoundaryArn
        }
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
