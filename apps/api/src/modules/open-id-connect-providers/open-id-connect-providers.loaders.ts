import DataLoader from 'dataloader';
import type { OpenIdConnectProviderTag } from '@gatehouse/db';
import { groupByKey, type LoaderScope } from '../loader-scope';

export function createOpenIdConnectProvidersLoaders({ prisma, accountId }: LoaderScope) {
  return {
    /** The `tags` of many providers (ListOpenIDConnectProviders) in one query, each provider's in key order. */
    tagsByProviderId: new DataLoader<string, OpenIdConnectProviderTag[]>(async (providerIds) => {
      const rows = await prisma.openIdConnectProviderTag.findMany({
        where: { providerId: { in: [...providerIds] }, provider: { accountId: accountId() } },
        orderBy: { key: 'asc' },
      });
      return groupByKey(providerIds, rows, (row) => row.providerId);
    }),
  };
}
