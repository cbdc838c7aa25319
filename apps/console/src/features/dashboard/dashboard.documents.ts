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
