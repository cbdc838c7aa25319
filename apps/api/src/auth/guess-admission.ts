import { recordAuditEvent } from '../audit/audit-event';
import type { RequestContext } from '../context';
import { IamError } from '../errors/iam-error';
import { admitSignInAttempt } from './sign-in-throttle';

/**
 * Asks the sign-in throttle whether a guess at a principal's secret (a password, an MFA code) may be checked now, for
 * every place one is checked: sign-in and its steps, ChangePassword, and STS calls that carry an MFA code. A refused
 * attempt is answered with Throttling and the time to wait, and audited as a ConsoleLogin when `audit` is given (the
 * others' refusals are audited as failed calls, src/audit/failed-call-audit.ts). An admitted attempt is recorded as a
 * failure until `recordSignInSuccess(attemptId)`.
 */
export async function admitGuess(
  ctx: RequestContext,
  principalKey: string,
  audit?: { identity?: { accountId: string | null; principalArn: string | null }; requestParameters: Record<string, unknown> },
): Promise<{ attemptId: string }> {
  // Without an address (no socket address at all) every such request shares one bucket, the safe side.
  const admission = await admitSignInAttempt(ctx.prisma, { principalKey, sourceIp: ctx.sourceIp ?? 'unknown' });
  if (admission.admitted) return admission;
  if (audit) {
    await recordAuditEvent(ctx, {
      eventSource: 'signin.amazonaws.com',
      eventName: 'ConsoleLogin',
      resources: [],
      identity: audit.identity ?? { accountId: null, principalArn: null },
      requestParameters: audit.requestParameters,
      responseElements: { ConsoleLogin: 'Failure' },
      errorCode: 'Throttling',
      errorMessage: 'Too many failed sign-in attempts',
    });
  }
  throw new IamError('Throttling', `Too many failed sign-in attempts. Try again in ${admission.retryAfterSeconds} seconds.`, {
    retryAfterSeconds: admission.retryAfterSeconds,
  });
}
