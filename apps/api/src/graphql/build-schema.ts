import 'reflect-metadata';
import { isObjectType, type GraphQLSchema } from 'graphql';
import { buildSchema, type NonEmptyArray } from 'type-graphql';
import { readOperationAccess } from '../authz/iam-operation';
import { resolvers as apiResolvers } from '../modules/resolvers';
import { validateArguments } from './validate-arguments';

/**
 * The API's schema from the type-graphql classes. It refuses to exist if a query or mutation declares neither
 * `@IamOperation` nor `@Public`: an operation nobody thought to authorize must not reach a client.
 */
export async function buildApiSchema(resolvers: NonEmptyArray<Function> = apiResolvers): Promise<GraphQLSchema> {
  const schema = await buildSchema({ resolvers, validateFn: validateArguments });
  const undeclared = operationsWithoutAccess(schema);
  if (undeclared.length > 0) {
    throw new Error(`Every query and mutation needs @IamOperation or @Public; these have neither: ${undeclared.join(', ')}`);
  }
  return schema;
}

function operationsWithoutAccess(schema: GraphQLSchema): string[] {
  return [schema.getQueryType(), schema.getMutationType()].flatMap((rootType) =>
    isObjectType(rootType)
      ? Object.values(rootType.getFields())
          .filter((field) => readOperationAccess(field.extensions) === undefined)
          .map((field) => `${rootType.name}.${field.name}`)
      : [],
  );
}
