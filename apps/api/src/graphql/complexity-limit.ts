import type { ApolloServerPlugin } from '@apollo/server';
import { GraphQLError } from 'graphql';
import { fieldExtensionsEstimator, getComplexity, simpleEstimator } from 'graphql-query-complexity';

/**
 * Refuses an operation whose estimated cost is above `maxComplexity`, before anything runs. Fields declare their
 * cost with type-graphql's `complexity` option (src/graphql/complexity.ts); any other field costs 1.
 */
export function complexityLimit(maxComplexity: number): ApolloServerPlugin {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ request, document, schema }) {
          const complexity = getComplexity({
            schema,
            query: document,
            operationName: request.operationName,
            variables: request.variables,
            estimators: [fieldExtensionsEstimator(), simpleEstimator({ defaultComplexity: 1 })],
          });
          if (complexity > maxComplexity) {
            throw new GraphQLError(
              `The query's estimated complexity is ${complexity}; the limit is ${maxComplexity}. Ask for fewer items (first) or fewer nested fields.`,
              { extensions: { http: { status: 400 } } },
            );
          }
        },
      };
    },
  };
}
