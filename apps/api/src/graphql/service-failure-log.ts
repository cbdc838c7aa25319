import type { ApolloServerPlugin } from '@apollo/server';
import { logServiceFailure } from '../errors/format-error';
import type { RequestContext } from '../context';
import type { RequestListener } from './request-listeners';

/**
 * Logs each error of an operation that its client is told only "ServiceFailure" about, with the request's id (Apollo
 * gives `formatError` no request). Failures before a context exists are logged by the endpoints.
 */
export function serviceFailureLog(): RequestListener<RequestContext> {
  return {
    didEncounterErrors({ errors, contextValue }) {
      for (const error of errors) logServiceFailure(contextValue.logger, error);
    },
  };
}

/** The same for an error Apollo meets outside any stage of the operation (a listener that failed), which it answers as an internal error. */
export function unexpectedErrorLog(): ApolloServerPlugin<RequestContext> {
  return {
    async unexpectedErrorProcessingRequest({ requestContext, error }) {
      logServiceFailure(requestContext.contextValue.logger, error);
    },
  };
}
