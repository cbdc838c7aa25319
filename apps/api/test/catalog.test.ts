import { createRootAccount, startTestApi, type TestApi } from './support/test-api';
import { GraphQLClient } from './support/graphql-client';
import { userSessionClient } from './support/user-session';

let api: TestApi;
let client: GraphQLClient;
let accountId: string;

beforeAll(async () => {
  api = await startTestApi();
  const root = await createRootAccount(api.prisma);
  accountId = root.accountId;
  client = new GraphQLClient(api.graphqlUrl);
  await client.signIn(root.email, root.password);
});
afterAll(() => api.stop());

describe('the action catalog', () => {
  it('lists services by prefix and name', async () => {
    const services = (await client.data('{ catalogServices { prefix name } }')).catalogServices;
    expect(services.length).toBeGreaterThan(300);
    expect(services).toContainEqual({ prefix: 'iam', name: 'AWS Identity and Access Management (IAM)' });
    expect(services.map((service: any) => service.prefix)).toEqual([...services.map((service: any) => service.prefix)].sort((a, b) => a.localeCompare(b)));
  });

  it('gives a service’s actions with access level and resource types with ARN formats', async () => {
    const query = `{ catalogService(prefix: "IAM") {
      prefix
      actions(accessLevel: "Permissions management") { action accessLevel resourceTypes { name required arnFormat } }
      resourceTypes { name arnFormat }
    } }`;
    const iam = (await client.data(query)).catalogService;
    expect(iam.prefix).toBe('iam');
    const attach = iam.actions.find((action: any) => action.action === 'iam:AttachUserPolicy');
    expect(attach).toEqual({
      action: 'iam:AttachUserPolicy',
      accessLevel: 'Permissions management',
      resourceTypes: [expect.objectContaining({ name: 'user', required: true, arnFormat: expect.stringContaining(':user/') })],
    });
    expect(iam.actions.every((action: any) => action.accessLevel === 'Permissions management')).toBe(true);
    expect(iam.resourceTypes).toContainEqual({ name: 'role', arnFormat: 'arn:${Partition}:iam::${Account}:role/${RoleNameWithPath}' });
  });

  it('gives condition keys with their types', async () => {
    const { catalogService, catalogGlobalConditionKeys } = await client.data(
      '{ catalogService(prefix: "s3") { conditionKeys { name type global } } catalogGlobalConditionKeys { name type global } }',
    );
    expect(catalogService.conditionKeys).toContainEqual({ name: 's3:prefix', type: 'String', global: false });
    expect(catalogGlobalConditionKeys).toContainEqual({ name: 'aws:SourceIp', type: 'IPAddress', global: true });
  });

  it('answers NoSuchEntity for an unknown service and InvalidInput for an unknown access level', async () => {
    expect((await client.error('{ catalogService(prefix: "nosuchservice") { name } }')).extensions.code).toBe('NoSuchEntity');
    const level = await client.error('{ catalogService(prefix: "s3") { actions(accessLevel: "Admin") { name } } }');
    expect(level.extensions).toMatchObject({ code: 'InvalidInput', field: 'accessLevel' });
  });

  it('serves any signed-in caller, even one without policies, and no anonymous one', async () => {
    await client.data('mutation { createUser(input: { userName: "nopolicies" }) { userId } }');
    const user = await userSessionClient(api.prisma, api.graphqlUrl, accountId, 'nopolicies');
    expect((await user.data('{ catalogService(prefix: "s3") { name } }')).catalogService.name).toBe('Amazon S3');
    const anonymous = await new GraphQLClient(api.graphqlUrl).error('{ catalogServices { prefix } }');
    expect(anonymous.extensions.code).toBe('MissingAuthenticationToken');
  });

  it('refuses a query that would expand every action of every service (complexity limit)', async () => {
    const error = await client.error('{ catalogServices { actions { action resourceTypes { arnFormat } } } }');
    expect(error.extensions.code).toBe('InvalidInput');
    expect(error.message).toMatch(/complex/i);
  });
});
