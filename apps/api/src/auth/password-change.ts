import { hashPassword } from '@gatehouse/credentials';
import type { Tx } from '../audit/audited-transaction';
import { IamError } from '../errors/iam-error';
import { newPasswordViolations } from './password-policy';

/** AWS remembers at most 24 previous passwords (PasswordReusePrevention 1–24). */
const rememberedPasswords = 24;

/**
 * Replaces an IAM user's console password under the account password policy: composition and reuse are checked
 * against the current password and the history, the old hash joins the history, and the reset flag is cleared.
 * Runs inside the caller's transaction, so a refused password changes nothing.
 */
export async function replaceUserPassword(tx: Tx, user: { id: string; accountId: string }, newPassword: string): Promise<void> {
  const profile = await tx.loginProfile.findUniqueOrThrow({ where: { userId: user.id } });
  const policy = await tx.passwordPolicy.findUnique({ where: { accountId: user.accountId } });
  const history = await tx.passwordHistory.findMany({
    where: { userId: user.id },
    orderBy: { createdAt: 'desc' },
    select: { id: true, passwordHash: true },
  });
  const violations = await newPasswordViolations(newPassword, policy, [profile.passwordHash, ...history.map((entry) => entry.passwordHash)]);
  if (violations.length > 0) {
    throw new IamError('PasswordPolicyViolation', violations.map((violation) => violation.message).join('; '));
  }
  await tx.passwordHistory.create({ data: { userId: user.id, passwordHash: profile.passwordHash } });
  const forgotten = history.slice(rememberedPasswords - 1).map((entry) => entry.id);
  if (forgotten.length > 0) await tx.passwordHistory.deleteMany({ where: { id: { in: forgotten } } });
  await tx.loginProfile.update({
    where: { userId: user.id },
    data: { passwordHash: await hashPassword(newPassword), passwordChangedAt: new Date(), passwordResetRequired: false },
  });
}
