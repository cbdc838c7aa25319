import { IamError } from '../errors/iam-error';
import type { PrincipalRef } from './governing-policies';

/** CloudTrail's `userIdentity.type`, in the API's words. */
export type CallerKind = 'root' | 'user' | 'assumed-role';

interface CallerCredentials {
  /** `arn:aws:iam::ACCOUNT:root`, `arn:aws:iam::ACCOUNT:user/PATH/NAME` or `arn:aws:sts::ACCOUNT:assumed-role/ROLE/SESSION`. */
  principalArn: string;
  /** The account whose resources the caller acts on (for an assumed role: the role's account). */
  accountId: string;
  /** The access key that signed the request (AKIA… long-term, ASIA… temporary), when it was signed with SigV4. */
  accessKeyId?: string;
  /** The ConsoleSession row (its token hash) when the request came with a session cookie. */
  consoleSessionId?: string;
  /** The StsSession row (its ASIA access key id) behind temporary credentials or a console session's switched role. */
  stsSessionId?: string;
  /**
   * Whether MFA was used to get these credentials. Undefined for long-term access keys: AWS then leaves
   * `aws:MultiFactorAuthPresent` out of the request context altogether.
   */
  mfaAuthenticated?: boolean;
}

/** Who is calling: the one value every rule, authorization check and audit event reads. */
export type Caller =
  | (CallerCredentials & { kind: 'root'; userId?: undefined; userName?: undefined })
  | (CallerCredentials & { kind: 'user'; userId: string; userName: string })
  | (CallerCredentials & {
      kind: 'assumed-role';
      userId?: undefined;
      userName?: undefined;
      roleId: string;
      /** The role's ARN with its path (`aws:PrincipalArn` of a role session). */
      roleArn: string;
      roleName: string;
      /** Empty when a role is named by its own ARN (`authorize`'s principalArn): then its policies are evaluated as the role's. */
      roleSessionName: string;
      /** The session policy passed to AssumeRole, exactly as stored; null when none was passed. */
      sessionPolicy: string | null;
      /** The managed session policies' documents (PolicyArns), as they were when the session started. */
      sessionManagedPolicies: string[];
      /** Session tags (AssumeRoleWithWebIdentity's token): `aws:PrincipalTag/…`, over the role's tags of the same key. */
      sessionTags: Record<string, string>;
      /** AWS SourceIdentity (`aws:SourceIdentity`), when the session was given one. */
      sourceIdentity: string | null;
    });

/** The caller of an operation that needs one; anonymous requests reach only the @Public operations. */
export function requireCaller(caller: Caller | null): Caller {
  if (!caller) throw new IamError('MissingAuthenticationToken', 'Request is missing Authentication Token');
  return caller;
}

/** The stored principal whose policies govern the caller: its IAM user, or the role behind its session; none for root. */
export function governedPrincipal(caller: Caller): PrincipalRef | null {
  switch (caller.kind) {
    case 'root':
      return null;
    case 'user':
      return { kind: 'user', id: caller.userId };
    case 'assumed-role':
      return { kind: 'role', id: caller.roleId };
  }
}
