import type { BaseContext } from '@apollo/server';
import { iamErrorStatus, isIamErrorCode } from '../errors/iam-error-codes';
import type { RequestListener } from './request-listeners';

/**
 * A response with errors is answered with the AWS status of its (first) error's code, as AWS answers a failed call;
 * Apollo alone would send 200 for a resolver's error and 4xx/500 for the same code raised before execution. (Every
 * root field is non-null, so a failed field leaves no partial data to answer with 200.)
 */
export function errorStatus(): RequestListener<BaseContext> {
  return {
    willSendResponse({ response }) {
      if (response.body.kind !== 'single') return;
      const code = response.body.singleResult.errors?.[0]?.extensions?.code;
      if (typeof code === 'string' && isIamErrorCode(code)) response.http.status = iamErrorStatus[code];
    },
  };
}
