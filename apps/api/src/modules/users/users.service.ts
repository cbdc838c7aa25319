import { newUniqueId, userArn, type User as UserRow, type UserTag } from '@gatehouse/db';
import { auditedTransaction } from '../../audit/audited-transaction';
import type { Caller } from '../../principals/caller';
import { authorizeEach } from '../../authz/authorize-each';
import type { RequestContext } from '../../context';
import { entityAlreadyExists, IamError, limitExceeded } from '../../errors/iam-error';
import type { Page } from '../../graphql/connections';
import { findIdentity, identityInAccount, requireIdentity } from '../identities';
import { paginateBy, underPath } from '../ordered-list';
import { requireAttachablePolicy } from '../policies/policy-lookup';
import { userTags } from '../tags/resource-tags';
import { assertTagKeysAllowed } from '../tags/tag-rules';
import type { CreateUserInput, TagUserInput, UntagUserInput, UpdateUserInput } from './users.inputs';

// Every function takes the account it acts in: no lookup here can reach another account's rows.

export async function getUser(ctx: RequestContext, accountId: string, userName: string): Promise<UserRow> {
  return identityInAccount(await ctx.loaders.users.userByName.load(userName), 'user', accountId, userName);
}

export function listUsers(
  ctx: RequestContext,
  accountId: string,
  options: { pathPrefix?: string; first: number; after?: string | null },
): Promise<Page<UserRow>> {
  return paginateBy(ctx.prisma.user, 'userName', { accountId, ...underPath(options.pathPrefix) }, options);
}

export function createUser(ctx: RequestContext, accountId: string, input: CreateUserInput): Promise<UserRow> {
  const path = input.path ?? '/';
  const tags = input.tags ?? [];
  assertTagKeysAllowed(tags.map((tag) => tag.key));
  return auditedTransaction(
    ctx,
    {
      eventName: 'CreateUser',
      resources: [userArn(accountId, path, input.userName)],
      requestParameters: { ...input, path },
      // Only another createUser can add a user to the account: creates queue per account, so that the name check and
      // the quota count see every user created before.
      lock: `CreateUser:${accountId}`,
    },
    async (tx) => {
      if (await findIdentity.user(tx, accountId, input.userName)) throw entityAlreadyExists('user', input.userName);
      const quota = ctx.config.quotas.usersPerAccount;
      if ((await tx.user.count({ where: { accountId } })) >= quota) throw limitExceeded('UsersPerAccount', quota);
      const boundary = input.permissionsBoundary ? await requireAttachablePolicy(tx, accountId, input.permissionsBoundary) : null;
      return tx.user.create({
        data: {
          id: newUniqueId('user'),
          accountId,
          path,
          userName: input.userName,
          arn: userArn(accountId, path, input.userName),
          permissionsBoundaryPolicyId: boundary?.id ?? null,
          tags: { create: tags.map(({ key, value }) => ({ key, value })) },
        },
      });
    },
  );
}

/** AWS UpdateUser: a rename, a move to another path, or both; the ARN follows. */
export function updateUser(ctx: RequestContext, accountId: string, input: UpdateUserInput): Promise<UserRow> {
  return auditedTransaction(
    ctx,
    { eventName: 'UpdateUser', resources: (user) => [user.arn], requestParameters: { ...input } },
    async (tx) => {
      const user = await requireIdentity(tx, 'user', accountId, input.userName);
      const userName = input.newUserName ?? user.userName;
      const path = input.newPath ?? user.path;
      const renamed = userName !== user.userName;
      // A change of case only is a rename of the same user, not a clash with itself.
      if (renamed && userName.toLowerCase() !== user.userName.toLowerCase() && (await findIdentity.user(tx, accountId, userName))) {
        throw entityAlreadyExists('user', userName);
      }
      return tx.user.update({ where: { id: user.id }, data: { userName, path, arn: userArn(accountId, path, userName) } });
    },
  );
}

/**
 * AWS DeleteUser refuses while the user still has a password, access keys, an MFA device, inline or attached
 * policies, or group memberships. The message names the first, `extensions.conflicts` lists them all.
 */
export function deleteUser(ctx: RequestContext, accountId: string, userName: string): Promise<UserRow> {
  return auditedTransaction(
    ctx,
    { eventName: 'DeleteUser', resources: (user) => [user.arn], requestParameters: { userName } },
    async (tx) => {
      const user = await requireIdentity(tx, 'user', accountId, userName);
      const attached = await tx.user.findUniqueOrThrow({
        where: { id: user.id },
        select: {
          loginProfile: { select: { userId: true } },
          mfaDevice: { select: { serialNumber: true } },
          _count: { select: { accessKeys: true, inlinePolicies: true, attachedPolicies: true, groupMemberships: true } },
        },
      });
      const conflicts = [
        attached.loginProfile && { kind: 'LoginProfile', step: 'delete login profile' },
        attached._count.accessKeys > 0 && { kind: 'AccessKeys', step: 'delete access keys' },
        attached.mfaDevice && { kind: 'MFADevice', step: 'deactivate MFA device' },
        attached._count.inlinePolicies > 0 && { kind: 'InlinePolicies', step: 'delete policies' },
        attached._count.attachedPolicies > 0 && { kind: 'AttachedPolicies', step: 'detach all policies' },
        attached._count.groupMemberships > 0 && { kind: 'GroupMemberships', step: 'remove user from all groups' },
      ].filter((conflict) => typeof conflict === 'object' && conflict !== null);
      const [first] = conflicts;
      if (first) {
        throw new IamError('DeleteConflict', `Cannot delete entity, must ${first.step} first.`, {
          conflicts: conflicts.map((conflict) => conflict.kind),
        });
      }
      await tx.user.delete({ where: { id: user.id } });
      return user;
    },
  );
}

