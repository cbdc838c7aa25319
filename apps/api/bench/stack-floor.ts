// Child process of the benchmark: the ceiling of the stack the design fixes. Apollo Server 5, served as the API's is
// (serve-floor.ts), with a schema built by type-graphql 2 whose getUser (with the user's groups and their policies
// when asked for) and listUsers read through Prisma 7, with the client and driver adapter the API uses
// (@gatehouse/db): no authentication, no authorization, no argument validation, no DataLoaders, no request scope, no
// logging. Its figures against the baseline's are what Apollo, type-graphql and Prisma cost together; the API's
// against its figures are what this API adds on top of the stack.
import 'reflect-metadata';
import { createPrismaClient } from '@gatehouse/db';
import type { GraphQLResolveInfo } from 'graphql';
import { Arg, buildSchema, Ctx, Field, Info, Int, ObjectType, Query, Resolver } from 'type-graphql';
import { asksForGroups, serveFloor, type FloorContext } from './serve-floor';

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

const user = (row: { id: string; userName: string; path: string; arn: string; createDate: Date }) => ({
  userId: row.id,
  userName: row.userName,
  path: row.path,
  arn: row.arn,
  createDate: row.createDate,
  groups: [],
});

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

await serveFloor(await buildSchema({ resolvers: [FloorResolver], validate: false }), { close: () => prisma.$disconnect() });
