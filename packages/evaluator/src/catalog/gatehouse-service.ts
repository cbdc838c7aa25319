import type { CatalogServiceData } from './catalog';

/**
 * Gatehouse's own actions, beside AWS's: what a protected service must be allowed before it may ask Gatehouse for a
 * decision (`authorize`), scoped to the prefix of the service it asks for. The prefix is reserved like AWS's.
 */
export const gatehouseService: CatalogServiceData = {
  prefix: 'gatehouse',
  name: 'Gatehouse',
  actions: { Authorize: [1, ['service*'], []] },
  resourceTypes: { service: 'arn:${Partition}:gatehouse::${Account}:service/${ServicePrefix}' },
  conditionKeys: {},
};
