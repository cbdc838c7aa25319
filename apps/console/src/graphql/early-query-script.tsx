import type { AnyVariables, TypedDocumentNode } from '@urql/core';
import { graphqlRequestInit } from './early-query';
import { EARLY_QUERIES_GLOBAL } from './early-response';
import { graphqlRequestOptions } from './request-options';

/**
 * Starts a page's main query as soon as the browser parses the HTML, instead of after the bundles have loaded and
 * hydrated: the browser sends it with its own session cookie, and the client takes the response (early-response.ts).
 * A client-side navigation inserts the script without running it and the page queries as usual; the script also
 * checks that the document is still loading, since a response nobody takes would answer a later refresh with old data.
 */
export function EarlyQueryScript<Data, Variables extends AnyVariables>({ query, variables }: { query: TypedDocumentNode<Data, Variables>; variables: Variables }) {
  const init = graphqlRequestInit(query, variables);
  const key = JSON.stringify(init.body);
  // The client reports a failed request itself when it takes it; the catch only keeps an untaken one quiet.
  const source = `if(document.readyState!=='complete')((window.${EARLY_QUERIES_GLOBAL}??={})[${key}]=fetch(${JSON.stringify(graphqlRequestOptions.url)},${JSON.stringify(init)})).catch(()=>{});`;
  // Inline, so that it runs before hydration (an async data: script ran after it, and urql sent its own request);
  // `<` escaped so that no string in the document can close the script element.
  return <script dangerouslySetInnerHTML={{ __html: source.replace(/</g, '\\u003c') }} />;
}
