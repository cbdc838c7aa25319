// GraphQL through the console's /graphql with the browser's session, as the console itself calls the API: for a test's
// own setup and for checking what a screen changed, without a second way in.
import type { Page } from 'playwright-core';

export interface GraphqlResponse<T> {
  data?: T;
  errors?: Array<{ message: string; extensions?: { code?: string } }>;
}

export async function signedInGraphql<T = Record<string, any>>(page: Page, query: string, variables: Record<string, unknown> = {}): Promise<GraphqlResponse<T>> {
  return page.evaluate(
    async ({ query, variables }) => {
      const response = await fetch('/graphql', {
        method: 'POST',
        credentials: 'same-origin',
        headers: { 'content-type': 'application/json', 'apollo-require-preflight': 'true' },
        body: JSON.stringify({ query, variables }),
      });
      return response.json();
    },
    { query, variables },
  );
}

/** The data of an operation that must succeed; its errors otherwise fail the test with their codes. */
export async function signedInGraphqlData<T = Record<string, any>>(page: Page, query: string, variables: Record<string, unknown> = {}): Promise<T> {
  const { data, errors } = await signedInGraphql<T>(page, query, variables);
  if (errors?.length || !data) throw new Error(`GraphQL failed: ${JSON.stringify(errors)}`);
  return data;
}
