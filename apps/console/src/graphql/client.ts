import { cacheExchange, createClient, fetchExchange } from '@urql/core';

/**
 * The console's one GraphQL client. `/graphql` is same-origin (next.config rewrites it to the API), so the session
 * cookie travels with `credentials: 'same-origin'`.
 */
export function createGraphqlClient() {
  return createClient({
    url: '/graphql',
    exchanges: [cacheExchange, fetchExchange],
    // Apollo's CSRF prevention rejects simple GET requests; every operation is a POST with a preflight-forcing header.
    preferGetMethod: false,
    fetchOptions: {
      credentials: 'same-origin',
      headers: { 'apollo-require-preflight': 'true' },
    },
  });
}
