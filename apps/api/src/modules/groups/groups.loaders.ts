import DataLoader from 'dataloader';
import type { Group as GroupRow, ManagedPolicy } from '@gatehouse/db';
import { groupByKey, type LoaderScope } from '../loader-scope';

export function createGroupsLoaders({ prisma, accountId }: LoaderScope) {
  return {
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
