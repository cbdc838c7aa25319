import { hashPassword } from '@gatehouse/credentials';
import type { Tx } from '../audit/audited-transaction';
import { IamError } from '../errors/iam-error';

// AWS: the root user's password follows AWS's own rules, not the account's IAM password policy: 8 to 128
// characters, with at least three of uppercase letters, lowercase letters, numbers and other characters, and not
// the account's email address.
const MINIMUM_LENGTH = 8;
const MAXIMUM_LENGTH = 128;
const CHARACTER_CLASSES = [/[A-Z]/, /[a-z]/, /[0-9]/, /[^A-Za-z0-9]/];

/** The first of AWS's root password rules the password breaks, or undefined when it keeps them all. */
export function rootPasswordViolation(password: string, rootEmail: string): string | undefined {
  if (password.length < MINIMUM_LENGTH) return `Password should have a minimum length of ${MINIMUM_LENGTH}`;
  if (password.length > MAXIMUM_LENGTH) return `Password should have a maximum length of ${MAXIMUM_LENGTH}`;
  if (CHARACTER_CLASSES.filter((characterClass) => characterClass.test(password)).length < 3) {
    return 'Password should have at least three of: uppercase letters, lowercase letters, numbers, symbols';
  }
  if (password.toLowerCase() === rootEmail.toLowerCase()) return 'Password must not be the email address of the account';
  return undefined;
}

/** Replaces the root user's password inside the caller's transaction; a refused password changes nothing. */
export async function replaceRootPassword(tx: Tx, account: { id: string; rootEmail: string }, newPassword: string): Promise<void> {
  const violation = rootPasswordViolation(newPassword, account.rootEmail);
  if (violation) throw new IamError('PasswordPolicyViolation', violation);
  await tx.account.update({ where: { id: account.id }, data: { rootPasswordHash: await hashPassword(newPassword) } });
}
