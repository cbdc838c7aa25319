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

/** The recommendations read the credential report as of now (not the stored one, up to 4 hours old). */
export const DashboardCredentialReportQuery = graphql(`
  query DashboardCredentialReport {
    getLiveCredentialReport {
      content
      generatedTime
    }
  }
`);
