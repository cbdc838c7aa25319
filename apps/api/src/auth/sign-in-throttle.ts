import type { PrismaClient } from '@gatehouse/db';

/**
 * Slows down password guessing. State lives in the SignInAttempt table, so every API process sees the same counts.
 * Nothing sleeps: an attempt that comes too early is refused with the time to wait, and is not counted.
 *
 * The principal's delay holds only for addresses that have themselves failed for that principal: someone guessing a
 * user's password can never lock the user out of signing in from an address with no failures (AWS shows a CAPTCHA
 * instead; Gatehouse has none), and no principal, the root user included, is locked for longer than `maxDelayMs`
 * after the last failure. A guesser on many addresses gets one guess per fresh address while the principal's delay
 * runs, and each address's own count (`freeFailuresPerSourceIp`) besides.
 */
export interface SignInThrottlePolicy {
  /** Failures older than this no longer count. */
  windowMs: number;
  /** Failures in a row for one principal (since its last success) before delays start. */
  freeFailuresPerPrincipal: number;
  /** Failures from one source address, whoever they were for, before delays start. */
  freeFailuresPerSourceIp: number;
  /** The first delay; each further failure doubles it. */
  baseDelayMs: number;
  maxDelayMs: number;
}

export const DEFAULT_SIGN_IN_THROTTLE: SignInThrottlePolicy = {
  windowMs: 60 * 60 * 1000,
  freeFailuresPerPrincipal: 3,
  // Higher: many people may sign in from behind one NAT address.
  freeFailuresPerSourceIp: 20,
  baseDelayMs: 1000,
  maxDelayMs: 15 * 60 * 1000,
};

/** Who a sign-in is for, as typed: the user may not exist, and is throttled all the same (no enumeration). */
export type SignInPrincipal =
  | { kind: 'root'; email: string }
  /** `account` is the account id, or the alias when it names no account. */
  | { kind: 'iamUser'; account: string; userName: string };

/** `SignInAttempt.principalKey`: `root:EMAIL` or `ACCOUNT:USERNAME`, lower-cased as AWS compares both. */
export function signInPrincipalKey(principal: SignInPrincipal): string {
  const key = principal.kind === 'root' ? `root:${principal.email}` : `${principal.account}:${principal.userName}`;
  return key.toLowerCase();
}

export type SignInAdmission =
  /** Go ahead: the attempt is already recorded as a failure; call `recordSignInSuccess(attemptId)` if it succeeds. */
  | { admitted: true; attemptId: string }
  /** Too many recent failures: refuse (AWS `Throttling`) without checking the password. */
  | { admitted: false; retryAfterSeconds: number };

/**
 * Decides whether a sign-in attempt (a password, or an MFA code after it) may be checked now, and if so records it.
 * The attempt is written as a failure before the password is checked, under advisory locks on the principal and the
 * address: parallel guesses therefore count against each other instead of all passing the same check.
 */
export async function admitSignInAttempt(
  db: PrismaClient,
  attempt: { principalKey: string; sourceIp: string },
  now: Date = new Date(),
  policy: SignInThrottlePolicy = DEFAULT_SIGN_IN_THROTTLE,
): Promise<SignInAdmission> {
  return db.$transaction(async (tx) => {
    // Always principal first, then address: every transaction takes the two locks in the same order (no deadlock).
    await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtextextended(${`sign-in:principal:${attempt.principalKey}`}, 0))`;
    await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtextextended(${`sign-in:ip:${attempt.sourceIp}`}, 0))`;

    const windowStart = new Date(now.getTime() - policy.windowMs);
    const lastSuccess = await tx.signInAttempt.findFirst({
      where: { principalKey: attempt.principalKey, succeeded: true, createdAt: { gt: windowStart } },
      orderBy: { createdAt: 'desc' },
      select: { createdAt: true },
    });
    const sinceLastSuccess = { gt: lastSuccess?.createdAt ?? windowStart };
    const principalFailures = await tx.signInAttempt.aggregate({
      where: { principalKey: attempt.principalKey, succeeded: false, createdAt: sinceLastSuccess },
      _count: true,
      _max: { createdAt: true },
    });
    const failedHereBefore = await tx.signInAttempt.findFirst({
      where: { principalKey: attempt.principalKey, sourceIp: attempt.sourceIp, succeeded: false, createdAt: sinceLastSuccess },
      select: { id: true },
    });
    // A success does not reset the address: an attacker could otherwise sign in to their own account in between.
    const sourceIpFailures = await tx.signInAttempt.aggregate({
      where: { sourceIp: attempt.sourceIp, succeeded: false, createdAt: { gt: windowStart } },
      _count: true,
      _max: { createdAt: true },
    });

    const nextAllowedAt = Math.max(
      failedHereBefore ? nextAttemptAllowedAt(principalFailures._count, principalFailures._max.createdAt, policy.freeFailuresPerPrincipal, policy) : 0,
      nextAttemptAllowedAt(sourceIpFailures._count, sourceIpFailures._max.createdAt, policy.freeFailuresPerSourceIp, policy),
    );
    if (nextAllowedAt > now.getTime()) {
      return { admitted: false, retryAfterSeconds: Math.ceil((nextAllowedAt - now.getTime()) / 1000) };
    }
    const recorded = await tx.signInAttempt.create({
      data: { principalKey: attempt.principalKey, sourceIp: attempt.sourceIp, succeeded: false, createdAt: now },
      select: { id: true },
    });
    return { admitted: true, attemptId: recorded.id };
  });
}

/**
 * Marks an admitted attempt as successful, which clears the principal's run of failures. Takes a transaction client
 * too, so that it commits with the session it opens.
 */
export async function recordSignInSuccess(db: Pick<PrismaClient, 'signInAttempt'>, attemptId: string): Promise<void> {
  await db.signInAttempt.update({ where: { id: attemptId }, data: { succeeded: true } });
}

/**
 * Deletes attempts older than the window; nothing reads them any more. Meant for a periodic job (the table has no
 * index on `createdAt` alone, so this is not done on every sign-in).
 */
export async function pruneSignInAttempts(
  db: PrismaClient,
  now: Date = new Date(),
  policy: SignInThrottlePolicy = DEFAULT_SIGN_IN_THROTTLE,
): Promise<number> {
  const { count } = await db.signInAttempt.deleteMany({
    where: { createdAt: { lte: new Date(now.getTime() - policy.windowMs) } },
  });
  return count;
}

/** After `free` failures, each further one doubles the wait after the latest failure, up to `maxDelayMs`. */
function nextAttemptAllowedAt(
  failures: number,
  lastFailureAt: Date | null,
  free: number,
  policy: SignInThrottlePolicy,
): number {
  if (failures < free || !lastFailureAt) return 0;
  const delay = Math.min(policy.baseDelayMs * 2 ** (failures - free), policy.maxDelayMs);
  return lastFailureAt.getTime() + delay;
}
