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
