import { IamError } from '../errors/iam-error';

/** CloudTrail's `userIdentity.type`, in the API's words. */
export type CallerKind = 'root' | 'user' | 'assumed-role';

/** Who is calling: the one value every rule, authorization check and audit event reads. */
export interface Caller {
  kind: CallerKind;
  /** `arn:aws:iam::ACCOUNT:root`, `arn:aws:iam::ACCOUNT:user/PATH/NAME` or `arn:aws:sts::ACCOUNT:assumed-role/ROLE/SESSION`. */
  principalArn: string;
  /** The account whose resources the caller acts on (for an assumed role: the role's account). */
  accountId: string;
  /** Set for IAM users. */
  userId?: string;
  userName?: string;
  /** The access key that signed the request, when it was signed with SigV4. */
  accessKeyId?: string;
  /** The ConsoleSession row (its token hash) when the request came with a session cookie. */
  consoleSessionId?: string;
  mfaAuthenticated: boolean;
}

/** The caller of an operation that needs one; anonymous requests reach only the @Public operations. */
export function requireCaller(caller: Caller | null): Caller {
  if (!caller) throw new IamError('MissingAuthenticationToken', 'Request is missing Authentication Token');
  return caller;
}
