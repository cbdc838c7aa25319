// Child process of the benchmark: the ceiling the design sets. Apollo Server 5 on node:http, served the way
// src/http/graphql-endpoint.ts serves it, with a small schema whose getUser (with the user's groups and their policies
// when asked for) and listUsers run the raw baseline's own SQL with `pg` (baseline-queries.ts): no authentication, no
// authorization, no type-graphql, no Prisma. Its figures against the baseline's are Apollo's own cost; the API's
// against its figures are everything this API adds.
// Prints its URL as the first stdout line, then its CPU time when asked (cpu-report.ts).
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { ApolloServer, HeaderMap } from '@apollo/server';
import { ApolloServerPluginCacheControlDisabled } from '@apollo/server/plugin/disabled';
import { buildSchema, type GraphQLResolveInfo } from 'graphql';
import pg from 'pg';
import { baselineQueries, floorAccountHeader, type BaselineRequest } from './baseline-queries';
import { reportCpuOnRequest } from './cpu-report';

const databaseUrl = process.env.DATABASE_URL;
if (!databaseUrl) throw new Error('DATABASE_URL is not set');
const pool = new pg.Pool({ connectionString: databaseUrl, max: 10 });

const schema = buildSchema(`
  type Policy { policyName: String! defaultVersionId: String! }
  type Group { groupName: String! attachedPolicies: [Policy!]! }
  type User { userId: String! userName: String! path: String! arn: String! createDate: String! groups: [Group!]! }
  type UserEdge { cursor: String! node: User! }
  type PageInfo { hasNextPage: Boolean! endCursor: String }
  type UserConnection { edges: [UserEdge!]! pageInfo: PageInfo! }
  type Query { getUser(userName: String): User listUsers(first: Int): UserConnection! }
`);

interface FloorContext {
  accountId: string;
}

async function rows(request: BaselineRequest): Promise<Record<string, any>[]> {
  const [sql, values] = baselineQueries[request.op](request);
  return (await pool.query(sql, values)).rows;
}

const user = (row: Record<string, any>) => ({ userId: row.id, userName: row.userName, path: row.path, arn: row.arn, createDate: row.createDate?.toISOString() });

/** A user with its groups and their policies from the one join of the baseline's `nested` query. */
function userWithGroups(joined: Record<string, any>[]) {
  type Group = { groupName: string; attachedPolicies: Array<{ policyName: string; defaultVersionId: string }> };
  const groups = new Map<string, Group>();
  for (const row of joined) {
    if (!row.groupName) continue;
    const group: Group = groups.get(row.groupName) ?? { groupName: row.groupName, attachedPolicies: [] };
    groups.set(row.groupName, group);
    if (row.policyName) group.attachedPolicies.push({ policyName: row.policyName, defaultVersionId: row.defaultVersionId });
  }
  return { userName: joined[0]!.userName, groups: [...groups.values()] };
}

const asksForGroups = (info: GraphQLResolveInfo) =>
  info.fieldNodes.some((node) => node.selectionSet?.selections.some((selection) => selection.kind === 'Field' && selection.name.value === 'groups'));

const rootValue = {
  // Like the API, which reads a user's groups only when they are asked for; here in the baseline's one join.
  getUser: async ({ userName }: { userName: string }, { accountId }: FloorContext, info: GraphQLResolveInfo) => {
    const withGroups = asksForGroups(info);
    const found = await rows({ op: withGroups ? 'nested' : 'getUser', accountId, userName });
    if (found.length === 0) return null;
    return withGroups ? userWithGroups(found) : user(found[0]!);
  },
  listUsers: async ({ first }: { first: number }, { accountId }: FloorContext) => {
    const found = await rows({ op: 'listUsers', accountId });
    const edges = found.slice(0, first).map((row) => ({ cursor: Buffer.from(JSON.stringify(row.userName)).toString('base64url'), node: user(row) }));
    return { edges, pageInfo: { hasNextPage: found.length > first, endCursor: edges.at(-1)?.cursor ?? null } };
  },
};
// Configured as src/server.ts configures the API's Apollo: cache control off (on by default, it wraps every field's
// resolver) and compact JSON.
const apollo = new ApolloServer<FloorContext>({
  schema,
  rootValue,
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
server.listen(0, '127.0.0.1', () => {
  console.log(`http://127.0.0.1:${(server.address() as AddressInfo).port}`);
  reportCpuOnRequest();
});
process.once('SIGTERM', () => server.close(() => void pool.end().then(() => process.exit(0))));
