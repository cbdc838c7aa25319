import { groupArn, newUniqueId, type Group as GroupRow, type User as UserRow } from '@gatehouse/db';
import { auditedTransaction } from '../../audit/audited-transaction';
import type { RequestContext } from '../../context';
import { entityAlreadyExists, IamError, limitExceeded } from '../../errors/iam-error';
import type { Page } from '../../graphql/connections';
import { assertNoDeleteConflict } from '../delete-conflict';
import { findIdentity, identityInAccount, requireIdentity } from '../identities';
import { paginateBy, underPath } from '../ordered-list';
import type { CreateGroupInput, GroupMembershipInput, UpdateGroupInput } from './groups.inputs';

// Every function takes the account it acts in: no lookup here can reach another account's rows.

export async function getGroup(ctx: RequestContext, accountId: string, groupName: string): Promise<GroupRow> {
  return identityInAccount(await ctx.loaders.groups.groupByName.load(groupName), 'group', accountId, groupName);
}

export function listGroups(
  ctx: RequestContext,
  accountId: string,
  options: { pathPrefix?: string; first: number; after?: string | null },
): Promise<Page<GroupRow>> {
  return paginateBy(ctx.prisma.group, 'groupName', { accountId, ...underPath(options.pathPrefix) }, options);
}

/** AWS GetGroup's `Users`: the members, in name order, a page at a time. */
export function listGroupMembers(ctx: RequestContext, group: GroupRow, options: { first: number; after?: string | null }): Promise<Page<UserRow>> {
  return paginateBy(ctx.prisma.user, 'userName', { groupMemberships: { some: { groupId: group.id } }, accountId: group.accountId }, options);
}

export async function listGroupsForUser(
  ctx: RequestContext,
  accountId: string,
  options: { userName: string; first: number; after?: string | null },
): Promise<Page<GroupRow>> {
  const user = identityInAccount(await ctx.loaders.users.userByName.load(options.userName), 'user', accountId, options.userName);
  return paginateBy(ctx.prisma.group, 'groupName', { accountId, members: { some: { userId: user.id } } }, options);
}

export function createGroup(ctx: RequestContext, accountId: string, input: CreateGroupInput): Promise<GroupRow> {
  const path = input.path ?? '/';
  const arn = groupArn(accountId, path, input.groupName);
  return auditedTransaction(ctx, { eventName: 'CreateGroup', resources: [arn], requestParameters: { ...input, path } }, async (tx) => {
    if (await findIdentity.group(tx, accountId, input.groupName)) throw entityAlreadyExists('group', input.groupName);
    const quota = ctx.config.quotas.groupsPerAccount;
    if ((await tx.group.count({ where: { accountId } })) >= quota) throw limitExceeded('GroupsPerAccount', quota);
    return tx.group.create({ data: { id: newUniqueId('group'), accountId, path, groupName: input.groupName, arn } });
  });
}

/** AWS UpdateGroup: a rename, a move to another path, or both; the ARN follows, members and policies stay. */
export function updateGroup(ctx: RequestContext, accountId: string, input: UpdateGroupInput): Promise<GroupRow> {
  return auditedTransaction(ctx, { eventName: 'UpdateGroup', resources: (group) => [group.arn], requestParameters: { ...input } }, async (tx) => {
    const group = await requireIdentity(tx, 'group', accountId, input.groupName);
    const groupName = input.newGroupName ?? group.groupName;
    const path = input.newPath ?? group.path;
    // A change of case only is a rename of the same group, not a clash with itself.
    if (groupName.toLowerCase() !== group.groupName.toLowerCase() && (await findIdentity.group(tx, accountId, groupName))) {
      throw entityAlreadyExists('group', groupName);
    }
    return tx.group.update({ where: { id: group.id }, data: { groupName, path, arn: groupArn(accountId, path, groupName) } });
  });
}

/** AWS DeleteGroup refuses while the group has members, attached managed policies or inline policies. */
export function deleteGroup(ctx: RequestContext, accountId: string, groupName: string): Promise<GroupRow> {
  return auditedTransaction(ctx, { eventName: 'DeleteGroup', resources: (group) => [group.arn], requestParameters: { groupName } }, async (tx) => {
    const group = await requireIdentity(tx, 'group', accountId, groupName);
    const { _count: count } = await tx.group.findUniqueOrThrow({
      where: { id: group.id },
      select: { _count: { select: { members: true, attachedPolicies: true, inlinePolicies: true } } },
    });
    assertNoDeleteConflict([
      count.members > 0 && { kind: 'Users', step: 'remove users from group' },
      count.attachedPolicies > 0 && { kind: 'AttachedPolicies', step: 'detach all policies' },
      count.inlinePolicies > 0 && { kind: 'InlinePolicies', step: 'delete policies' },
    ]);
    await tx.group.delete({ where: { id: group.id } });
    return group;
  });
}

/** AWS AddUserToGroup: adding a member twice changes nothing; a user is in at most GroupsPerUser groups. */
export function addUserToGroup(ctx: RequestContext, accountId: string, input: GroupMembershipInput): Promise<GroupRow> {
  return auditedTransaction(ctx, { eventName: 'AddUserToGroup', resources: (group) => [group.arn], requestParameters: { ...input } }, async (tx) => {
    const group = await requireIdentity(tx, 'group', accountId, input.groupName);
    const user = await requireIdentity(tx, 'user', accountId, input.userName);
    const existing = await tx.groupMembership.findUnique({ where: { groupId_userId: { groupId: group.id, userId: user.id } } });
    if (existing) return group;
    const quota = ctx.config.quotas.groupsPerUser;
    if ((await tx.groupMembership.count({ where: { userId: user.id } })) >= quota) throw limitExceeded('GroupsPerUser', quota);
    await tx.groupMembership.create({ data: { groupId: group.id, userId: user.id } });
    return group;
  });
}

export function removeUserFromGroup(ctx: RequestContext, accountId: string, input: GroupMembershipInput): Promise<GroupRow> {
  return auditedTransaction(ctx, { eventName: 'RemoveUserFromGroup', resources: (group) => [group.arn], requestParameters: { ...input } }, async (tx) => {
    const group = await requireIdentity(tx, 'group', accountId, input.groupName);
    const user = await requireIdentity(tx, 'user', accountId, input.userName);
    const { count } = await tx.groupMembership.deleteMany({ where: { groupId: group.id, userId: user.id } });
    if (count === 0) throw new IamError('NoSuchEntity', `The user with name ${user.userName} is not a member of group ${group.groupName}.`);
    return group;
  });
}
