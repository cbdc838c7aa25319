import { createAwsManagedPolicy } from './support/aws-managed-policy';
import { createRootAccount, startTestApi, type RootAccount, type TestApi } from './support/test-api';
import { GraphQLClient } from './support/graphql-client';

let api: TestApi;
let root: RootAccount;
let client: GraphQLClient;

beforeAll(async () => {
  api = await startTestApi({ quotas: { rolesPerAccount: 6 } });
  root = await createRootAccount(api.prisma);
  client = new GraphQLClient(api.graphqlUrl);
  await client.signIn(root.email, root.password);
});
afterAll(() => api.stop());

const trust = (principal: object) =>
  JSON.stringify({ Version: '2012-10-17', Statement: [{ Effect: 'Allow', Principal: principal, Action: 'sts:AssumeRole' }] });
const ec2Trust = trust({ Service: 'ec2.amazonaws.com' });

const roleFields = `roleId roleName path arn createDate assumeRolePolicyDocument description maxSessionDuration
  roleLastUsed { lastUsedDate region } tags { key value } permissionsBoundary { permissionsBoundaryType permissionsBoundaryArn }`;
const createRole = `mutation ($input: CreateRoleInput!) { createRole(input: $input) { ${roleFields} } }`;
const getRole = `query ($roleName: String!) { getRole(roleName: $roleName) { ${roleFields} } }`;

async function role(roleName: string, extra: Record<string, unknown> = {}) {
  return (await client.data(createRole, { input: { roleName, assumeRolePolicyDocument: ec2Trust, ...extra } })).createRole;
}

describe('createRole and getRole', () => {
  it('creates a role with its trust policy kept as submitted, tags, description and boundary', async () => {
    const boundary = await createAwsManagedPolicy(api.prisma, 'PowerUserAccess', { Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: '*', Resource: '*' }] });
    const created = await role('WebServer', {
      path: '/service-role/',
      description: 'EC2 web tier',
      maxSessionDuration: 7200,
      permissionsBoundary: boundary.arn,
      tags: [{ key: 'tier', value: 'web' }],
    });
    expect(created.roleId).toMatch(/^AROA[A-Z2-7]{17}$/);
    expect(created).toMatchObject({
      roleName: 'WebServer',
      path: '/service-role/',
      arn: `arn:aws:iam::${root.accountId}:role/service-role/WebServer`,
      assumeRolePolicyDocument: ec2Trust,
      description: 'EC2 web tier',
      maxSessionDuration: 7200,
      roleLastUsed: { lastUsedDate: null, region: null },
      tags: [{ key: 'tier', value: 'web' }],
      permissionsBoundary: { permissionsBoundaryType: 'Policy', permissionsBoundaryArn: 'arn:aws:iam::aws:policy/PowerUserAccess' },
    });
    expect((await client.data(getRole, { roleName: 'webserver' })).getRole.roleId).toBe(created.roleId);
  });

  it('defaults to path / and a one-hour maximum session', async () => {
    expect(await role('Plain')).toMatchObject({ path: '/', maxSessionDuration: 3600, description: null, permissionsBoundary: null });
  });

  it('refuses a trust policy the validator rejects (MalformedPolicyDocument with findings) and stores nothing', async () => {
    const withResource = JSON.stringify({
      Version: '2012-10-17',
      Statement: [{ Effect: 'Allow', Principal: { Service: 'ec2.amazonaws.com' }, Action: 'sts:AssumeRole', Resource: '*' }],
    });
    const error = await client.error(createRole, { input: { roleName: 'Broken', assumeRolePolicyDocument: withResource } });
    expect(error.extensions).toMatchObject({ code: 'MalformedPolicyDocument', field: 'input.assumeRolePolicyDocument' });
    expect(error.extensions.findings).toEqual([expect.objectContaining({ code: 'RESOURCE_IN_TRUST_POLICY', severity: 'ERROR' })]);
    const noJson = await client.error(createRole, { input: { roleName: 'Broken', assumeRolePolicyDocument: '{"Version":' } });
    expect(noJson.extensions.code).toBe('MalformedPolicyDocument');
    expect(await api.prisma.role.count({ where: { roleName: 'Broken' } })).toBe(0);
  });

  it.each([
    ['maxSessionDuration', { maxSessionDuration: 3599 }],
    ['maxSessionDuration', { maxSessionDuration: 43201 }],
    ['roleName', { roleName: 'x'.repeat(65) }],
    ['description', { description: 'd'.repeat(1001) }],
  ])('refuses an invalid %s, naming the field', async (field, extra) => {
    const error = await client.error(createRole, { input: { roleName: 'Invalid', assumeRolePolicyDocument: ec2Trust, ...extra } });
    expect(error.extensions).toMatchObject({ code: 'InvalidInput', field });
  });

  it('refuses a duplicate name in any case, an unknown boundary, an unknown role and the quota', async () => {
    expect((await client.error(createRole, { input: { roleName: 'PLAIN', assumeRolePolicyDocument: ec2Trust } })).extensions.code).toBe(
      'EntityAlreadyExists',
    );
    const boundary = await client.error(createRole, {
      input: { roleName: 'Bounded', assumeRolePolicyDocument: ec2Trust, permissionsBoundary: `arn:aws:iam::${root.accountId}:policy/Nope` },
    });
    expect(boundary).toMatchObject({
      extensions: { code: 'NoSuchEntity' },
      message: `Policy arn:aws:iam::${root.accountId}:policy/Nope does not exist or is not attachable.`,
    });
    expect((await client.error(getRole, { roleName: 'Nobody' })).message).toBe('The role with name Nobody cannot be found.');
    for (const roleName of ['Q1', 'Q2', 'Q3', 'Q4']) await role(roleName);
    expect((await client.error(createRole, { input: { roleName: 'Q5', assumeRolePolicyDocument: ec2Trust } })).message).toBe(
      'Cannot exceed quota for RolesPerAccount: 6.',
    );
  });
});