/** What deleteUserAndDependents removed with the user. */
export interface DeletedUserDependents {
  user: UserRow;
  groupNames: string[];
  loginProfile: boolean;
  accessKeyIds: string[];
  mfaSerialNumber: string | null;
  inlinePolicyNames: string[];
  attachedPolicyArns: string[];
}

/**
 * AWS's console deletes a user by calling, in order, RemoveUserFromGroup, DeleteLoginProfile, DeleteAccessKey,
 * DeactivateMFADevice and DeleteVirtualMFADevice, DeleteUserPolicy, DetachUserPolicy and DeleteUser, and a refusal
 * halfway leaves the user half-deleted. Here the same steps run in one transaction: the caller is authorized for every
 * one of them, on the rows this transaction reads, before anything changes, so the deletion completes or changes nothing.
 */
export function deleteUserAndDependents(ctx: RequestContext, caller: Caller, userName: string): Promise<DeletedUserDependents> {
  const accountId = caller.accountId;
  return auditedTransaction(
    ctx,
    {
      eventName: 'DeleteUser',
      resources: (deleted) => [deleted.user.arn],
      requestParameters: { userName, withDependents: true },
      responseElements: ({ user: _user, ...dependents }) => dependents,
    },
    async (tx) => {
      const user = await requireIdentity(tx, 'user', accountId, userName);
      const held = await tx.user.findUniqueOrThrow({
        where: { id: user.id },
        select: {
          loginProfile: { select: { userId: true } },
          mfaDevice: { select: { serialNumber: true } },
          accessKeys: { select: { accessKeyId: true }, orderBy: { accessKeyId: 'asc' } },
          inlinePolicies: { select: { policyName: true }, orderBy: { policyName: 'asc' } },
          attachedPolicies: { select: { policy: { select: { arn: true } } } },
          groupMemberships: { select: { group: { select: { groupName: true, arn: true } } } },
        },
      });
      const groups = held.groupMemberships.map((membership) => membership.group).sort((a, b) => a.groupName.localeCompare(b.groupName));
      const attachedPolicyArns = held.attachedPolicies.map((attachment) => attachment.policy.arn).sort();
      const serialNumber = held.mfaDevice?.serialNumber ?? null;
      await authorizeEach(ctx, caller, [
        ...groups.map((group) => ({ action: 'iam:RemoveUserFromGroup', resourceArn: group.arn })),
        ...(held.loginProfile ? [{ action: 'iam:DeleteLoginProfile', resourceArn: user.arn }] : []),
        ...held.accessKeys.map(() => ({ action: 'iam:DeleteAccessKey', resourceArn: user.arn })),
        ...(serialNumber
          ? [
              { action: 'iam:DeactivateMFADevice', resourceArn: user.arn },
              { action: 'iam:DeleteVirtualMFADevice', resourceArn: serialNumber },
            ]
          : []),
        ...held.inlinePolicies.map(() => ({ action: 'iam:DeleteUserPolicy', resourceArn: user.arn })),
        ...attachedPolicyArns.map((policyArn) => ({ action: 'iam:DetachUserPolicy', resourceArn: user.arn, context: { 'iam:PolicyARN': policyArn } })),
      ]);
      // Cascades remove memberships, login profile, keys, inline policies, attachments and tags with the user;
      // the MFA device would only be unassigned (SetNull), so it is deleted first, as DeleteVirtualMFADevice would.
      if (serialNumber) await tx.virtualMfaDevice.delete({ where: { serialNumber } });
      await tx.user.delete({ where: { id: user.id } });
      return {
        user,
        groupNames: groups.map((group) => group.groupName),
        loginProfile: held.loginProfile !== null,
        accessKeyIds: held.accessKeys.map((key) => key.accessKeyId),
        mfaSerialNumber: serialNumber,
        inlinePolicyNames: held.inlinePolicies.map((policy) => policy.policyName),
        attachedPolicyArns,
      };
    },
  );
}

/** AWS TagUser: adds tags and overwrites the values of keys the user already has. */
export function tagUser(ctx: RequestContext, accountId: string, input: TagUserInput): Promise<UserRow> {
  assertTagKeysAllowed(input.tags.map((tag) => tag.key));
  return auditedTransaction(
    ctx,
    { eventName: 'TagUser', resources: (user) => [user.arn], requestParameters: { ...input } },
    async (tx) => {
      const user = await requireIdentity(tx, 'user', accountId, input.userName);
      await userTags.add(tx, user.id, input.tags, ctx.config.quotas.tagsPerResource);
      return user;
    },
  );
}

/** AWS UntagUser: keys the user does not have are ignored. */
export function untagUser(ctx: RequestContext, accountId: string, input: UntagUserInput): Promise<UserRow> {
  return auditedTransaction(
    ctx,
    { eventName: 'UntagUser', resources: (user) => [user.arn], requestParameters: { ...input } },
    async (tx) => {
      const user = await requireIdentity(tx, 'user', accountId, input.userName);
      await userTags.remove(tx, user.id, input.tagKeys);
      return user;
    },
  );
}

export async function listUserTags(
  ctx: RequestContext,
  accountId: string,
  options: { userName: string; first: number; after?: string | null },
): Promise<Page<UserTag>> {
  const user = await getUser(ctx, accountId, options.userName);
  return paginateBy(ctx.prisma.userTag, 'key', { userId: user.id }, options);
}
