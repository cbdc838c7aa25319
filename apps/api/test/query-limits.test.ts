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
        message: 'Query depth limit of 6 exceeded, found 7.',
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

/** A raw POST /graphql, for documents and bodies the test client does not send (an operation name, no session). */
async function post(body: unknown): Promise<{ status: number; errors?: { message: string; extensions: { code: string } }[] }> {
  const response = await fetch(api.graphqlUrl, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
  const json = (await response.json()) as { errors?: { message: string; extensions: { code: string } }[] };
  return { status: response.status, errors: json.errors };
}

async function expectHealthy(): Promise<void> {
  expect((await fetch(`${api.url}/healthz`)).status).toBe(200);
  expect((await client.data('{ getUser(userName: "alice") { userName } }')).getUser.userName).toBe('alice');
}

describe('hostile documents are refused with a coded 400 before they cost anything, and the server goes on answering', () => {
  it('refuses fragments that double at each of 30 levels (2^30 spreads from a 1.5 KB document)', async () => {
    const levels = Array.from({ length: 30 }, (_, i) => `fragment F${i} on Query { ...F${i + 1} ...F${i + 1} }`).join('\n');
    const query = `{ ...F0 }\n${levels}\nfragment F30 on Query { __typename }`;
    expect(query.length).toBeLessThan(2000);
    const response = await post({ query });
    expect(response.status).toBe(400);
    expect(response.errors).toEqual([
      expect.objectContaining({ message: 'Query exceeds the maximum allowed number of nodes.', extensions: expect.objectContaining({ code: 'InvalidInput' }) }),
    ]);
    await expectHealthy();
  });

  it('refuses the same doubling inside a field, an inline fragment and introspection', async () => {
    for (const [open, close] of [['getUser(userName: "alice") { ...U0 }', 'User'], ['... on Query { __schema { ...U0 } }', '__Schema']] as const) {
      const field = close === 'User' ? 'userName' : 'description';
      const levels = Array.from({ length: 25 }, (_, i) => `fragment U${i} on ${close} { ...U${i + 1} ...U${i + 1} }`).join('\n');
      const response = await post({ query: `{ ${open} }\n${levels}\nfragment U25 on ${close} { ${field} }` });
      expect(response.status).toBe(400);
      expect(response.errors?.[0]?.extensions.code).toBe('InvalidInput');
    }
    await expectHealthy();
  });

  it('refuses 3,000 nested inline fragments while parsing, before any recursion', async () => {
    const query = `{ ${'... on Query { '.repeat(3000)}__typename${' }'.repeat(3000)} }`;
    const response = await post({ query });
    expect(response.status).toBe(400);
    expect(response.errors).toEqual([
      expect.objectContaining({ message: expect.stringMatching(/Document contains more tha. 2000 tokens/), extensions: expect.objectContaining({ code: 'InvalidInput' }) }),
    ]);
    await expectHealthy();
  });

  it('refuses 5,000 aliases while parsing, and 51 aliases (the limit is 50) in validation', async () => {
    const aliases = (n: number) => `{ ${Array.from({ length: n }, (_, i) => `a${i}: getUser(userName: "alice") { userName }`).join(' ')} }`;
    const huge = await post({ query: aliases(5000) });
    expect(huge.status).toBe(400);
    expect(huge.errors?.[0]?.message).toMatch(/Document contains more tha. 2000 tokens/);
    const over = await post({ query: aliases(51) });
    expect(over.status).toBe(400);
    expect(over.errors).toEqual([expect.objectContaining({ message: 'Aliases limit of 50 exceeded, found 51.', extensions: expect.objectContaining({ code: 'InvalidInput' }) })]);
    expect(Object.keys(await client.data(aliases(50)))).toHaveLength(50);
    await expectHealthy();
  });

  it('counts aliases and directives in every spread of a fragment, and measures each fragment once', async () => {
    const levels = Array.from({ length: 20 }, (_, i) => `fragment A${i} on Query { ...A${i + 1} ...A${i + 1} }`).join(' ');
    const doubled = await post({ query: `{ ...A0 } ${levels} fragment A20 on Query { x: getUser(userName: "alice") { userName } }` });
    expect(doubled.status).toBe(400);
    expect(doubled.errors?.[0]?.message).toBe(`Aliases limit of 50 exceeded, found ${2 ** 20}.`);
    const directives = await post({ query: `{ ${'__typename @include(if: true) '.repeat(51)} }` });
    expect(directives.status).toBe(400);
    expect(directives.errors?.[0]?.message).toBe('Directives limit of 50 exceeded, found 51.');
    await expectHealthy();
  });

  it("refuses the same field repeated up to the token limit when graphql-js's field-merging check runs out of budget", async () => {
    const response = await post({ query: `{ ${'__typename '.repeat(1990)} }` });
    expect(response.status).toBe(400);
    expect(response.errors).toEqual([expect.objectContaining({ message: 'Validation aborted.', extensions: expect.objectContaining({ code: 'InvalidInput' }) })]);
    await expectHealthy();
  });
});

describe('request errors are 400 with a code, never 500', () => {
  it('answers a null variable for a non-null Int with 400 InvalidInput', async () => {
    const response = await post({ query: 'query ($f: Int!) { listUsers(first: $f) { totalCount } }', variables: { f: null } });
    expect(response.status).toBe(400);
    expect(response.errors).toEqual([
      expect.objectContaining({ message: 'Variable "$f" of non-null type "Int!" must not be null.', extensions: expect.objectContaining({ code: 'InvalidInput' }) }),
    ]);
  });

  it('answers an operation name that is not in the document, or none among several operations, with 400 InvalidInput', async () => {
    for (const body of [
      { query: 'query A { __typename }', operationName: 'B' },
      { query: 'query A { __typename } query B { __typename }' },
    ]) {
      const response = await post(body);
      expect(response.status).toBe(400);
      expect(response.errors?.[0]?.extensions.code).toBe('InvalidInput');
    }
  });
});
