import DataLoader from 'dataloader';
import { groupArn, type Group as GroupRow, type ManagedPolicy } from '@gatehouse/db';
import type { RequestContext } from '../../context';
import { groupByKey, type LoaderScope } from '../loader-scope';

export function createGroupsLoaders({ prisma, accountId }: LoaderScope) {
  return {
    /** Groups of the caller's account by name; names are case-insensitive, like the citext column. */
    groupByName: new DataLoader<string, GroupRow | null, string>(
      async (groupNames) => {
        const rows = await prisma.group.findMany({ where: { accountId: accountId(), groupName: { in: [...groupNames] } } });
        const byName = new Map(rows.map((row) => [row.groupName.toLowerCase(), row]));
        return groupNames.map((groupName) => byName.get(groupName.toLowerCase()) ?? null);
      },
      { cacheKeyFn: (groupName) => groupName.toLowerCase() },
    ),

    /** ListGroupsForUser, for many users in one query. */
    groupsByUserId: new DataLoader<string, GroupRow[]>(async (userIds) => {
      const memberships = await prisma.groupMembership.findMany({
        where: { userId: { in: [...userIds] }, group: { accountId: accountId() } },
        include: { group: true },
        orderBy: { group: { groupName: 'asc' } },
      });
      return groupByKey(userIds, memberships, (membership) => membership.userId).map((rows) => rows.map((row) => row.group));
    }),

    /** ListAttachedGroupPolicies, for many groups in one query. */
    attachedPoliciesByGroupId: new DataLoader<string, ManagedPolicy[]>(async (groupIds) => {
      const attachments = await prisma.groupPolicyAttachment.findMany({
        where: { groupId: { in: [...groupIds] }, group: { accountId: accountId() } },
        include: { policy: true },
        orderBy: { policy: { policyName: 'asc' } },
      });
      return groupByKey(groupIds, attachments, (attachment) => attachment.groupId).map((rows) => rows.map((row) => row.policy));
    }),
  };
}

/** The ARN of a group named in a request, for authorization: the stored ARN when it exists, else the pathless one. */
export async function groupArnForName(ctx: RequestContext, accountId: string, groupName: string): Promise<string> {
  const group = await ctx.loaders.groups.groupByName.load(groupName);
  return group?.arn ?? groupArn(accountId, '/', groupName);
}
