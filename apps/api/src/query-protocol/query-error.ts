/**
 * An error of the Query protocol itself (the request cannot be read as an AWS action), answered before GraphQL runs,
 * with AWS's code. Errors of the operations are GraphQL's, translated in query-error-response.ts.
 */
export class QueryError extends Error {
  override readonly name = 'QueryError';

  constructor(
    readonly code: string,
    message: string,
    readonly status = 400,
  ) {
    super(message);
  }
}
