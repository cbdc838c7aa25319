import { createAwsManagedPolicy } from './support/aws-managed-policy';
import { createRootAccount, startTestApi, type RootAccount, type TestApi } from './support/test-api';
import { GraphQLClient } from './support/graphql-client';
import { userSessionClient } from './support/user-session';

let api: TestApi;
let root: RootAccount;
let client: GraphQLClient;
let adminArn: string;
let boundaryArn: string;

const allow = (action: string) => JSON.stringify({ Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: action, Resource: '*' }] });
const boundaryOf = `permissionsBoundary { permissionsBoundaryType permissionsBoundaryArn }`;

beforeAll(async () => {
  api = await startTestApi();
  root = await createRootAccount(api.prisma);
  client = new GraphQLClient(api.graphqlUrl);
  await client.signIn(root.email, root.password);
  adminArn = (await createAwsManagedPolicy(api.prisma, 'AdministratorAccess', JSON.parse(allow('*')))).arn;
  boundaryArn = (
    await client.data(`mutation ($input: CreatePolicyInput!) { createPolicy(input: $input) { arn } }`, {
      input: { policyName: 'OnlyReadUsers', policyDocument: allow('iam:GetUser') },
    })
  ).createPolicy.arn;
  await client.data('mutation ($input: CreateRoleInput!) { createRole(input: $input) { roleId } }', {
    input: {
      roleName: 'Builder',
      assumeRolePolicyDocument: JSON.stringify({
        Version: '2012-10-17',
        Statement: [{ Effect: 'Allow', Principal: { Service: 'codebuild.amazonaws.com' }, Action: 'sts:AssumeRole' }],
      }),
    },
  });
});
afterAll(() => api.stop());

describe('user permissions boundaries', () => {
  it('sets a boundary at creation, and it caps what the attached policies grant', async () => {
    const created = (
      await client.data(`mutation ($input: CreateUserInput!) { createUser(input: $input) { userName ${boundaryOf} } }`, {
        input: { userName: 'bounded', permissionsBoundary: boundaryArn },
      })
    ).createUser;
    expect(created.permissionsBoundary).toEqual({ permissionsBoundaryType: 'Policy', permissionsBoundaryArn: boundaryArn });
    await client.data(`mutation { attachUserPolicy(input: { userName: "bounded", policyArn: "${adminArn}" }) { arn } }`);
    const bounded = await userSessionClient(api.prisma, api.graphqlUrl, root.accountId, 'bounded');
    expect((await bounded.data('{ getUser(userName: "bounded") { userName } }')).getUser.userName).toBe('bounded');
    expect((await bounded.error('{ listUsers { totalCount } }')).extensions.code).toBe('AccessDenied');

    await client.data(`mutation { deleteUserPermissionsBoundary(input: { userName: "bounded" }) { userName } }`);
    expect((await bounded.data('{ listUsers { totalCount } }')).listUsers.totalCount).toBe(1);
  });

  it('puts, replaces and deletes a user boundary, AWS managed ones included', async () => {
    const put = `mutation ($input: PutUserPermissionsBoundaryInput!) { putUserPermissionsBoundary(input: $input) { ${boundaryOf} } }`;
    expect((await client.data(put, { input: { userName: 'bounded', permissionsBoundary: boundaryArn } })).putUserPermissionsBoundary.permissionsBoundary.permissionsBoundaryArn).toBe(
      boundaryArn,
    );
    expect((await client.data(put, { input: { userName: 'bounded', permissionsBoundary: adminArn } })).putUserPermissionsBoundary.permissionsBoundary.permissionsBoundaryArn).toBe(adminArn);
    const cleared = (await client.data(`mutation { deleteUserPermissionsBoundary(input: { userName: "bounded" }) { ${boundaryOf} } }`)).deleteUserPermissionsBoundary;
    expect(cleared.permissionsBoundary).toBeNull();
  });

  it('refuses an unknown policy or user (NoSuchEntity) and creates no user with a bad boundary', async () => {
    const missing = `arn:aws:iam::${root.accountId}:policy/Missing`;
    const put = `mutation ($input: PutUserPermissionsBoundaryInput!) { putUserPermissionsBoundary(input: $input) { userName } }`;
    expect((await client.error(put, { input: { userName: 'bounded', permissionsBoundary: missing } })).message).toBe(
      `Policy ${missing} does not exist or is not attachable.`,
    );
    expect((await client.error(put, { input: { userName: 'ghost', permissionsBoundary: boundaryArn } })).extensions.code).toBe('NoSuchEntity');
    const create = await client.error(`mutation ($input: CreateUserInput!) { createUser(input: $input) { userName } }`, {
      input: { userName: 'never', permissionsBoundary: missing },
    });
    expect(create.extensions.code).toBe('NoSuchEntity');
    expect(await api.prisma.user.count({ where: { userName: 'never' } })).toBe(0);
  });
});

describe('role permissions boundaries', () => {
  it('puts and deletes a role boundary, counted on the policy, which then cannot be deleted', async () => {
    const put = (await client.data(`mutation { putRolePermissionsBoundary(input: { roleName: "Builder", permissionsBoundary: "${boundaryArn}" }) { ${boundaryOf} } }`))
      .putRolePermissionsBoundary;
    expect(put.permissionsBoundary.permissionsBoundaryArn).toBe(boundaryArn);
    expect((await client.data(`{ getPolicy(policyArn: "${boundaryArn}") { permissionsBoundaryUsageCount attachmentCount } }`)).getPolicy).toEqual({
      permissionsBoundaryUsageCount: 1,
      attachmentCount: 0,
    });
    const refused = await client.error(`mutation { deletePolicy(input: { policyArn: "${boundaryArn}" }) }`);
    expect(refused.extensions).toMatchObject({ code: 'DeleteConflict', conflicts: ['PermissionsBoundaries'] });
    const cleared = (await client.data(`mutation { deleteRolePermissionsBoundary(input: { roleName: "Builder" }) { ${boundaryOf} } }`)).deleteRolePermissionsBoundary;
    expect(cleared.permissionsBoundary).toBeNull();
    expect((await client.data(`{ getPolicy(policyArn: "${boundaryArn}") { permissionsBoundaryUsageCount } }`)).getPolicy.permissionsBoundaryUsageCount).toBe(0);
  });
});
