import type { LoginProfile as LoginProfileRow, User as UserRow } from '@gatehouse/db';
import { auditedTransaction } from '../../audit/audited-transaction';
import type { RequestContext } from '../../context';
import { IamError } from '../../errors/iam-error';
import { requireIdentity } from '../identities';
import type { LoginProfile } from './login-profile.type';
import type { CreateLoginProfileInput, UpdateLoginProfileInput } from './login-profiles.inputs';
import { hashNewUserPassword, rememberPasswordHash } from './user-password';

// A login profile is a user's console password. The password itself goes no further than the hashing: the audit
// event records the user and the reset flag only.

function noSuchLoginProfile(userName: string): IamError {
  return new IamError('NoSuchEntity', `Login Profile for User ${userName} cannot be found.`);
}

/** AWS CreateLoginProfile: a console password checked against the account password policy. */
export function createLoginProfile(ctx: RequestContext, accountId: string, input: CreateLoginProfileInput): Promise<LoginProfile> {
  return auditedTransaction<ProfileWithArn>(
    ctx,
    {
      eventName: 'CreateLoginProfile',
      resources: (profile) => [profile.arn],
      requestParameters: { userName: input.userName, passwordResetRequired: input.passwordResetRequired },
    },
    async (tx) => {
      const user = await requireIdentity(tx, 'user', accountId, input.userName);
      if (await tx.loginProfile.findUnique({ where: { userId: user.id } })) {
        throw new IamError('EntityAlreadyExists', `Login Profile for user ${user.userName} already exists.`);
      }
      const passwordHash = await hashNewUserPassword(tx, accountId, { userId: user.id, currentPasswordHash: undefined }, input.password);
      const row = await tx.loginProfile.create({
        data: { userId: user.id, passwordHash, passwordResetRequired: input.passwordResetRequired },
      });
      return toLoginProfile(user, row);
    },
  );
}

export async function getLoginProfile(ctx: RequestContext, accountId: string, userName: string): Promise<LoginProfile> {
  const user = await requireIdentity(ctx.prisma, 'user', accountId, userName);
  const row = await ctx.prisma.loginProfile.findUnique({ where: { userId: user.id } });
  if (!row) throw noSuchLoginProfile(user.userName);
  return toLoginProfile(user, row);
}

/**
 * AWS UpdateLoginProfile: an administrator sets a new password (policy and reuse rules apply; the old one goes to
 * the history) and/or the reset flag.
 */
export function updateLoginProfile(ctx: RequestContext, accountId: string, input: UpdateLoginProfileInput): Promise<LoginProfile> {
  return auditedTransaction<ProfileWithArn>(
    ctx,
    {
      eventName: 'UpdateLoginProfile',
      resources: (profile) => [profile.arn],
      requestParameters: { userName: input.userName, passwordResetRequired: input.passwordResetRequired },
    },
    async (tx) => {
      const user = await requireIdentity(tx, 'user', accountId, input.userName);
      const current = await tx.loginProfile.findUnique({ where: { userId: user.id } });
      if (!current) throw noSuchLoginProfile(user.userName);
      const newPassword =
        input.password === undefined
          ? {}
          : {
              passwordHash: await hashNewUserPassword(tx, accountId, { userId: user.id, currentPasswordHash: current.passwordHash }, input.password),
              passwordChangedAt: new Date(),
            };
      const row = await tx.loginProfile.update({
        where: { userId: user.id },
        data: { ...newPassword, ...(input.passwordResetRequired === undefined ? {} : { passwordResetRequired: input.passwordResetRequired }) },
      });
      return toLoginProfile(user, row);
    },
  );
}

/** AWS DeleteLoginProfile: the user can no longer sign in to the console; the password stays in the reuse history. */
export async function deleteLoginProfile(ctx: RequestContext, accountId: string, userName: string): Promise<void> {
  await auditedTransaction<UserRow>(
    ctx,
    { eventName: 'DeleteLoginProfile', resources: (user) => [user.arn], requestParameters: { userName } },
    async (tx) => {
      const user = await requireIdentity(tx, 'user', accountId, userName);
      const current = await tx.loginProfile.findUnique({ where: { userId: user.id } });
      if (!current) throw noSuchLoginProfile(user.userName);
      await rememberPasswordHash(tx, user.id, current.passwordHash);
      await tx.loginProfile.delete({ where: { userId: user.id } });
      return user;
    },
  );
}

/** The profile with its user's ARN, which the audit event names. */
type ProfileWithArn = LoginProfile & { arn: string };

function toLoginProfile(user: UserRow, row: LoginProfileRow): ProfileWithArn {
  return { userName: user.userName, createDate: row.createDate, passwordResetRequired: row.passwordResetRequired, arn: user.arn };
}
