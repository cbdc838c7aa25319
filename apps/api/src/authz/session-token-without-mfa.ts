import type { Caller } from '../principals/caller';
import { IamError } from '../errors/iam-error';

/**
 * AWS: credentials from GetSessionToken call IAM only when MFA was given to GetSessionToken, and STS only for
 * AssumeRole and GetCallerIdentity.
 */
export function refuseSessionTokenWithoutMfa(caller: Caller, action: string): void {
  if (caller.kind === 'assumed-role' || caller.stsSessionId === undefined) return;
  const [service] = action.split(':');
  const refused =
    (service === 'iam' && !caller.mfaAuthenticated) ||
    (service === 'sts' && action !== 'sts:AssumeRole' && action !== 'sts:GetCallerIdentity');
  if (refused) {
    throw new IamError(
      'AccessDenied',
      `User: ${caller.principalArn} is not authorized to perform: ${action} with temporary credentials obtained by GetSessionToken${service === 'iam' ? ' without MFA' : ''}`,
    );
  }
}
