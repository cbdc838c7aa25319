import { hashPassword } from '@gatehouse/credentials';
import { newAccountId, rootArn, type PrismaClient } from '@gatehouse/db';
import { auditedTransaction, type Tx } from '../../audit/audited-transaction';
import { passwordCompositionViolations } from '../../auth/password-policy';
import type { RequestContext } from '../../context';
import { IamError } from '../../errors/iam-error';
import { validateInput } from '../../graphql/validate-arguments';
import { CloseAccountInput, CreateAccountInput } from './accounts.inputs';

// Accounts are the operator's to make and remove (`gatehouse account create|delete`): no caller of the API may. Their
// audit events are AWS Organizations' (CreateAccount, CloseAccount), recorded in the account itself. The account's
// audit trail outlives it, as CloudTrail's does: the event of its deletion is the last one.

export interface CreatedAccount {
  accountId: string;
  alias: string | null;
  rootEmail: string;
}

/** What `deleteAccount` removed, by kind. */
export interface DeletedAccount {
  accountId: string;
  users: number;
  groups: number;
  roles: number;
  policies: number;
  accessKeys: number;
}

export function noSuchAccount(accountId: string): IamError {
  return new IamError('NoSuchEntity', `The account with id ${accountId} cannot be found.`, { field: 'accountId' });
}

/** NoSuchEntity unless the account exists. */
export async function requireAccount(db: PrismaClient | Tx, accountId: string): Promise<void> {
  if (!(await db.account.findUnique({ where: { id: accountId }, select: { id: true } }))) throw noSuchAccount(accountId);
}

function accountIdTaken(accountId: string): IamError {
  return new IamError('EntityAlreadyExists', `An account with id ${accountId} already exists.`, { field: 'accountId' });
}

/**
 * An account and its root user. The id is the one asked for, or a free one drawn at random; the id, the root email
 * (compared without case) and the alias must each be free.
 */
export async function createAccount(ctx: RequestContext, input: CreateAccountInput): Promise<CreatedAccount> {
  await validateInput(Object.assign(new CreateAccountInput(), input));
  // AWS: the root user's password follows the rules of the default password policy, whatever policy the account sets.
  const violations = passwordCompositionViolations(input.password, null);
  if (violations.length > 0) {
    throw new IamError('PasswordPolicyViolation', violations.map((violation) => violation.message).join('; '), { field: 'password' });
  }
  const rootPasswordHash = await hashPassword(input.password);
  for (;;) {
    const accountId = input.accountId ?? newAccountId();
    try {
      return await insertAccount(ctx, { accountId, email: input.email, alias: input.alias ?? null, rootPasswordHash });
    } catch (error) {
      // A drawn id that is taken is drawn again; a chosen one is refused.
      const drawnIdTaken = input.accountId === undefined && error instanceof IamError && error.details.field === 'accountId';
      if (!drawnIdTaken) throw error;
    }
  }
}

function insertAccount(
  ctx: RequestContext,
  account: { accountId: string; email: string; alias: string | null; rootPasswordHash: string },
): Promise<CreatedAccount> {
  const { accountId, email, alias } = account;
  return auditedTransaction(
    ctx,
    {
      eventSource: 'organizations.amazonaws.com',
      eventName: 'CreateAccount',
      identity: { accountId, principalArn: null },
      resources: [rootArn(accountId)],
      requestParameters: { accountId, email, ...(alias === null ? {} : { alias }) },
    },
    async (tx) => {
      if (await tx.account.findUnique({ where: { id: accountId }, select: { id: true } })) throw accountIdTaken(accountId);
      if (await tx.account.findUnique({ where: { rootEmail: email }, select: { id: true } })) {
        throw new IamError('EntityAlreadyExists', `An account with root email ${email} already exists.`, { field: 'email' });
      }
      if (alias !== null && (await tx.account.findUnique({ where: { alias }, select: { id: true } }))) {
        throw new IamError('EntityAlreadyExists', `The account alias ${alias} already exists.`, { field: 'alias' });
      }
      const created = await tx.account.create({ data: { id: accountId, alias, rootEmail: email, rootPasswordHash: account.rootPasswordHash } });
      return { accountId: created.id, alias: created.alias, rootEmail: created.rootEmail };
    },
  );
}

/**
 * Removes an account and everything in it, in one transaction: its principals and their credentials and sessions,
 * groups, roles, instance profiles, customer managed policies, MFA devices, settings. AWS managed policies, shared by
 * every account, stay.
 */
export async function deleteAccount(ctx: RequestContext, accountId: string): Promise<DeletedAccount> {
  await validateInput(Object.assign(new CloseAccountInput(), { accountId }));
  return auditedTransaction(
    ctx,
    {
      eventSource: 'organizations.amazonaws.com',
      eventName: 'CloseAccount',
      identity: { accountId, principalArn: null },
      resources: [rootArn(accountId)],
      requestParameters: { accountId },
      responseElements: (deleted) => deleted,
    },
    async (tx) => {
      const account = await tx.account.findUnique({
        where: { id: accountId },
        select: { _count: { select: { users: true, groups: true, roles: true, managedPolicies: true, accessKeys: true } } },
      });
      if (!account) throw noSuchAccount(accountId);
      // The references that restrict a deletion (attachments and permissions boundaries hold their policy, an instance
      // profile its role) go first; the account's own rows then cascade from it.
      await tx.userPolicyAttachment.deleteMany({ where: { user: { accountId } } });
      await tx.groupPolicyAttachment.deleteMany({ where: { group: { accountId } } });
      await tx.rolePolicyAttachment.deleteMany({ where: { role: { accountId } } });
      await tx.user.updateMany({ where: { accountId }, data: { permissionsBoundaryPolicyId: null } });
      await tx.role.updateMany({ where: { accountId }, data: { permissionsBoundaryPolicyId: null } });
      await tx.instanceProfile.deleteMany({ where: { accountId } });
      await tx.account.delete({ where: { id: accountId } });
      const counts = account._count;
      return { accountId, users: counts.users, groups: counts.groups, roles: counts.roles, policies: counts.managedPolicies, accessKeys: counts.accessKeys };
    },
  );
}
