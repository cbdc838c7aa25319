// Child process of the benchmark: the ceiling of any API on Apollo. Apollo Server 5, served as the API's is
// (serve-floor.ts), with a small schema whose getUser (with the user's groups and their policies when asked for) and
// listUsers run the raw baseline's own SQL with `pg` (baseline-queries.ts): no authentication, no authorization, no
// type-graphql, no Prisma. Its figures against the baseline's are Apollo's own cost.
import { buildSchema, type GraphQLResolveInfo } from 'graphql';
import pg from 'pg';
import { baselineQueries, type BaselineRequest } from './baseline-queries';
import { asksForGroups, serveFloor, type FloorContext } from './serve-floor';

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
await serveFloor(schema, { rootValue, close: () => pool.end() });
