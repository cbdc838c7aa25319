import { lexicographicSortSchema, printSchema } from 'graphql';
import { buildApiSchema } from './build-schema';

/** The SDL of schema.graphql: sorted, so that the committed file changes only when the schema does. */
export async function printApiSchema(): Promise<string> {
  return `${printSchema(lexicographicSortSchema(await buildApiSchema()))}\n`;
}
