import type { GraphQLFormattedError } from 'graphql';
import { iamErrorStatus, isIamErrorCode } from '../errors/iam-error-codes';
import { isValidationFailure } from '../graphql/validate-arguments';

export interface QueryErrorAnswer {
  status: number;
  type: 'Sender' | 'Receiver';
  code: string;
  message: string;
}

/**
 * The status is AWS's for the code, from the one table every protocol answers with (iam-error-codes.ts); any other code
 * (the protocol's own, such as InvalidAction or ValidationError) is the caller's fault, 400. The Type follows it: 5xx is
 * the server's fault (Receiver), anything else the caller's (Sender).
 */
export function queryErrorAnswer(code: string, message: string, status = isIamErrorCode(code) ? iamErrorStatus[code] : 400): QueryErrorAnswer {
  return { status, type: status >= 500 ? 'Receiver' : 'Sender', code, message };
}

/**
 * A GraphQL error (already translated once, by src/errors/format-error.ts) as AWS's Query protocol names it. The only
 * renaming: the argument validation that GraphQL reports as InvalidInput ("1 validation error detected: …") is
 * AWS's ValidationError on this protocol.
 */
export function answerForGraphqlError(error: GraphQLFormattedError): QueryErrorAnswer {
  const code = typeof error.extensions?.['code'] === 'string' ? error.extensions['code'] : 'ServiceFailure';
  const validation = code === 'InvalidInput' && isValidationFailure(error.message);
  return queryErrorAnswer(validation ? 'ValidationError' : code, error.message);
}
