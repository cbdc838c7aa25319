import { createRootAccount, startTestApi, type RootAccount, type TestApi } from './support/test-api';
import { GraphQLClient } from './support/graphql-client';

let api: TestApi;
let root: RootAccount;
let client: GraphQLClient;

const allow = (action: string, padding = '') =>
  JSON.stringify({ Version: '2012-10-17', Statement: [{ Sid: `S${padding}`, Effect: 'Allow', Action: action, Resource: '*' }] }, null, 2);
/** A valid document of about `size` characters without white space (the Sid carries the bulk). */
const sized = (size: number) => allow('s3:GetObject', 'x'.repeat(size - allow('s3:GetObject').replace(/\s/g, '').length));

beforeAll(async () => {
  api = await startTestApi();
  root = await createRootAccount(api.prisma);
  client = new GraphQLClient(api.graphqlUrl);
  await client.signIn(root.email, root.password);
  await client.data('mutation { createUser(input: { userName: "alice" }) { userId } }');
  await client.data('mutation { createGroup(input: { groupName: "Admins" }) { groupId } }');
  await client.data('mutation ($input: CreateRoleInput!) { createRole(input: $input) { roleId } }', {
    input: {
      roleName: 'Deployer',
      assumeRolePolicyDocument: JSON.stringify({
        Version: '2012-10-17',
        Statement: [{ Effect: 'Allow', Principal: { AWS: `arn:aws:iam::${root.accountId}:root` }, Action: 'sts:AssumeRole' }],
      }),
    },
  });
});
afterAll(() => api.stop());

describe.each([
  { Kind: 'User', owner: 'userName', name: 'alice', quota: 2048, maxOwnerName: 64 },
  { Kind: 'Group', owner: 'groupName', name: 'Admins', quota: 5120, maxOwnerName: 128 },
  { Kind: 'Role', owner: 'roleName', name: 'Deployer', quota: 10240, maxOwnerName: 64 },
])('$Kind inline policies', ({ Kind, owner, name, quota, maxOwnerName }) => {
  const put = `mutation ($input: Put${Kind}PolicyInput!) { put${Kind}Policy(input: $input) { ${owner} policyName policyDocument } }`;
  const get = `query ($${owner}: String!, $policyName: String!) { get${Kind}Policy(${owner}: $${owner}, policyName: $policyName) { ${owner} policyName policyDocument } }`;
  const list = `query ($${owner}: String!, $first: Int) { list${Kind}Policies(${owner}: $${owner}, first: $first) { totalCount edges { node { policyName } } pageInfo { hasNextPage } } }`;
  const remove = `mutation ($input: Delete${Kind}PolicyInput!) { delete${Kind}Policy(input: $input) }`;

  it('puts, replaces, gets and lists inline policies, documents kept as submitted', async () => {
    const document = allow('s3:ListBucket');
    expect((await client.data(put, { input: { [owner]: name, policyName: 'Read', policyDocument: document } }))[`put${Kind}Policy`]).toEqual({
      [owner]: name,
      policyName: 'Read',
      policyDocument: document,
    });
    await client.data(put, { input: { [owner]: name, policyName: 'Read', policyDocument: allow('s3:GetObject') } });
    await client.data(put, { input: { [owner]: name, policyName: 'Extra', policyDocument: allow('ec2:Describe*') } });
    const got = (await client.data(get, { [owner]: name, policyName: 'Read' }))[`get${Kind}Policy`];
    expect(got.policyDocument).toBe(allow('s3:GetObject'));
    const page = (await client.data(list, { [owner]: name, first: 1 }))[`list${Kind}Policies`];
    expect(page).toEqual({ totalCount: 2, edges: [{ node: { policyName: 'Extra' } }], pageInfo: { hasNextPage: true } });
  });

  it("checks the owner's and the policy's names with AWS's constraints in every operation (InvalidInput)", async () => {
    const document = allow('s3:ListBucket');
    const invalid = [
      [await client.error(put, { input: { [owner]: name, policyName: 'a b', policyDocument: document } }), 'policyName'],
      [await client.error(put, { input: { [owner]: 'x'.repeat(maxOwnerName + 1), policyName: 'Read', policyDocument: document } }), owner],
      [await client.error(get, { [owner]: name, policyName: 'x'.repeat(129) }), 'policyName'],
      [await client.error(get, { [owner]: 'a b', policyName: 'Read' }), owner],
      [await client.error(remove, { input: { [owner]: name, policyName: 'a/b' } }), 'policyName'],
      [await client.error(list, { [owner]: 'x'.repeat(maxOwnerName + 1) }), owner],
    ] as const;
    for (const [error, field] of invalid) expect(error.extensions).toMatchObject({ code: 'InvalidInput', field });
    // The longest names AWS allows pass validation (and then find no such owner).
    const longest = await client.error(get, { [owner]: 'x'.repeat(maxOwnerName), policyName: 'x'.repeat(128) });
    expect(longest.extensions.code).toBe('NoSuchEntity');
  });

  it('refuses an invalid document (MalformedPolicyDocument) and one over the per-owner size, changing nothing', async () => {
    const withPrincipal = JSON.stringify({ Version: '2012-10-17', Statement: [{ Effect: 'Allow', Principal: '*', Action: 's3:*', Resource: '*' }] });
    const malformed = await client.error(put, { input: { [owner]: name, policyName: 'Read', policyDocument: withPrincipal } });
    expect(malformed.extensions).toMatchObject({ code: 'MalformedPolicyDocument', field: 'input.policyDocument' });
    const tooBig = await client.error(put, { input: { [owner]: name, policyName: 'Big', policyDocument: sized(quota + 1) } });
    expect(tooBig.extensions.code).toBe('MalformedPolicyDocument');
    expect(tooBig.extensions.findings).toEqual([expect.objectContaining({ code: 'POLICY_SIZE_EXCEEDED' })]);
    expect((await client.data(get, { [owner]: name, policyName: 'Read' }))[`get${Kind}Policy`].policyDocument).toBe(allow('s3:GetObject'));
  });

  it("refuses a policy that would take the owner's inline policies past the aggregate quota (LimitExceeded)", async () => {
    const error = await client.error(put, { input: { [owner]: name, policyName: 'Filler', policyDocument: sized(quota - 20) } });
    expect(error).toMatchObject({
      extensions: { code: 'LimitExceeded' },
      message: `Maximum policy size of ${quota} bytes exceeded for ${Kind.toLowerCase()} ${name}`,
    });
    expect((await client.data(list, { [owner]: name }))[`list${Kind}Policies`].totalCount).toBe(2);
  });

  it('deletes; an unknown policy or owner is NoSuchEntity', async () => {
    expect((await client.data(remove, { input: { [owner]: name, policyName: 'Extra' } }))[`delete${Kind}Policy`]).toBe(true);
    expect((await client.error(remove, { input: { [owner]: name, policyName: 'Extra' } })).extensions.code).toBe('NoSuchEntity');
    expect((await client.error(get, { [owner]: name, policyName: 'Extra' })).extensions.code).toBe('NoSuchEntity');
    expect((await client.error(list, { [owner]: 'Nobody' })).message).toBe(`The ${Kind.toLowerCase()} with name Nobody cannot be found.`);
    expect((await client.data(list, { [owner]: name }))[`list${Kind}Policies`].totalCount).toBe(1);
  });
});
