import DataLoader from 'dataloader';
import type { InstanceProfileTag } from '@gatehouse/db';
import { groupByKey, type LoaderScope } from '../loader-scope';

export function createInstanceProfilesLoaders({ prisma, accountId }: LoaderScope) {
  return {
    /** The `tags` of many profiles (a page of ListInstanceProfiles) in one query, each profile's in key order. */
    tagsByInstanceProfileId: new DataLoader<string, InstanceProfileTag[]>(async (instanceProfileIds) => {
      const rows = await prisma.instanceProfileTag.findMany({
        where: { instanceProfileId: { in: [...instanceProfileIds] }, instanceProfile: { accountId: accountId() } },
        orderBy: { key: 'asc' },
      });
      return groupByKey(instanceProfileIds, rows, (row) => row.instanceProfileId);
    }),
  };
}
