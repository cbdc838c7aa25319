import { createRequest, formatDocument, makeOperation, type AnyVariables, type TypedDocumentNode } from '@urql/core';
import { makeFetchBody, makeFetchOptions } from '@urql/core/internal';
import { graphqlRequestOptions } from './request-options';

/**
 * The request urql's fetchExchange makes for this query, after the cache exchange has formatted the document, built
 * by urql's own functions: one sent earlier can stand in for it only if the bodies are equal.
 */
export function graphqlRequestInit<Data, Variables extends AnyVariables>(query: TypedDocumentNode<Data, Variables>, variables: Variables): RequestInit {
  // In urql's order: the request keys the document as written, then the cache exchange formats it.
  const request = createRequest(query, variables);
  const operation = makeOperation('query', { ...request, query: formatDocument(request.query) }, { ...graphqlRequestOptions, requestPolicy: 'cache-first' });
  return makeFetchOptions(operation, makeFetchBody(operation));
}
