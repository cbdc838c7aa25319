import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import type { ListUsersQuery as ListUsers, ListUsersQueryVariables } from '../../src/gql/graphql';
import { LIST_USERS_FIRST_PAGE, ListUsersQuery } from '../../src/features/users/users.documents';
import { createGraphqlClient } from '../../src/graphql/client';
import { EarlyQueryScript } from '../../src/graphql/early-query-script';

const listed = { data: { listUsers: { __typename: 'UserConnection', totalCount: 0, pageInfo: { __typename: 'PageInfo', hasNextPage: false, endCursor: null }, edges: [] } } };

/** The browser's side of the test: a `window` and a network that records what is sent and answers ListUsers. */
function browser() {
  const sent: Array<{ url: string; init: RequestInit }> = [];
  const network = async (url: RequestInfo | URL, init?: RequestInit) => {
    sent.push({ url: String(url), init: init ?? {} });
    return new Response(JSON.stringify(listed), { headers: { 'content-type': 'application/json' } });
  };
  return { sent, network };
}

/** The script as the page's HTML carries it. */
function scriptSource(variables: ListUsersQueryVariables = LIST_USERS_FIRST_PAGE): string {
  const html = renderToStaticMarkup(createElement(EarlyQueryScript<ListUsers, ListUsersQueryVariables>, { query: ListUsersQuery, variables }));
  const source = /^<script>(.*)<\/script>$/s.exec(html)?.[1];
  if (!source) throw new Error(`not one inline script: ${html}`);
  return source;
}

describe('EarlyQueryScript', () => {
  const realFetch = globalThis.fetch;
  afterEach(() => {
    globalThis.fetch = realFetch;
    delete (globalThis as { window?: unknown }).window;
    delete (globalThis as { document?: unknown }).document;
  });

  it("sends exactly urql's request from the HTML, and the client answers the page's query with it instead of a second request", async () => {
    const { sent, network } = browser();
    globalThis.fetch = network as typeof fetch;
    (globalThis as { window?: unknown }).window = globalThis;

    (globalThis as { document?: unknown }).document = { readyState: 'loading' };
    new Function(scriptSource())();
    expect(sent).toHaveLength(1);
    expect(sent[0]!.url).toBe('/graphql');
    expect(sent[0]!.init).toMatchObject({ method: 'POST', credentials: 'same-origin', headers: { 'apollo-require-preflight': 'true' } });
    expect(JSON.parse(String(sent[0]!.init.body))).toMatchObject({ operationName: 'ListUsers', variables: LIST_USERS_FIRST_PAGE });

    const client = createGraphqlClient();
    const result = await client.query(ListUsersQuery, LIST_USERS_FIRST_PAGE).toPromise();
    expect(result.error).toBeUndefined();
    expect(result.data?.listUsers.totalCount).toBe(0);
    expect(sent.map((s) => s.init.body)).toEqual([sent[0]!.init.body]);

    // Taken once: asking the network again sends a request of its own, the same one.
    await client.query(ListUsersQuery, LIST_USERS_FIRST_PAGE, { requestPolicy: 'network-only' }).toPromise();
    expect(sent).toHaveLength(2);
    expect(sent[1]!.init.body).toBe(sent[0]!.init.body);
    expect(sent[1]!.init.headers).toEqual(sent[0]!.init.headers);
  });

  it('sends nothing once the document has loaded: on a client-side navigation the page queries itself', () => {
    const { sent, network } = browser();
    globalThis.fetch = network as typeof fetch;
    (globalThis as { window?: unknown }).window = globalThis;
    (globalThis as { document?: unknown }).document = { readyState: 'complete' };
    new Function(scriptSource())();
    expect(sent).toHaveLength(0);
  });

  it('cannot be closed early by a string in the document', () => {
    const source = scriptSource({ first: 1, after: '</script><script>alert(1)</script>' });
    expect(source).not.toContain('</');
  });
});
