import DataLoader from 'dataloader';
import type { ManagedPolicy, PolicyTag, PolicyVersion as PolicyVersionRow } from '@gatehouse/db';
import { groupByKey, type LoaderScope } from '../loader-scope';

export interface PolicyVersionKey {
  policyId: string;
  versionId: string;
}

export interface LoadedPolicyVersion extends PolicyVersionRow {
  isDefaultVersion: boolean;
}

/** Sums `{ policyId, _count }` rows of several groupBy queries into one count per asked policy id. */
function countsByPolicyId(policyIds: readonly string[], groups: Array<Array<{ policyId: string | null; count: number }>>): number[] {
  const totals = new Map<string, number>();
  for (const row of groups.flat()) if (row.policyId) totals.set(row.policyId, (totals.get(row.policyId) ?? 0) + row.count);
  return policyIds.map((policyId) => totals.get(policyId) ?? 0);
}

export function createPoliciesLoaders({ prisma, accountId }: LoaderScope) {
  // AWS managed policies (no account) are visible to every account; customer managed ones only to their own.
  const visibleTo = () => ({ OR: [{ accountId: accountId() }, { accountId: null }] });

  return {
    policyById: new DataLoader<string, ManagedPolicy | null>(async (policyIds) => {
      const rows = await prisma.managedPolicy.findMany({ where: { id: { in: [...policyIds] }, ...visibleTo() } });
      const byId = new Map(rows.map((row) => [row.id, row]));
      return policyIds.map((policyId) => byId.get(policyId) ?? null);
    }),

    policyByArn: new DataLoader<string, ManagedPolicy | null>(async (policyArns) => {
      const rows = await prisma.managedPolicy.findMany({ where: { arn: { in: [...policyArns] }, ...visibleTo() } });
      const byArn = new Map(rows.map((row) => [row.arn, row]));
      return policyArns.map((policyArn) => byArn.get(policyArn) ?? null);
    }),

    policyVersion: new DataLoader<PolicyVersionKey, LoadedPolicyVersion | null, string>(
      async (keys) => {
        const rows = await prisma.policyVersion.findMany({
          where: { OR: keys.map(({ policyId, versionId }) => ({ policyId, versionId })), policy: visibleTo() },
          include: { policy: { select: { defaultVersionId: true } } },
        });
        const byKey = new Map(
          rows.map(({ policy, ...version }) => [
            `${version.policyId}/${version.versionId}`,
            { ...version, isDefaultVersion: policy.defaultVersionId === version.versionId },
          ]),
        );
        return keys.map(({ policyId, versionId }) => byKey.get(`${policyId}/${versionId}`) ?? null);
      },
      { cacheKeyFn: ({ policyId, versionId }) => `${policyId}/${versionId}` },
    ),

    tagsByPolicyId: new DataLoader<string, PolicyTag[]>(async (policyIds) => {
      const rows = await prisma.policyTag.findMany({ where: { policyId: { in: [...policyIds] }, policy: visibleTo() }, orderBy: { key: 'asc' } });
      return groupByKey(policyIds, rows, (row) => row.policyId);
    }),

    /** AWS AttachmentCount: users, groups and roles of the caller's account the policy is attached to (boundaries not counted). */
    attachmentCountByPolicyId: new DataLoader<string, number>(async (policyIds) => {
      const ids = { policyId: { in: [...policyIds] } };
      const [users, groups, roles] = await Promise.all([
        prisma.userPolicyAttachment.groupBy({ by: ['policyId'], where: { ...ids, user: { accountId: accountId() } }, _count: { _all: true } }),
        prisma.groupPolicyAttachment.groupBy({ by: ['policyId'], where: { ...ids, group: { accountId: accountId() } }, _count: { _all: true } }),
        prisma.rolePolicyAttachment.groupBy({ by: ['policyId'], where: { ...ids, role: { accountId: accountId() } }, _count: { _all: true } }),
      ]);
      return countsByPolicyId(
        policyIds,
        [users, groups, roles].map((rows) => rows.map((row) => ({ policyId: row.policyId, count: row._count._all }))),
      );
    }),

    /** AWS PermissionsBoundaryUsageCount: users and roles of the caller's account whose boundary the policy is. */
    boundaryUsageCountByPolicyId: new DataLoader<string, number>(async (policyIds) => {
      const where = { permissionsBoundaryPolicyId: { in: [...policyIds] }, accountId: accountId() };
      const [users, roles] = await Promise.all([
        prisma.user.groupBy({ by: ['permissionsBoundaryPolicyId'], where, _count: { _all: true } }),
        prisma.role.groupBy({ by: ['permissionsBoundaryPolicyId'], where, _count: { _all: true } }),
      ]);
      return countsByPolicyId(
        policyIds,
        [users, roles].map((rows) => rows.map((row) => ({ policyId: row.permissionsBoundaryPolicyId, count: row._count._all }))),
      );
    }),

    /** ListAttachedUserPolicies, for many users in one query. */
    attachedPoliciesByUserId: new DataLoader<string, ManagedPolicy[]>(async (userIds) => {
      const attachments = await prisma.userPolicyAttachment.findMany({
        where: { userId: { in: [...userIds] }, user: { accountId: accountId() } },
        include: { policy: true },
        orderBy: { policy: { policyName: 'asc' } },
      });
      return groupByKey(userIds, attachments, (attachment) => attachment.userId).map((rows) => rows.map((row) => row.policy));
    }),
  };
}
