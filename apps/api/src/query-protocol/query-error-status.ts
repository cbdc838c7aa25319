import type { GraphQLFormattedError } from 'graphql';

/** AWS's HTTP status for each error code of IAM and STS; any other code is the caller's fault (400). */
const statusByCode: Record<string, number> = {
  NoSuchEntity: 404,
  EntityAlreadyExists: 409,
  LimitExceeded: 409,
  DeleteConflict: 409,
  ConcurrentModification: 409,
  EntityTemporarilyUnmodifiable: 409,
  ReportNotPresent: 410,
  ReportExpired: 410,
  AccessDenied: 403,
  InvalidAuthenticationCode: 403,
  InvalidClientTokenId: 403,
  SignatureDoesNotMatch: 403,
  MissingAuthenticationToken: 403,
  ExpiredToken: 403,
  IDPRejectedClaim: 403,
  ServiceFailure: 500,
};

export interface QueryErrorAnswer {
  status: number;
  type: 'Sender' | 'Receiver';
  code: string;
  message: string;
}

export function queryErrorAnswer(code: string, message: string, status = statusByCode[code] ?? 400): QueryErrorAnswer {
  return { status, type: status >= 500 ? 'Receiver' : 'Sender', code, message };
}

/**
 * A GraphQL error (already translated once, by src/errors/format-error.ts) as AWS's Query protocol names it. The only
 * renaming: the argument validation that GraphQL reports as InvalidInput ("1 validation error detected: …") is
 * AWS's ValidationError on this protocol.
 */
export function answerForGraphqlError(error: GraphQLFormattedError): QueryErrorAnswer {
  const code = typeof error.extensions?.['code'] === 'string' ? error.extensions['code'] : 'ServiceFailure';
  const validation = code === 'InvalidInput' && /^\d+ validation errors? detected: /.test(error.message);
  return queryErrorAnswer(validation ? 'ValidationError' : code, error.message);
}
