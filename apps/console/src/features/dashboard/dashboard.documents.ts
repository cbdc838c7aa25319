import { graphql } from '../../gql';

export const AccountSummaryQuery = graphql(`
  query AccountSummary {
    getAccountSummary {
      summaryMap {
        key
        value
      }
    }
  }
`);

/** The recommendations read the credential report; generating it is cheap and returns when it is complete. */
export const GenerateDashboardCredentialReportMutation = graphql(`
  mutation GenerateDashboardCredentialReport {
    generateCredentialReport {
      state
    }
  }
`);

export const DashboardCredentialReportQuery = graphql(`
  query DashboardCredentialReport {
    getCredentialReport {
      content
      generatedTime
    }
  }
`);
