import type { ServerResponse } from 'node:http';
import { iamErrorStatus, isIamErrorCode } from '../errors/iam-error-codes';

/**
 * An error of the AWS JSON protocol itself (no such target, a body that is not JSON of the operation's shape),
 * answered before the operation runs. The operations' own errors are IamErrors.
 */
export class JsonProtocolError extends Error {
  override readonly name = 'JsonProtocolError';

  constructor(
    readonly code: 'UnknownOperationException' | 'SerializationException' | 'ValidationException',
    message: string,
  ) {
    super(message);
  }
}

export const jsonContentType = 'application/x-amz-json-1.0';

/**
 * AWS's JSON error shape: the code in `x-amzn-ErrorType` and `__type`, the message in `message`, with AWS's status for
 * the code from the table every protocol answers with (iam-error-codes.ts); the protocol's own codes are 400.
 */
export function writeJsonError(res: ServerResponse, code: string, message: string, status = isIamErrorCode(code) ? iamErrorStatus[code] : 400): void {
  const body = JSON.stringify({ __type: code, message });
  res.writeHead(status, { 'content-type': jsonContentType, 'x-amzn-errortype': code, 'content-length': Buffer.byteLength(body) });
  res.end(body);
}
