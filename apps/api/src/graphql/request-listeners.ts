import type { ApolloServerPlugin, BaseContext, GraphQLRequestListener } from '@apollo/server';

const runHooks = new Set(['didResolveOperation', 'didEncounterErrors', 'willSendResponse']);

/**
 * The API's own per-request listeners (query limits, selected fields, error status and logging, the audit of failed
 * calls) as one plugin with one listener, made once. Apollo awaits every plugin's listener at each of a dozen stages
 * of every request, whether it has a hook there or not: as six plugins they cost a twentieth of a small read's CPU
 * (bench/api.bench.ts). Each hook runs the listeners' hooks one after another, in the order given.
 */
export function requestListeners<TContext extends BaseContext>(listeners: Array<GraphQLRequestListener<TContext>>): ApolloServerPlugin<TContext> {
  for (const listener of listeners) {
    for (const hook of Object.keys(listener)) if (!runHooks.has(hook)) throw new Error(`requestListeners does not run ${hook} hooks`);
  }
  const didResolveOperation = listeners.flatMap((listener) => (listener.didResolveOperation ? [listener.didResolveOperation.bind(listener)] : []));
  const didEncounterErrors = listeners.flatMap((listener) => (listener.didEncounterErrors ? [listener.didEncounterErrors.bind(listener)] : []));
  const willSendResponse = listeners.flatMap((listener) => (listener.willSendResponse ? [listener.willSendResponse.bind(listener)] : []));
  const combined: GraphQLRequestListener<TContext> = {
    async didResolveOperation(requestContext) {
      for (const hook of didResolveOperation) await hook(requestContext);
    },
    async didEncounterErrors(requestContext) {
      for (const hook of didEncounterErrors) await hook(requestContext);
    },
    async willSendResponse(requestContext) {
      for (const hook of willSendResponse) await hook(requestContext);
    },
  };
  return {
    async requestDidStart() {
      return combined;
    },
  };
}
