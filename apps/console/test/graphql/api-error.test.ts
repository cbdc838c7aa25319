import { CombinedError } from '@urql/core';
import { GraphQLError } from 'graphql';
import { apiErrorHeader, apiErrorOf } from '../../src/graphql/api-error';

describe('apiErrorOf', () => {
  it('reads the AWS code and message, and the action an AccessDenied refused', () => {
    const error = new CombinedError({
      graphQLErrors: [
        new GraphQLError(
          'User: arn:aws:iam::111122223333:user/bob is not authorized to perform: iam:ListPolicies on resource: arn:aws:iam::111122223333:policy/* because no identity-based policy allows the iam:ListPolicies action',
          { extensions: { code: 'AccessDenied' } },
        ),
      ],
    });
    const apiError = apiErrorOf(error);
    expect(apiError).toMatchObject({ code: 'AccessDenied', missingAction: 'iam:ListPolicies' });
    expect(apiErrorHeader(apiError, 'load policies')).toBe("You don't have permission to iam:ListPolicies");
  });

  it('keeps other codes as they are', () => {
    const error = new CombinedError({
      graphQLErrors: [new GraphQLError('The role with name ops cannot be found.', { extensions: { code: 'NoSuchEntity' } })],
    });
    expect(apiErrorOf(error)).toEqual({ code: 'NoSuchEntity', message: 'The role with name ops cannot be found.' });
    expect(apiErrorHeader(apiErrorOf(error), 'load role ops')).toBe('Failed to load role ops');
  });

  it('reports an unreachable API as a network error', () => {
    const error = new CombinedError({ networkError: new Error('fetch failed') });
    expect(apiErrorOf(error)).toEqual({ code: 'NetworkError', message: 'fetch failed' });
  });
});
