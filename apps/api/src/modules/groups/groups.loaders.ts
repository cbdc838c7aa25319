import DataLoader from 'dataloader';
import { groupArn, type Group as GroupRow, type ManagedPolicy, type Prisma, type User as UserRow } from '@gatehouse/db';
import type { RequestContext } from '../../context';
import { groupByKey, keyFilter, type LoaderScope } from '../loader-scope';

/** Attachments in policy name order, with their policies: a group's ListAttachedGroupPolicies. */
const attachmentsWithPolicies = { include: { policy: true }, orderBy: { policy: { policyName: 'asc' } } } satisfies Prisma.Group$attachedPoliciesArgs;

/** Memberships with their groups, in group name order: a user's ListGroupsForUser. */
const membershipsWithGroups = { include: { group: true }, orderBy: { group: { groupName: 'asc' } } } satisfies Prisma.User$groupMembershipsArgs;

/** The same, each group with its attached policies, read in the same query when the operation selects them. */
const membershipsWithGroupsAndPolicies = {
  ...membershipsWithGroups,
  include: { group: { include: { attachedPolicies: attachmentsWithPolicies } } },
} satisfies Prisma.User$groupMembershipsArgs;

/** A group as a membership read brings it: with its attached policies when the operation selects them. */
type GroupRead = GroupRow & { attachedPolicies?: Array<{ policy: ManagedPolicy }> };

export type GroupsLoaders = ReturnType<typeof createGroupsLoaders>;

export function createGroupsLoaders({ prisma, accountId, selects }: LoaderScope) {
  const loaders = {
    /** Groups of the caller's account by name; names are case-insensitive, like the citext column. */
    groupByName: new DataLoader<string, GroupRow | null, string>(
      async (groupNames) => {
        const rows = await prisma.group.findMany({ where: { accountId: accountId(), groupName: keyFilter(groupNames) } });
        const byName = new Map(rows.map((row) => [row.groupName.toLowerCase(), row]));
        return groupNames.map((groupName) => byName.get(groupName.toLowerCase()) ?? null);
      },
      { cacheKeyFn: (groupName) => groupName.toLowerCase() },
    ),

    /** ListGroupsForUser, for many users in one query. */
    groupsByUserId: new DataLoader<string, GroupRow[]>(async (userIds) => {
      const where = { userId: keyFilter(userIds), group: { accountId: accountId() } };
      const memberships: Array<{ userId: string; group: GroupRead }> = selects('Group.attachedPolicies')
        ? await prisma.groupMembership.findMany({ where, ...membershipsWithGroupsAndPolicies })
        : await prisma.groupMembership.findMany({ where, ...membershipsWithGroups });
      const groups = groupByKey(userIds, memberships, (membership) => membership.userId).map((rows) => rows.map((row) => row.group));
      primeAttachedPolicies(loaders.attachedPoliciesByGroupId, groups.flat());
      return groups;
    }),

    /** ListAttachedGroupPolicies, for many groups in one query. */
    attachedPoliciesByGroupId: new DataLoader<string, ManagedPolicy[]>(async (groupIds) => {
      const attachments = await prisma.groupPolicyAttachment.findMany({
        where: { groupId: keyFilter(groupIds), group: { accountId: accountId() } },
        ...attachmentsWithPolicies,
      });
      return groupByKey(groupIds, attachments, (attachment) => attachment.groupId).map((rows) => rows.map((row) => row.policy));
    }),
  };

  return loaders;
}

function primeAttachedPolicies(attachedPoliciesByGroupId: GroupsLoaders['attachedPoliciesByGroupId'], groups: GroupRead[]): void {
  for (const group of groups) {
    if (group.attachedPolicies) attachedPoliciesByGroupId.prime(group.id, group.attachedPolicies.map((attachment) => attachment.policy));
  }
}

/**
 * Users matching `where`, read with their groups (User.groups) when the operation selects them, and with the groups'
 * attached policies when it selects those too; the loaders are given what was read, so that resolving the groups
 * and their policies queries nothing more.
 */
export async function findUsersWithTheirGroups(
  { prisma, selects }: LoaderScope,
  groupsLoaders: () => GroupsLoaders,
  where: Prisma.UserWhereInput,
): Promise<UserRow[]> {
  if (!selects('User.groups')) return prisma.user.findMany({ where });
  const loaders = groupsLoaders();
  const users: Array<UserRow & { groupMemberships: Array<{ group: GroupRead }> }> = selects('Group.attachedPolicies')
    ? await prisma.user.findMany({ where, include: { groupMemberships: membershipsWithGroupsAndPolicies } })
    : await prisma.user.findMany({ where, include: { groupMemberships: membershipsWithGroups } });
  for (const user of users) {
    const groups = user.groupMemberships.map((membership) => membership.group);
    loaders.groupsByUserId.prime(user.id, groups);
    primeAttachedPolicies(loaders.attachedPoliciesByGroupId, groups);
  }
  return users;
}

/** The ARN of a group named in a request, for authorization: the stored ARN when it exists, else the pathless one. */
export async function groupArnForName(ctx: RequestContext, accountId: string, groupName: string): Promise<string> {
  const group = await ctx.loaders.groups.groupByName.load(groupName);
  return group?.arn ?? groupArn(accountId, '/', groupName);
}
