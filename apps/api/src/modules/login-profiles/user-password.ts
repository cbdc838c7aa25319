import { hashPassword } from '@gatehouse/credentials';
import type { Tx } from '../../audit/audited-transaction';
import { newPasswordViolations } from '../../auth/password-policy';
import { IamError } from '../../errors/iam-error';

/** AWS's largest PasswordReusePrevention: no policy ever looks further back than this. */
const maxRememberedPasswords = 24;

/**
 * The hashes a new password is compared with for reuse prevention, newest first: the current password (when the
 * user has one) followed by the history.
 */
async function previousPasswordHashes(tx: Tx, userId: string, currentHash: string | undefined): Promise<string[]> {
  const history = await tx.passwordHistory.findMany({
    where: { userId },
    orderBy: { createdAt: 'desc' },
    take: maxRememberedPasswords,
    select: { passwordHash: true },
  });
  return [...(currentHash === undefined ? [] : [currentHash]), ...history.map((row) => row.passwordHash)];
}

/**
 * Checks a new IAM user password against the account password policy (AWS's default policy when the account has
 * none) and the user's earlier passwords, and returns its argon2id hash. When the user had a password, the old hash
 * moves to the history, which keeps only as many as any policy can ask about. Throws PasswordPolicyViolation with
 * every rule the password breaks.
 */
export async function hashNewUserPassword(
  tx: Tx,
  accountId: string,
  user: { userId: string; currentPasswordHash: string | undefined },
  password: string,
): Promise<string> {
  const policy = await tx.passwordPolicy.findUnique({ where: { accountId } });
  const violations = await newPasswordViolations(password, policy, await previousPasswordHashes(tx, user.userId, user.currentPasswordHash));
  if (violations.length > 0) {
    throw new IamError('PasswordPolicyViolation', violations.map((violation) => violation.message).join('; '), { field: 'password' });
  }
  if (user.currentPasswordHash !== undefined) await rememberPasswordHash(tx, user.userId, user.currentPasswordHash);
  return hashPassword(password);
}

/** Keeps a replaced or removed password's hash for reuse prevention, and drops what no policy can ask about. */
export async function rememberPasswordHash(tx: Tx, userId: string, passwordHash: string): Promise<void> {
  await tx.passwordHistory.create({ data: { userId, passwordHash } });
  const stale = await tx.passwordHistory.findMany({
    where: { userId },
    orderBy: { createdAt: 'desc' },
    skip: maxRememberedPasswords,
    select: { id: true },
  });
  if (stale.length > 0) await tx.passwordHistory.deleteMany({ where: { id: { in: stale.map((row) => row.id) } } });
}
