import type { Caller } from '../auth/caller';
import type { AuthorizationCaller } from './authorize';

/** The authenticated caller as `authorize()` sees it: the same principal, in the evaluator's vocabulary. */
export function authorizationCallerOf(caller: Caller): AuthorizationCaller {
  const { accountId, principalArn, mfaAuthenticated } = caller;
  const mfa = mfaAuthenticated === undefined ? {} : { mfaAuthenticated };
  switch (caller.kind) {
    case 'root':
      return { type: 'root', accountId, principalArn, ...mfa };
    case 'user':
      return { type: 'user', accountId, principalArn, userId: caller.userId, userName: caller.userName, ...mfa };
    case 'assumed-role':
      return {
        type: 'assumedRole',
        accountId,
        principalArn,
        roleId: caller.roleId,
        roleArn: caller.roleArn,
        roleSessionName: caller.roleSessionName,
        sessionPolicy: caller.sessionPolicy,
        sessionManagedPolicies: caller.sessionManagedPolicies,
        sessionTags: caller.sessionTags,
        sourceIdentity: caller.sourceIdentity,
        // AWS: role sessions always carry aws:MultiFactorAuthPresent, false unless MFA was given to AssumeRole.
        mfaAuthenticated: mfaAuthenticated ?? false,
      };
  }
}
