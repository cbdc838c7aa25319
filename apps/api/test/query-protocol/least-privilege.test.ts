import { CreateRoleCommand, CreateUserCommand, GetRoleCommand, GetUserCommand, ListUsersCommand, TagUserCommand } from '@aws-sdk/client-iam';
import { allow } from '../authz/iam-fixtures';
import { IamWorld } from '../auth/iam-world';
import { SignedGraphQLClient } from '../auth/signed-client';
import { startTestApi, type TestApi } from '../support/test-api';
import { awsClients, rootClients } from './aws-clients';
import { expectAwsError } from './expect-aws-error';

let api: TestApi;

beforeAll(async () => {
  api = await startTestApi();
});
afterAll(() => api.stop());

/**
 * AWS answers an action's whole output under that action's permission: GetUser returns the user's tags and boundary
 * to a caller allowed iam:GetUser alone. GraphQL authorizes the same linked fields the same way on the object the
 * operation returns (IamOperationOptions.answeredBy), and still separately elsewhere.
 */
describe('an action answers its whole output under its own permission', () => {
  it('GetUser, CreateUser, GetRole and CreateRole with nothing but their own action allowed', async () => {
    const { world, account, iam } = await rootClients(api);
    await iam.send(new CreateUserCommand({ UserName: 'tagged-target', Tags: [{ Key: 'team', Value: 'blue' }] }));
    await iam.send(new TagUserCommand({ UserName: 'tagged-target', Tags: [{ Key: 'tier', Value: 'one' }] }));
    await world.user(account.accountId, 'narrow', { Narrow: allow(['iam:GetUser', 'iam:CreateUser', 'iam:GetRole', 'iam:CreateRole']) });
    const credentials = await new IamWorld(api).accessKey(account.root, 'narrow');
    const narrow = awsClients(api.url, credentials);

    expect((await narrow.iam.send(new GetUserCommand({ UserName: 'tagged-target' }))).User?.Tags).toEqual([
      { Key: 'team', Value: 'blue' },
      { Key: 'tier', Value: 'one' },
    ]);
    expect((await narrow.iam.send(new CreateUserCommand({ UserName: 'made-by-narrow' }))).User?.UserName).toBe('made-by-narrow');
    const trust = JSON.stringify({ Version: '2012-10-17', Statement: [{ Effect: 'Allow', Principal: { Service: 'ec2.amazonaws.com' }, Action: 'sts:AssumeRole' }] });
    await narrow.iam.send(new CreateRoleCommand({ RoleName: 'made-by-narrow', AssumeRolePolicyDocument: trust }));
    expect((await narrow.iam.send(new GetRoleCommand({ RoleName: 'made-by-narrow' }))).Role?.RoleLastUsed).toEqual({});
    // Listing is iam:ListUsers, which it lacks.
    await expectAwsError(narrow.iam.send(new ListUsersCommand({})), 'AccessDenied', 403);

    // GraphQL: the same on what getUser returns; the tags of users reached otherwise still need iam:ListUserTags.
    const graphql = new SignedGraphQLClient(api.graphqlUrl, credentials);
    const direct = await graphql.request('{ getUser(userName: "tagged-target") { tags { key } } }');
    expect(direct.errors).toBeUndefined();
    expect(direct.data?.getUser.tags).toHaveLength(2);
  });
});
