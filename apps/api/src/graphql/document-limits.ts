import { maxAliasesRule } from '@escape.tech/graphql-armor-max-aliases';
import { maxDepthRule } from '@escape.tech/graphql-armor-max-depth';
import { maxDirectivesRule } from '@escape.tech/graphql-armor-max-directives';
import { GraphQLError, type ValidationContext, type ValidationRule } from 'graphql';
import type { ApiConfig } from '../config';

/**
 * Validation rules bounding a document's shape: depth, aliases and directives (GraphQL Armor's rules). Each walks the
 * operation once and every fragment once, however often it is spread, so a document that doubles through nested
 * fragment spreads costs its size, not its expansion. The token limit that keeps the document itself small is
 * checked while parsing (`parseOptions.maxTokens` in server.ts); the expanded node count, in complexity-limit.ts.
 */
export function documentLimits(limits: ApiConfig['graphql']): ValidationRule[] {
  return [
    // Fragments add no level (`flattenFragments`): depth counts nested fields, as the resolvers run them.
    maxDepthRule({ n: limits.maxDepth, flattenFragments: true, ignoreIntrospection: true, ...refusal }),
    maxAliasesRule({ n: limits.maxAliases, ...refusal }),
    maxDirectivesRule({ n: limits.maxDirectives, ...refusal }),
  ];
}

// Armor throws its error by default, which graphql-js's validate() does not catch (Apollo would answer 500); reported
// instead, it joins the other validation errors: 400 InvalidInput.
const refusal = {
  propagateOnRejection: false,
  onReject: [
    (context: ValidationContext | null, error: GraphQLError) =>
      // Armor words every refusal as a "Syntax Error", which it is not.
      context?.reportError(new GraphQLError(error.message.replace(/^Syntax Error: /, ''))),
  ],
};
