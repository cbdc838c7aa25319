import { cacheExchange, createClient, fetchExchange } from '@urql/core';
import { takeEarlyResponse } from './early-response';
import { graphqlRequestOptions } from './request-options';

/**
 * The console's one GraphQL client. `/graphql` is same-origin (proxy.ts forwards it to the API), so the session
 * cookie travels with `credentials: 'same-origin'`. A query the page's HTML already sent (early-query-script.tsx) is
 * answered by that request instead of a second one.
 */
export function createGraphqlClient() {
  return createClient({
    ...graphqlRequestOptions,
    exchanges: [cacheExchange, fetchExchange],
    fetch: (input, init) => takeEarlyResponse(init?.body) ?? fetch(input, init),
  });
}
