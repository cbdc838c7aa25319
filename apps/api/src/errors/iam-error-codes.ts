// AWS IAM's error codes, as they appear in `extensions.code`. The comments are AWS's meaning of each code.
export const iamErrorCodes = [
  /** The request referenced a resource entity that does not exist. */
  'NoSuchEntity',
  /** The request tried to create a resource that already exists. */
  'EntityAlreadyExists',
  /** The request would exceed an account or resource quota. */
  'LimitExceeded',
  /** The request tried to delete a resource that has subordinate entities attached. */
  'DeleteConflict',
  /** The policy document is malformed. */
  'MalformedPolicyDocument',
  /** An invalid or out-of-range value was supplied for an input parameter. */
  'InvalidInput',
  /** The request carried no credentials (AWS: 403 MissingAuthenticationToken). */
  'MissingAuthenticationToken',
  /** The new password breaks the account password policy. */
  'PasswordPolicyViolation',
  /** The authentication codes given for an MFA device are not valid. */
  'InvalidAuthenticationCode',
  /** GetCredentialReport was called before GenerateCredentialReport. */
  'ReportNotPresent',
  /** The most recent credential report is older than the report lifetime (AWS: four hours); generate a new one. */
  'ReportExpired',
  /** The caller is not allowed to perform the operation, or its credentials are wrong. */
  'AccessDenied',
  /** The SigV4 Authorization header is malformed or leaves out a required part (AWS: 400). */
  'IncompleteSignature',
  /** The access key id is unknown, inactive or deleted, or the session token does not belong to it (AWS: 403). */
  'InvalidClientTokenId',
  /** The signature does not match the one computed with the stored secret (AWS: 403). */
  'SignatureDoesNotMatch',
  /** The request's X-Amz-Date is more than 15 minutes away from the server's clock (AWS: 400). */
  'RequestExpired',
  /** The temporary credentials have expired (AWS: 400). */
  'ExpiredToken',
  /** STS: the web identity token is not valid: not a JWT, no provider for its issuer, a wrong audience or signature (AWS: 400). */
  'InvalidIdentityToken',
  /** STS: the identity provider's token was refused for a claim it carries (AWS: 403). */
  'IDPRejectedClaim',
  /** STS: the web identity token has expired (AWS: 400). */
  'ExpiredTokenException',
  /** Too many recent failed sign-in attempts; retry after `retryAfterSeconds` (AWS: 400). */
  'Throttling',
  /** The request conflicted with a concurrent change; the same request can be retried. */
  'ConcurrentModification',
  /** An unknown or unexpected failure on the server side. */
  'ServiceFailure',
] as const;

export type IamErrorCode = (typeof iamErrorCodes)[number];

/**
 * AWS's HTTP status for each code: a request that fails as a whole is answered with it, wherever it failed (reading
 * the request, authenticating, authorizing or in a resolver), so that one code always comes with one status and the
 * AWS SDKs retry exactly the 5xx.
 */
export const iamErrorStatus: Record<IamErrorCode, number> = {
  NoSuchEntity: 404,
  EntityAlreadyExists: 409,
  LimitExceeded: 409,
  DeleteConflict: 409,
  MalformedPolicyDocument: 400,
  InvalidInput: 400,
  MissingAuthenticationToken: 403,
  PasswordPolicyViolation: 400,
  InvalidAuthenticationCode: 403,
  ReportNotPresent: 410,
  ReportExpired: 410,
  AccessDenied: 403,
  IncompleteSignature: 400,
  InvalidClientTokenId: 403,
  SignatureDoesNotMatch: 403,
  RequestExpired: 400,
  ExpiredToken: 400,
  InvalidIdentityToken: 400,
  IDPRejectedClaim: 403,
  ExpiredTokenException: 400,
  Throttling: 400,
  ConcurrentModification: 409,
  ServiceFailure: 500,
};

/** Whether `code` is one of the codes above (own keys only: `in` would also accept `toString`). */
export function isIamErrorCode(code: string): code is IamErrorCode {
  return Object.hasOwn(iamErrorStatus, code);
}
