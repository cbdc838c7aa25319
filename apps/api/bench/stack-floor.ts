// Child process of the benchmark: the ceiling of the stack the design fixes. Apollo Server 5 served as
// apollo-floor.ts serves it, with a schema built by type-graphql 2 whose getUser (with the user's groups and their
// policies when asked for) and listUsers read through Prisma 7, with the client and driver adapter the API uses
// (@gatehouse/db): no authentication, no authorization, no argument validation, no DataLoaders, no request scope, no
// logging. Its figures against the baseline's are what Apollo, type-graphql and Prisma cost together; the API's
// against its figures are what this API adds on top of the stack.
// Prints its URL as the first stdout line, then its CPU time when asked (cpu-report.ts).
import 'reflect-metadata';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { ApolloServer, HeaderMap } from '@apollo/server';
import { ApolloServerPluginCacheControlDisabled } from '@apollo/server/plugin/disabled';
import { createPrismaClient } from '@gatehouse/db';
import type { GraphQLResolveInfo } from 'graphql';
import { Arg, buildSchema, Ctx, Field, Info, Int, ObjectType, Query, Resolver } from 'type-graphql';
import { floorAccountHeader } from './baseline-queries';
import { reportCpuOnRequest } from './cpu-report';

const databaseUrl = process.env.DATABASE_URL;
if (!databaseUrl) throw new Error('DATABASE_URL is not set');
const prisma = createPrismaClient(databaseUrl);

@ObjectType('Policy')
class FloorPolicy {
  @Field(() => String) policyName!: string;
  @Field(() => String) defaultVersionId!: string;
}

@ObjectType('Group')
class FloorGroup {
  @Field(() => String) groupName!: string;
  @Field(() => [FloorPolicy]) attachedPolicies!: FloorPolicy[];
}

@ObjectType('User')
class FloorUser {
  @Field(() => String) userId!: string;
  @Field(() => String) userName!: string;
  @Field(() => String) path!: string;
  @Field(() => String) arn!: string;
  @Field(() => Date) createDate!: Date;
  @Field(() => [FloorGroup]) groups!: FloorGroup[];
}

@ObjectType('UserEdge')
class FloorUserEdge {
  @Field(() => String) cursor!: string;
  @Field(() => FloorUser) node!: FloorUser;
}

@ObjectType('PageInfo')
class FloorPageInfo {
  @Field(() => Boolean) hasNextPage!: boolean;
  @Field(() => String, { nullable: true }) endCursor!: string | null;
}

@ObjectType('UserConnection')
class FloorUserConnection {
  @Field(() => [FloorUserEdge]) edges!: FloorUserEdge[];
  @Field(() => FloorPageInfo) pageInfo!: FloorPageInfo;
}

interface FloorContext {
  accountId: string;
}

const user = (row: { id: string; userName: string; path: string; arn: string; createDate: Date }) => ({
  userId: row.id,
  userName: row.userName,
  path: row.path,
  arn: row.arn,
  createDate: row.createDate,
  groups: [],
});

const asksForGroups = (info: GraphQLResolveInfo) =>
  info.fieldNodes.some((node) => node.selectionSet?.selections.some((selection) => selection.kind === 'Field' && selection.name.value === 'groups'));

@Resolver()
class FloorResolver {
  // Like the API, which reads a user's groups only when they are asked for; here in the same query as the user.
  @Query(() => FloorUser, { nullable: true })
  async getUser(@Arg('userName', () => String, { nullable: true }) userName: string, @Ctx() { accountId }: FloorContext, @Info() info: GraphQLResolveInfo) {
    const where = { accountId_userName: { accountId, userName } };
    if (!asksForGroups(info)) {
      const row = await prisma.user.findUnique({ where });
      return row && user(row);
    }
    const row = await prisma.user.findUnique({
      where,
      include: { groupMemberships: { include: { group: { include: { attachedPolicies: { include: { policy: true } } } } } } },
    });
    return (
      row && {
        ...user(row),
        groups: row.groupMemberships.map(({ group }) => ({ groupName: group.groupName, attachedPolicies: group.attachedPolicies.map(({ policy }) => policy) })),
      }
    );
  }

  @Query(() => FloorUserConnection)
  async listUsers(@Arg('first', () => Int) first: number, @Ctx() { accountId }: FloorContext) {
    const rows = await prisma.user.findMany({ where: { accountId }, orderBy: { userName: 'asc' }, take: first + 1 });
    const edges = rows.slice(0, first).map((row) => ({ cursor: Buffer.from(JSON.stringify(row.userName)).toString('base64url'), node: user(row) }));
    return { edges, pageInfo: { hasNextPage: rows.length > first, endCursor: edges.at(-1)?.cursor ?? null } };
  }
}

// Configured as src/server.ts configures the API's Apollo: cache control off (on by default, it wraps every field's
// resolver) and compact JSON.
const apollo = new ApolloServer<FloorContext>({
  schema: await buildSchema({ resolvers: [FloorResolver], validate: false }),
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
process.once('SIGTERM', () => server.close(() => void prisma.$disconnect().then(() => process.exit(0))));
