import type {
  ApolloServerPlugin,
  BaseContext,
  GraphQLRequestContextDidEncounterErrors,
  GraphQLRequestContextDidResolveOperation,
  GraphQLRequestContextWillSendResponse,
  GraphQLRequestListener,
} from '@apollo/server';

/** Apollo's hooks that requestListeners runs, each free to answer synchronously (most do: no promise is made for them). */
export interface RequestListener<TContext extends BaseContext> {
  didResolveOperation?(requestContext: GraphQLRequestContextDidResolveOperation<TContext>): void | Promise<void>;
  didEncounterErrors?(requestContext: GraphQLRequestContextDidEncounterErrors<TContext>): void | Promise<void>;
  willSendResponse?(requestContext: GraphQLRequestContextWillSendResponse<TContext>): void | Promise<void>;
}

const runHooks = new Set(['didResolveOperation', 'didEncounterErrors', 'willSendResponse']);

/**
 * The API's own per-request listeners (query limits, selected fields, error status and logging, the audit of failed
 * calls) as one plugin with one listener, made once. Apollo awaits every plugin's listener at each of a dozen stages
 * of every request, whether it has a hook there or not: as six plugins they cost a twentieth of a small read's CPU
 * (bench/api.bench.ts). Each hook runs the listeners' hooks one after another, in the order given, waiting only for
 * those that return a promise.
 */
export function requestListeners<TContext extends BaseContext>(listeners: Array<RequestListener<TContext>>): ApolloServerPlugin<TContext> {
  for (const listener of listeners) {
    for (const hook of Object.keys(listener)) if (!runHooks.has(hook)) throw new Error(`requestListeners does not run ${hook} hooks`);
  }
  const didResolveOperation = listeners.flatMap((listener) => (listener.didResolveOperation ? [listener.didResolveOperation.bind(listener)] : []));
  const didEncounterErrors = listeners.flatMap((listener) => (listener.didEncounterErrors ? [listener.didEncounterErrors.bind(listener)] : []));
  const willSendResponse = listeners.flatMap((listener) => (listener.willSendResponse ? [listener.willSendResponse.bind(listener)] : []));
  const combined: GraphQLRequestListener<TContext> = {
    didResolveOperation: (requestContext) => runInOrder(didResolveOperation, requestContext),
    didEncounterErrors: (requestContext) => runInOrder(didEncounterErrors, requestContext),
    willSendResponse: (requestContext) => runInOrder(willSendResponse, requestContext),
  };
  return {
    async requestDidStart() {
      return combined;
    },
  };
}

/** The hooks one after another, in order, awaiting only those that return a promise. */
async function runInOrder<T>(hooks: ReadonlyArray<(requestContext: T) => void | Promise<void>>, requestContext: T): Promise<void> {
  for (const hook of hooks) {
    const pending = hook(requestContext);
    if (pending) await pending;
  }
}
