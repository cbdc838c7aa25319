import type { PasswordPolicy as PasswordPolicyRow } from '@gatehouse/db';
import { rootArn } from '@gatehouse/db';
import { auditedTransaction } from '../../audit/audited-transaction';
import type { RequestContext } from '../../context';
import { IamError } from '../../errors/iam-error';
import type { UpdateAccountPasswordPolicyInput } from './accounts.inputs';
import type { PasswordPolicy } from './password-policy.type';

function noSuchPasswordPolicy(accountId: string): IamError {
  return new IamError('NoSuchEntity', `The Password Policy with domain name ${accountId} cannot be found.`);
}

/** AWS GetAccountPasswordPolicy: NoSuchEntity while the account has none (AWS's default rules then apply). */
export async function getAccountPasswordPolicy(ctx: RequestContext, accountId: string): Promise<PasswordPolicy> {
  const row = await ctx.prisma.passwordPolicy.findUnique({ where: { accountId } });
  if (!row) throw noSuchPasswordPolicy(accountId);
  return toPasswordPolicy(row);
}

/** AWS UpdateAccountPasswordPolicy: replaces the whole policy; members left out take their defaults. */
export function updateAccountPasswordPolicy(ctx: RequestContext, accountId: string, input: UpdateAccountPasswordPolicyInput): Promise<PasswordPolicy> {
  const rules = {
    minimumPasswordLength: input.minimumPasswordLength,
    requireSymbols: input.requireSymbols,
    requireNumbers: input.requireNumbers,
    requireUppercaseCharacters: input.requireUppercaseCharacters,
    requireLowercaseCharacters: input.requireLowercaseCharacters,
    allowUsersToChangePassword: input.allowUsersToChangePassword,
    maxPasswordAge: input.maxPasswordAge ?? null,
    passwordReusePrevention: input.passwordReusePrevention ?? null,
    hardExpiry: input.hardExpiry,
  };
  return auditedTransaction(
    ctx,
    { eventName: 'UpdateAccountPasswordPolicy', resources: [rootArn(accountId)], requestParameters: rules },
    async (tx) => toPasswordPolicy(await tx.passwordPolicy.upsert({ where: { accountId }, create: { accountId, ...rules }, update: rules })),
  );
}

/** AWS DeleteAccountPasswordPolicy: back to AWS's default rules; NoSuchEntity when there is none. */
export function deleteAccountPasswordPolicy(ctx: RequestContext, accountId: string): Promise<void> {
  return auditedTransaction(ctx, { eventName: 'DeleteAccountPasswordPolicy', resources: [rootArn(accountId)] }, async (tx) => {
    const { count } = await tx.passwordPolicy.deleteMany({ where: { accountId } });
    if (count === 0) throw noSuchPasswordPolicy(accountId);
  });
}

function toPasswordPolicy(row: PasswordPolicyRow): PasswordPolicy {
  return {
    minimumPasswordLength: row.minimumPasswordLength,
    requireSymbols: row.requireSymbols,
    requireNumbers: row.requireNumbers,
    requireUppercaseCharacters: row.requireUppercaseCharacters,
    requireLowercaseCharacters: row.requireLowercaseCharacters,
    allowUsersToChangePassword: row.allowUsersToChangePassword,
    expirePasswords: row.maxPasswordAge !== null,
    maxPasswordAge: row.maxPasswordAge,
    passwordReusePrevention: row.passwordReusePrevention,
    hardExpiry: row.hardExpiry,
  };
}
