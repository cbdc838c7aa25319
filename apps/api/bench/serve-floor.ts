// The serving half of the bench's ceilings (apollo-floor.ts, stack-floor.ts): Apollo Server configured as
// src/server.ts configures the API's, on plain node:http as src/http/graphql-endpoint.ts serves it. Talks to the bench as
// bench-child.ts says.
import { createServer } from 'node:http';
import { ApolloServer, HeaderMap } from '@apollo/server';
import { ApolloServerPluginCacheControlDisabled } from '@apollo/server/plugin/disabled';
import type { GraphQLResolveInfo, GraphQLSchema } from 'graphql';
import { listenAsBenchChild } from './bench-child';

/** A ceiling has no authentication to tell it the account: the bench names it in this header. */
export const floorAccountHeader = 'x-bench-account-id';

export interface FloorContext {
  accountId: string;
}

/** Whether a getUser asks for the user's groups: a ceiling reads them only then, as the API does. */
export const asksForGroups = (info: GraphQLResolveInfo) =>
  info.fieldNodes.some((node) => node.selectionSet?.selections.some((selection) => selection.kind === 'Field' && selection.name.value === 'groups'));

/** Serves `schema` until it is stopped, then closes the server and `close` (the floor's database connections). */
export async function serveFloor(schema: GraphQLSchema, options: { rootValue?: unknown; close: () => Promise<void> }): Promise<void> {
  // Cache control off (on by default, it wraps every field's resolver) and compact JSON, as the API's.
  const apollo = new ApolloServer<FloorContext>({
    schema,
    rootValue: options.rootValue,
    plugins: [ApolloServerPluginCacheControlDisabled()],
    stringifyResult: (result) => JSON.stringify(result),
  });
  await apollo.start();

  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      const headers = new HeaderMap();
      for (const [name, value] of Object.entries(req.headers)) if (typeof value === 'string') headers.set(name, value);
      void apollo
        .executeHTTPGraphQLRequest({
          httpGraphQLRequest: { method: req.method ?? 'POST', headers, search: '', body: JSON.parse(Buffer.concat(chunks).toString('utf8')) },
          context: async () => ({ accountId: String(req.headers[floorAccountHeader]) }),
        })
        .then((response) => {
          for (const [name, value] of response.headers) res.setHeader(name, value);
          res.statusCode = response.status ?? 200;
          res.end(response.body.kind === 'complete' ? response.body.string : '');
        });
    });
  });
  listenAsBenchChild(server, options.close);
}
