import type { ComplexityEstimator } from 'graphql-query-complexity';
import type { ApiConfig } from '../config';
import { defaultPageSize } from './connections';

// Estimates for graphql-query-complexity (type-graphql's `complexity` field option). A field counts 1; a list
// counts its items' fields once per item it can hold, so a nested query's cost grows as its real work does.

/** A connection: `first` items (AWS's default page size when omitted). */
export const connectionComplexity: ComplexityEstimator = ({ args, childComplexity }) => {
  const first = typeof args.first === 'number' ? args.first : defaultPageSize;
  return 1 + childComplexity * first;
};

/** A plain list of at most `maxItems`, such as the services of the action catalog. */
export function listComplexity(maxItems: number): ComplexityEstimator {
  return ({ childComplexity }) => 1 + childComplexity * maxItems;
}

/** What complexity-limit.ts hands the estimators: the quotas this server enforces. */
export interface ComplexityContext {
  quotas: ApiConfig['quotas'];
}

/** A plain list bounded by a configured AWS quota, such as the groups a user can be in (`groupsPerUser`). */
export function quotaListComplexity(quota: keyof ApiConfig['quotas']): ComplexityEstimator {
  return ({ childComplexity, context }) => 1 + childComplexity * (context as ComplexityContext).quotas[quota];
}
