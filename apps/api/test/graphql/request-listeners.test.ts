import type { BaseContext, GraphQLRequestContextDidResolveOperation, GraphQLRequestListener } from '@apollo/server';
import { requestListeners } from '../../src/graphql/request-listeners';

const requestContext = {} as GraphQLRequestContextDidResolveOperation<BaseContext>;

async function combinedListener(plugin: ReturnType<typeof requestListeners<BaseContext>>): Promise<GraphQLRequestListener<BaseContext>> {
  return (await plugin.requestDidStart!({} as never))!;
}

describe('requestListeners', () => {
  it('runs the hooks in the order given, waiting for those that return a promise before the next', async () => {
    const ran: string[] = [];
    const listener = await combinedListener(
      requestListeners([
        { didResolveOperation: () => void ran.push('sync 1') },
        { didResolveOperation: () => new Promise<void>((resolve) => setTimeout(() => resolve(void ran.push('async')), 10)) },
        { didResolveOperation: () => void ran.push('sync 2') },
      ]),
    );
    await listener.didResolveOperation!(requestContext);
    expect(ran).toEqual(['sync 1', 'async', 'sync 2']);
  });

  it('fails the stage with the first hook that throws or rejects, and runs none after it', async () => {
    const ran: string[] = [];
    const thrown = new Error('refused');
    const syncFirst = await combinedListener(
      requestListeners([
        {
          didResolveOperation: () => {
            throw thrown;
          },
        },
        { didResolveOperation: () => void ran.push('after a throw') },
      ]),
    );
    await expect(syncFirst.didResolveOperation!(requestContext)).rejects.toBe(thrown);
    const asyncFirst = await combinedListener(
      requestListeners([{ didResolveOperation: () => Promise.reject(thrown) }, { didResolveOperation: () => void ran.push('after a rejection') }]),
    );
    await expect(asyncFirst.didResolveOperation!(requestContext)).rejects.toBe(thrown);
    expect(ran).toEqual([]);
  });

  it('refuses a listener with a hook it does not run', () => {
    expect(() => requestListeners([{ executionDidStart: async () => undefined } as never])).toThrow('requestListeners does not run executionDidStart hooks');
  });
});
