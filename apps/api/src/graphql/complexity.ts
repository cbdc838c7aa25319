import type { ComplexityEstimator } from 'graphql-query-complexity';
import { defaultPageSize } from './connections';

// Estimates for graphql-query-complexity (type-graphql's `complexity` field option). A field counts 1; a list
// counts its items' fields once per item it can hold, so a nested query's cost grows as its real work does.

/** A connection: `first` items (AWS's default page size when omitted). */
export const connectionComplexity: ComplexityEstimator = ({ args, childComplexity }) => {
  const first = typeof args.first === 'number' ? args.first : defaultPageSize;
  return 1 + childComplexity * first;
};

/** A plain list bounded by an AWS quota, such as the 10 groups a user can be in. */
export function listComplexity(maxItems: number): ComplexityEstimator {
  return ({ childComplexity }) => 1 + childComplexity * maxItems;
}
