import { rootArn } from '@gatehouse/db';
import type { Tx } from '../audit/audited-transaction';
import type { Caller } from '../principals/caller';
import type { RequestContext } from '../context';
import { invalidInput, noSuchEntity } from '../errors/iam-error';
import { userArnForName } from './users/users.loaders';

/** Whose credentials (access keys, MFA device) an operation acts on: an IAM user, or the account's root user. */
export type CredentialOwnerName = { kind: 'root' } | { kind: 'user'; userName: string };

/** The owner as stored: the root user's credentials are the rows without a user. */
export interface CredentialOwner {
  userId: string | null;
  userName: string | null;
  arn: string;
}

/**
 * AWS: without a user name, access key and MFA operations act on the caller's own credentials, and the root user's
 * are the account's root credentials. A role session has no credentials of its own to manage. A user name given as
 * GraphQL's null is one left out: AWS has no null.
 */
export function credentialOwnerName(caller: Caller, userName: string | null | undefined): CredentialOwnerName {
  if (userName !== undefined && userName !== null) return { kind: 'user', userName };
  if (caller.kind === 'root') return { kind: 'root' };
  if (caller.userName !== undefined) return { kind: 'user', userName: caller.userName };
  throw invalidInput('Must specify userName when calling with non-User credentials', 'userName');
}

/** The resource ARN to authorize against: the user's ARN, or the root user's. */
export function credentialOwnerArn(ctx: RequestContext, accountId: string, owner: CredentialOwnerName): Promise<string> {
  return owner.kind === 'root' ? Promise.resolve(rootArn(accountId)) : userArnForName(ctx, accountId, owner.userName);
}

/** Reads the owner inside the caller's transaction; NoSuchEntity for a user that does not exist. */
export async function requireCredentialOwner(tx: Tx, accountId: string, owner: CredentialOwnerName): Promise<CredentialOwner> {
  if (owner.kind === 'root') return { userId: null, userName: null, arn: rootArn(accountId) };
  const user = await tx.user.findUnique({ where: { accountId_userName: { accountId, userName: owner.userName } } });
  if (!user) throw noSuchEntity('user', owner.userName);
  return { userId: user.id, userName: user.userName, arn: user.arn };
}

/** The owner as the audit event's request parameters show it: the user name when one was given. */
export function credentialOwnerParameters(owner: CredentialOwnerName): { userName?: string } {
  return owner.kind === 'user' ? { userName: owner.userName } : {};
}
