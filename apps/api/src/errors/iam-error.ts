import type { IamErrorCode } from './iam-error-codes';

export interface IamErrorDetails {
  /** The input field at fault, as a path from the operation's arguments (`input.userName`). */
  field?: string;
  /** For DeleteConflict: every kind of entity still attached, so a client can clear them all at once. */
  conflicts?: string[];
  /** For MalformedPolicyDocument: the validator's findings. */
  findings?: unknown[];
  /** For Throttling: seconds until the next attempt is accepted. */
  retryAfterSeconds?: number;
}

/** The one error type of the API's rules. format-error.ts turns it into a GraphQL error with `extensions.code`. */
export class IamError extends Error {
  override readonly name = 'IamError';

  constructor(
    readonly code: IamErrorCode,
    message: string,
    readonly details: IamErrorDetails = {},
  ) {
    super(message);
  }
}

/** AWS entity names as they appear in its messages ("The user with name alice cannot be found."). */
export type IamEntityKind = 'user' | 'group' | 'role' | 'policy' | 'login profile' | 'access key' | 'MFA device';

export function noSuchEntity(kind: IamEntityKind, name: string): IamError {
  return new IamError('NoSuchEntity', `The ${kind} with name ${name} cannot be found.`);
}

export function entityAlreadyExists(kind: IamEntityKind, name: string): IamError {
  const entity = kind.charAt(0).toUpperCase() + kind.slice(1);
  return new IamError('EntityAlreadyExists', `${entity} with name ${name} already exists.`);
}

/** AWS's wording for a quota, e.g. "Cannot exceed quota for UsersPerAccount: 5000." */
export function limitExceeded(quotaName: string, quota: number): IamError {
  return new IamError('LimitExceeded', `Cannot exceed quota for ${quotaName}: ${quota}.`);
}

export function invalidInput(message: string, field?: string): IamError {
  return new IamError('InvalidInput', message, field === undefined ? {} : { field });
}
