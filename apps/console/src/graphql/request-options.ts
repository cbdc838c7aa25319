import type { ClientOptions } from '@urql/core';

/** Where and how the console's GraphQL requests go: shared by the client and the queries a page's HTML starts itself. */
export const graphqlRequestOptions = {
  url: '/graphql',
  // Apollo's CSRF prevention rejects simple GET requests; every operation is a POST with a preflight-forcing header.
  preferGetMethod: false,
  fetchOptions: {
    credentials: 'same-origin',
    headers: { 'apollo-require-preflight': 'true' },
  },
} as const satisfies Omit<ClientOptions, 'exchanges'>;
