/** AWS's JSON error shape (`x-amzn-ErrorType` and `__type`), as AWS's JSON services answer a refused request. */
export interface AccessDeniedResponse {
  status: number;
  headers: Record<string, string>;
  body: string;
}

/**
 * 403 AccessDeniedException with AWS's message; a request whose credentials Gatehouse refused gets their code
 * instead (InvalidClientTokenId, SignatureDoesNotMatch…) with AWS's status for it, and nothing else about them.
 */
export function accessDenied(message: string, code = 'AccessDeniedException', status = 403): AccessDeniedResponse {
  return {
    status,
    headers: { 'content-type': 'application/x-amz-json-1.1', 'x-amzn-errortype': code },
    body: JSON.stringify({ __type: code, message }),
  };
}
