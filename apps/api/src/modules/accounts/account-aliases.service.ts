import { rootArn } from '@gatehouse/db';
import { auditedTransaction } from '../../audit/audited-transaction';
import type { RequestContext } from '../../context';
import { IamError } from '../../errors/iam-error';

// AWS: an account has at most one alias, and an alias names one account across the whole service (it is part of the
// sign-in URL), so uniqueness is global. Creating an alias for an account that has one replaces it, as in AWS.

export function createAccountAlias(ctx: RequestContext, accountId: string, accountAlias: string): Promise<void> {
  return auditedTransaction(ctx, { eventName: 'CreateAccountAlias', resources: [rootArn(accountId)], requestParameters: { accountAlias } }, async (tx) => {
    const holder = await tx.account.findUnique({ where: { alias: accountAlias }, select: { id: true } });
    if (holder && holder.id !== accountId) throw new IamError('EntityAlreadyExists', `The account alias ${accountAlias} already exists.`);
    await tx.account.update({ where: { id: accountId }, data: { alias: accountAlias } });
  });
}

export function deleteAccountAlias(ctx: RequestContext, accountId: string, accountAlias: string): Promise<void> {
  return auditedTransaction(ctx, { eventName: 'DeleteAccountAlias', resources: [rootArn(accountId)], requestParameters: { accountAlias } }, async (tx) => {
    const account = await tx.account.findUniqueOrThrow({ where: { id: accountId }, select: { alias: true } });
    if (account.alias !== accountAlias) throw new IamError('NoSuchEntity', `The account alias ${accountAlias} cannot be found.`);
    await tx.account.update({ where: { id: accountId }, data: { alias: null } });
  });
}

/** AWS ListAccountAliases: zero or one alias. */
export async function listAccountAliases(ctx: RequestContext, accountId: string): Promise<string[]> {
  const account = await ctx.prisma.account.findUniqueOrThrow({ where: { id: accountId }, select: { alias: true } });
  return account.alias === null ? [] : [account.alias];
}
