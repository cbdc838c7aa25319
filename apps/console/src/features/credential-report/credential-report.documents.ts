import { graphql } from '../../gql';

export const GenerateCredentialReportMutation = graphql(`
  mutation GenerateCredentialReport {
    generateCredentialReport {
      state
      description
    }
  }
`);

export const CredentialReportQuery = graphql(`
  query CredentialReport {
    getCredentialReport {
      content
      generatedTime
      reportFormat
    }
  }
`);

/**
 * The credential report as of now (Gatehouse's getLiveCredentialReport, not stored, not held to the 4-hour rule): the
 * dashboard's recommendations and the Users table's credential columns read it.
 */
export const LiveCredentialReportQuery = graphql(`
  query LiveCredentialReport {
    getLiveCredentialReport {
      content
      generatedTime
    }
  }
`);
