import { graphql } from '../../gql';

/**
 * While the providers list is empty it names no OpenIDConnectProvider, so urql's cache would not know that adding one
 * changes it. Saying so keeps the list (and the wizard's provider choice) current.
 */
export const LIST_CONTEXT = { additionalTypenames: ['OpenIDConnectProvider'] };

/** AWS's quota is 100 providers an account: one page of AWS's largest size holds them all. */
export const PROVIDERS_PAGE = { first: 1000 };

export const ListOpenIdConnectProvidersQuery = graphql(`
  query ListOpenIDConnectProviders($first: Int!, $after: String) {
    listOpenIDConnectProviders(first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          arn
          url
          clientIDList
          createDate
        }
      }
    }
  }
`);

export const GetOpenIdConnectProviderQuery = graphql(`
  query GetOpenIDConnectProvider($arn: String!) {
    getOpenIDConnectProvider(openIDConnectProviderArn: $arn) {
      arn
      url
      clientIDList
      thumbprintList
      createDate
      tags {
        key
        value
      }
    }
  }
`);

export const CreateOpenIdConnectProviderMutation = graphql(`
  mutation CreateOpenIDConnectProvider($input: CreateOpenIDConnectProviderInput!) {
    createOpenIDConnectProvider(input: $input) {
      arn
    }
  }
`);

export const DeleteOpenIdConnectProviderMutation = graphql(`
  mutation DeleteOpenIDConnectProvider($input: DeleteOpenIDConnectProviderInput!) {
    deleteOpenIDConnectProvider(input: $input)
  }
`);

export const AddClientIdToOpenIdConnectProviderMutation = graphql(`
  mutation AddClientIDToOpenIDConnectProvider($input: OpenIDConnectProviderClientIDInput!) {
    addClientIDToOpenIDConnectProvider(input: $input) {
      clientIDList
    }
  }
`);

export const RemoveClientIdFromOpenIdConnectProviderMutation = graphql(`
  mutation RemoveClientIDFromOpenIDConnectProvider($input: OpenIDConnectProviderClientIDInput!) {
    removeClientIDFromOpenIDConnectProvider(input: $input) {
      clientIDList
    }
  }
`);

export const TagOpenIdConnectProviderMutation = graphql(`
  mutation TagOpenIDConnectProvider($input: TagOpenIDConnectProviderInput!) {
    tagOpenIDConnectProvider(input: $input) {
      arn
    }
  }
`);

export const UntagOpenIdConnectProviderMutation = graphql(`
  mutation UntagOpenIDConnectProvider($input: UntagOpenIDConnectProviderInput!) {
    untagOpenIDConnectProvider(input: $input) {
      arn
    }
  }
`);
