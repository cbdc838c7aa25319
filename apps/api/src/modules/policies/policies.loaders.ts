import DataLoader from 'dataloader';
import type { ManagedPolicy, PolicyVersion as PolicyVersionRow } from '@gatehouse/db';
import type { LoaderScope } from '../loader-scope';

export interface PolicyVersionKey {
  policyId: string;
  versionId: string;
}

export interface LoadedPolicyVersion extends PolicyVersionRow {
  isDefaultVersion: boolean;
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
  };
}