describe('listRoles', () => {
  it('lists in name order, filtered by path prefix, with pages', async () => {
    const page = (await client.data('{ listRoles(first: 2) { totalCount edges { node { roleName } } pageInfo { hasNextPage endCursor } } }')).listRoles;
    expect(page.totalCount).toBe(6);
    expect(page.edges.map((edge: { node: { roleName: string } }) => edge.node.roleName)).toEqual(['Plain', 'Q1']);
    const next = (await client.data(`{ listRoles(first: 10, after: "${page.pageInfo.endCursor}") { edges { node { roleName } } } }`)).listRoles;
    expect(next.edges.map((edge: { node: { roleName: string } }) => edge.node.roleName)).toEqual(['Q2', 'Q3', 'Q4', 'WebServer']);
    const service = (await client.data('{ listRoles(pathPrefix: "/service-role/") { edges { node { roleName } } } }')).listRoles;
    expect(service.edges).toEqual([{ node: { roleName: 'WebServer' } }]);
  });
});

describe('updating a role', () => {
  it('updates the description and the maximum session duration, leaving what is not given', async () => {
    const updated = (await client.data(`mutation { updateRole(input: { roleName: "Plain", maxSessionDuration: 43200 }) { description maxSessionDuration } }`)).updateRole;
    expect(updated).toEqual({ description: null, maxSessionDuration: 43200 });
    const described = (await client.data(`mutation { updateRoleDescription(input: { roleName: "Plain", description: "batch jobs" }) { description maxSessionDuration } }`))
      .updateRoleDescription;
    expect(described).toEqual({ description: 'batch jobs', maxSessionDuration: 43200 });
    const tooLong = await client.error(`mutation { updateRole(input: { roleName: "Plain", maxSessionDuration: 50000 }) { roleName } }`);
    expect(tooLong.extensions).toMatchObject({ code: 'InvalidInput', field: 'maxSessionDuration' });
  });

  it('replaces the trust policy only with a valid one', async () => {
    const updateTrust = `mutation ($input: UpdateAssumeRolePolicyInput!) { updateAssumeRolePolicy(input: $input) { assumeRolePolicyDocument } }`;
    const accountTrust = trust({ AWS: `arn:aws:iam::${root.accountId}:root` });
    expect((await client.data(updateTrust, { input: { roleName: 'Plain', policyDocument: accountTrust } })).updateAssumeRolePolicy).toEqual({
      assumeRolePolicyDocument: accountTrust,
    });
    const noPrincipal = JSON.stringify({ Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: 'sts:AssumeRole' }] });
    const error = await client.error(updateTrust, { input: { roleName: 'Plain', policyDocument: noPrincipal } });
    expect(error.extensions.code).toBe('MalformedPolicyDocument');
    expect((await client.data(getRole, { roleName: 'Plain' })).getRole.assumeRolePolicyDocument).toBe(accountTrust);
  });

  it('tags, untags (keys in any case) and lists tags', async () => {
    await client.data(`mutation { tagRole(input: { roleName: "Plain", tags: [{ key: "Team", value: "a" }, { key: "env", value: "prod" }] }) { roleName } }`);
    await client.data(`mutation { tagRole(input: { roleName: "Plain", tags: [{ key: "team", value: "b" }] }) { roleName } }`);
    const tags = (await client.data('{ listRoleTags(roleName: "Plain") { totalCount edges { node { key value } } } }')).listRoleTags;
    expect(tags.totalCount).toBe(2);
    expect(tags.edges.map((edge: { node: object }) => edge.node)).toEqual([{ key: 'env', value: 'prod' }, { key: 'team', value: 'b' }]);
    await client.data(`mutation { untagRole(input: { roleName: "Plain", tagKeys: ["ENV", "absent"] }) { roleName } }`);
    expect((await client.data(getRole, { roleName: 'Plain' })).getRole.tags).toEqual([{ key: 'team', value: 'b' }]);
  });
});

describe('deleteRole', () => {
  it('refuses while policies are attached or inline (DeleteConflict), then deletes', async () => {
    const stored = await api.prisma.role.findFirstOrThrow({ where: { accountId: root.accountId, roleName: 'Q1' } });
    const policy = await createAwsManagedPolicy(api.prisma, 'ReadOnlyAccess', { Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: 's3:Get*', Resource: '*' }] });
    await api.prisma.rolePolicyAttachment.create({ data: { roleId: stored.id, policyId: policy.id } });
    await api.prisma.rolePolicy.create({ data: { roleId: stored.id, policyName: 'inline', policyDocument: '{}' } });
    const deleteRole = `mutation { deleteRole(input: { roleName: "Q1" }) }`;
    expect(await client.error(deleteRole)).toMatchObject({
      message: 'Cannot delete entity, must detach all policies first.',
      extensions: { code: 'DeleteConflict', conflicts: ['AttachedPolicies', 'InlinePolicies'] },
    });
    await api.prisma.rolePolicyAttachment.deleteMany({ where: { roleId: stored.id } });
    expect((await client.error(deleteRole)).message).toBe('Cannot delete entity, must delete policies first.');
    await api.prisma.rolePolicy.deleteMany({ where: { roleId: stored.id } });
    expect((await client.data(deleteRole)).deleteRole).toBe(true);
    expect(await api.prisma.role.count({ where: { id: stored.id } })).toBe(0);
    expect((await client.error(deleteRole)).extensions.code).toBe('NoSuchEntity');
  });
});
