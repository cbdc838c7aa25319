import type { BaseContext } from '@apollo/server';
import { GraphQLError, Kind, type DocumentNode, type GraphQLSchema, type TypeNode } from 'graphql';
import { fieldExtensionsEstimator, getComplexity, simpleEstimator } from 'graphql-query-complexity';
import type { ApiConfig } from '../config';
import type { ComplexityContext } from './complexity';
import type { RequestListener } from './request-listeners';

// Variants remembered per document: beyond this a document is simply measured every time.
const maxCachedVariants = 64;

/**
 * Refuses an operation whose estimated cost is above `maxComplexity`, before anything runs. Fields declare their
 * cost with type-graphql's `complexity` option (src/graphql/complexity.ts); any other field costs 1.
 *
 * The estimate depends on the document and on the variables that can change it (page sizes in `first`, input
 * objects, `@include(if:)`), never on `String` or `ID` ones (names, ARNs, cursors). So it is computed once per
 * document (Apollo keeps one parsed document per query text) and values of those variables.
 *
 * graphql-query-complexity walks a fragment again wherever it is spread; it stops after `maxNodes` selections, so a
 * document whose fragments double at each level is refused instead of walked for ever. Anything it refuses (too many
 * nodes, variables that do not fit their types) is the request's fault: 400 InvalidInput, never 500.
 */
export function complexityLimit(
  { maxComplexity, maxNodes }: Pick<ApiConfig['graphql'], 'maxComplexity' | 'maxNodes'>,
  context: ComplexityContext,
): RequestListener<BaseContext> {
  const estimates = new WeakMap<DocumentNode, Map<string, number>>();

  function estimate(schema: GraphQLSchema, document: DocumentNode, operationName: string | null, variables: Record<string, unknown>): number {
    const key = `${operationName ?? ''}\0${JSON.stringify(estimateVariableNames(document).map((name) => variables[name]))}`;
    let byVariant = estimates.get(document);
    const known = byVariant?.get(key);
    if (known !== undefined) return known;
    const complexity = getComplexity({
      schema,
      query: document,
      operationName: operationName ?? undefined,
      variables,
      context,
      maxQueryNodes: maxNodes,
      estimators: [fieldExtensionsEstimator(), simpleEstimator({ defaultComplexity: 1 })],
    });
    if (!byVariant) estimates.set(document, (byVariant = new Map()));
    if (byVariant.size < maxCachedVariants) byVariant.set(key, complexity);
    return complexity;
  }

  return {
    didResolveOperation({ request, document, schema, operation }) {
      // No operation of that name (or several and none named): execution answers that, with 400.
      if (!operation) return;
      let complexity: number;
      try {
        complexity = estimate(schema, document, request.operationName ?? null, request.variables ?? {});
      } catch (error) {
        if (error instanceof GraphQLError) throw new GraphQLError(error.message, { extensions: { http: { status: 400 } } });
        throw error;
      }
      if (complexity > maxComplexity) {
        throw new GraphQLError(
          `The query's estimated complexity is ${complexity}; the limit is ${maxComplexity}. Ask for fewer items (first) or fewer nested fields.`,
          { extensions: { http: { status: 400 } } },
        );
      }
    },
  };
}

const estimateVariableNamesOf = new WeakMap<DocumentNode, string[]>();

function estimateVariableNames(document: DocumentNode): string[] {
  let names = estimateVariableNamesOf.get(document);
  if (!names) {
    names = document.definitions.flatMap((definition) =>
      definition.kind === Kind.OPERATION_DEFINITION
        ? (definition.variableDefinitions ?? []).filter((variable) => !textTypes.has(namedType(variable.type))).map((variable) => variable.variable.name.value)
        : [],
    );
    estimateVariableNamesOf.set(document, names);
  }
  return names;
}

const textTypes = new Set(['String', 'ID']);

function namedType(type: TypeNode): string {
  return type.kind === Kind.NAMED_TYPE ? type.name.value : namedType(type.type);
}
