import { startServer } from '../src/index';
import { createLogger } from '../src/logger';
import { createRootAccount, startTestApi, type TestApi } from './support/test-api';
import { GraphQLClient } from './support/graphql-client';

let api: TestApi;
let client: GraphQLClient;

beforeAll(async () => {
  api = await startTestApi({ graphql: { maxDepth: 6, maxComplexity: 2000 } });
  const root = await createRootAccount(api.prisma);
  client = new GraphQLClient(api.graphqlUrl);
  await client.signIn(root.email, root.password);
  await client.data('mutation { createUser(input: { userName: "alice" }) { userId } }');
});
afterAll(() => api.stop());

describe('query depth', () => {
  it('accepts a query at the limit', async () => {
    // listUsers → edges → node → groups → attachedPolicies → arn: six levels of fields, the leaf included.
    const data = await client.data('{ listUsers(first: 1) { edges { node { groups { attachedPolicies { arn } } } } } }');
    expect(data.listUsers.edges).toHaveLength(1);
  });

  it('refuses a query one level deeper, fragments included, before running it', async () => {
    const response = await client.request(`
      query { listUsers(first: 1) { ...Edges } }
      fragment Edges on UserConnection { edges { node { groups { ...Policies } } } }
      fragment Policies on Group { attachedPolicies { arn defaultVersion { versionId } } }
    `);
    expect(response.status).toBe(400);
    expect(response.errors).toEqual([
      expect.objectContaining({
        message: 'The query is nested 7 levels deep; the limit is 6.',
        extensions: expect.objectContaining({ code: 'InvalidInput' }),
      }),
    ]);
  });

  it('does not count introspection, which GraphiQL needs', async () => {
    const data = await client.data('{ __schema { types { name fields { type { ofType { ofType { ofType { ofType { name } } } } } } } } }');
    expect(data.__schema.types.length).toBeGreaterThan(10);
  });
});

describe('query complexity', () => {
  it('counts connections by the items asked for and refuses a query that asks for too much', async () => {
    const huge = await client.request('{ listUsers(first: 1000) { edges { node { userName arn path groups { groupName arn } } } } }');
    expect(huge.status).toBe(400);
    const [error] = huge.errors!;
    expect(error!.extensions.code).toBe('InvalidInput');
    expect(error!.message).toMatch(/^The query's estimated complexity is \d+; the limit is 2000\./);
    const small = await client.data('{ listUsers(first: 10) { edges { node { userName arn path groups { groupName arn } } } } }');
    expect(small.listUsers.edges).toHaveLength(1);
  });

  it('measures one document again for each page size its variables ask for, in either order', async () => {
    const query = 'query ($first: Int, $name: String) { listUsers(first: $first) { edges { node { userName groups { groupName } } } } getUser(userName: $name) { arn } }';
    for (const first of [10, 1000, 10, 1000]) {
      const response = await client.request(query, { first, name: 'alice' });
      if (first === 10) expect(response.errors).toBeUndefined();
      else expect(response.errors?.[0]?.message).toMatch(/estimated complexity/);
    }
  });

  it('counts repeated aliases, so a wide query is refused too', async () => {
    const aliases = Array.from({ length: 30 }, (_, i) => `u${i}: listUsers(first: 100) { totalCount edges { node { userName } } }`).join('\n');
    const response = await client.request(`{ ${aliases} }`);
    expect(response.errors?.[0]?.message).toMatch(/estimated complexity/);
  });

  it("counts a quota-bounded list (a group's, role's or user's attached policies, a user's groups) by the server's configured quota", async () => {
    // Each list counts 1 + 2 × its quota (two fields for each item it can hold); each getX adds 1.
    const query = `{
      getGroup(groupName: "g") { attachedPolicies { arn policyName } }
      getRole(roleName: "r") { attachedPolicies { arn policyName } }
      getUser(userName: "u") { attachedPolicies { arn policyName } groups { arn groupName } }
    }`;
    const estimates: number[] = [];
    for (const quotas of [{}, { attachedPoliciesPerIdentity: 20 }, { groupsPerUser: 30 }]) {
      // A limit of 1 refuses every query and names its estimate.
      const server = await startServer({ databaseUrl: api.databaseUrl, port: 0, host: '127.0.0.1', config: { graphql: { maxComplexity: 1 }, quotas }, logger: createLogger({ level: 'silent' }) });
      try {
        const message = (await new GraphQLClient(`${server.url}/graphql`).error(query)).message;
        estimates.push(Number(/estimated complexity is (\d+);/.exec(message)?.[1]));
      } finally {
        await server.close();
      }
    }
    // Three getX and four lists: three of attached policies, one of groups.
    expect(estimates).toEqual([3 + 4 * 21, 3 + 3 * 41 + 21, 3 + 3 * 21 + 61]);
  });
});
