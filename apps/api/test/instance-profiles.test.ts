import { IamWorld } from './auth/iam-world';
import { allow } from './authz/iam-fixtures';
import type { GraphQLClient } from './support/graphql-client';
import { startTestApi, type TestApi } from './support/test-api';

// Instance profiles as AWS has them: AIPA ids, instance-profile ARNs with their path, one role per profile, and
// iam:PassRole on the role to put it in a profile (it is then handed to EC2).

let api: TestApi;
let world: IamWorld;
let accountId: string;
let root: GraphQLClient;

const ec2Trust = { Version: '2012-10-17', Statement: [{ Effect: 'Allow', Principal: { Service: 'ec2.amazonaws.com' }, Action: 'sts:AssumeRole' }] };
const profileFields = 'instanceProfileId instanceProfileName path arn createDate roles { roleName arn }';
const create = `mutation ($input: CreateInstanceProfileInput!) { createInstanceProfile(input: $input) { ${profileFields} } }`;
const get = `query ($name: String!) { getInstanceProfile(instanceProfileName: $name) { ${profileFields} } }`;
const list = 'query ($pathPrefix: String) { listInstanceProfiles(pathPrefix: $pathPrefix) { totalCount edges { node { instanceProfileName } } } }';
const listForRole = 'query ($roleName: String!) { listInstanceProfilesForRole(roleName: $roleName) { totalCount edges { node { instanceProfileName roles { roleName } } } } }';
const addRole = `mutation ($input: InstanceProfileRoleInput!) { addRoleToInstanceProfile(input: $input) { ${profileFields} } }`;
const removeRole = `mutation ($input: InstanceProfileRoleInput!) { removeRoleFromInstanceProfile(input: $input) { ${profileFields} } }`;
const deleteProfile = 'mutation ($input: DeleteInstanceProfileInput!) { deleteInstanceProfile(input: $input) }';
const deleteRole = 'mutation ($input: DeleteRoleInput!) { deleteRole(input: $input) }';

beforeAll(async () => {
  api = await startTestApi();
  world = new IamWorld(api);
  const account = await world.account();
  accountId = account.accountId;
  root = account.root;
  await world.role(accountId, 'WebServer', ec2Trust);
  await world.role(accountId, 'Worker', ec2Trust);
});
afterAll(() => api.stop());

describe('instance profiles and their role', () => {
  it('creates, gets and lists profiles by path, with AWS ids and ARNs; a second with the same name is refused', async () => {
    const created = (await root.data(create, { input: { instanceProfileName: 'WebProfile', path: '/web/' } })).createInstanceProfile;
    expect(created).toMatchObject({
      instanceProfileId: expect.stringMatching(/^AIPA[A-Z2-7]{17}$/),
      instanceProfileName: 'WebProfile',
      path: '/web/',
      arn: `arn:aws:iam::${accountId}:instance-profile/web/WebProfile`,
      roles: [],
    });
    await root.data(create, { input: { instanceProfileName: 'BatchProfile' } });
    expect((await root.data(get, { name: 'webprofile' })).getInstanceProfile.arn).toBe(created.arn);

    const duplicate = await root.error(create, { input: { instanceProfileName: 'WebProfile' } });
    expect(duplicate).toMatchObject({ message: 'Instance Profile WebProfile already exists.', extensions: { code: 'EntityAlreadyExists' } });
    const all = (await root.data(list, {})).listInstanceProfiles;
    expect(all.edges.map((edge: { node: { instanceProfileName: string } }) => edge.node.instanceProfileName)).toEqual(['BatchProfile', 'WebProfile']);
    expect((await root.data(list, { pathPrefix: '/web/' })).listInstanceProfiles.totalCount).toBe(1);
    const missing = await root.error(get, { name: 'Nope' });
    expect(missing).toMatchObject({ message: 'Instance Profile Nope cannot be found.', extensions: { code: 'NoSuchEntity' } });
  });

  it('holds one role (LimitExceeded for a second), which then cannot be deleted, nor the profile, until it is removed', async () => {
    const added = (await root.data(addRole, { input: { instanceProfileName: 'WebProfile', roleName: 'WebServer' } })).addRoleToInstanceProfile;
    expect(added.roles).toEqual([{ roleName: 'WebServer', arn: `arn:aws:iam::${accountId}:role/WebServer` }]);
    expect((await root.data(get, { name: 'WebProfile' })).getInstanceProfile.roles).toHaveLength(1);

    for (const roleName of ['Worker', 'WebServer']) {
      const second = await root.error(addRole, { input: { instanceProfileName: 'WebProfile', roleName } });
      expect(second).toMatchObject({ message: 'Cannot exceed quota for InstanceSessionsPerInstanceProfile: 1.', extensions: { code: 'LimitExceeded' } });
    }
    const forRole = (await root.data(listForRole, { roleName: 'WebServer' })).listInstanceProfilesForRole;
    expect(forRole).toEqual({ totalCount: 1, edges: [{ node: { instanceProfileName: 'WebProfile', roles: [{ roleName: 'WebServer' }] } }] });

    const roleInUse = await root.error(deleteRole, { input: { roleName: 'WebServer' } });
    expect(roleInUse).toMatchObject({ message: 'Cannot delete entity, must remove roles from instance profile first.', extensions: { code: 'DeleteConflict' } });
    const profileInUse = await root.error(deleteProfile, { input: { instanceProfileName: 'WebProfile' } });
    expect(profileInUse).toMatchObject({ message: 'Cannot delete entity, must remove roles from instance profile first.', extensions: { code: 'DeleteConflict' } });
    expect(await api.prisma.instanceProfile.count({ where: { accountId } })).toBe(2);

    const notThere = await root.error(removeRole, { input: { instanceProfileName: 'WebProfile', roleName: 'Worker' } });
    expect(notThere.extensions.code).toBe('NoSuchEntity');
    expect((await root.data(removeRole, { input: { instanceProfileName: 'WebProfile', roleName: 'WebServer' } })).removeRoleFromInstanceProfile.roles).toEqual([]);
    expect(await root.data(deleteProfile, { input: { instanceProfileName: 'WebProfile' } })).toEqual({ deleteInstanceProfile: true });
    expect(await root.data(deleteRole, { input: { roleName: 'WebServer' } })).toEqual({ deleteRole: true });
  });

  it('records an audit event for every change, naming the profile (and the role added)', async () => {
    const events = await api.prisma.auditEvent.findMany({ where: { accountId, eventName: { contains: 'InstanceProfile' } }, orderBy: { eventTime: 'asc' } });
    expect(events.map((event) => event.eventName)).toEqual([
      'CreateInstanceProfile',
      'CreateInstanceProfile',
      'AddRoleToInstanceProfile',
      'RemoveRoleFromInstanceProfile',
      'DeleteInstanceProfile',
    ]);
    expect(events[2]!.resources).toEqual([`arn:aws:iam::${accountId}:instance-profile/web/WebProfile`, `arn:aws:iam::${accountId}:role/WebServer`]);
  });
});

describe('iam:PassRole for AddRoleToInstanceProfile', () => {
  const profileArn = () => `arn:aws:iam::${accountId}:instance-profile/BatchProfile`;
  const workerArn = () => `arn:aws:iam::${accountId}:role/Worker`;

  it('is refused, naming iam:PassRole on the role, to a caller allowed AddRoleToInstanceProfile alone, and changes nothing', async () => {
    await world.user(accountId, 'no-pass', { Add: allow('iam:AddRoleToInstanceProfile', profileArn()) });
    const client = await world.session(accountId, 'no-pass');
    const refused = await client.error(addRole, { input: { instanceProfileName: 'BatchProfile', roleName: 'Worker' } });
    expect(refused.extensions.code).toBe('AccessDenied');
    expect(refused.message).toMatch(new RegExp(`is not authorized to perform: iam:PassRole on resource: ${workerArn()} because no identity-based policy allows the iam:PassRole action$`));
    expect((await root.data(get, { name: 'BatchProfile' })).getInstanceProfile.roles).toEqual([]);
  });

  it('is evaluated with iam:PassedToService ec2.amazonaws.com: allowed for EC2, refused when PassRole is for another service', async () => {
    const passTo = (service: string) => ({
      Version: '2012-10-17',
      Statement: [
        { Effect: 'Allow', Action: 'iam:AddRoleToInstanceProfile', Resource: profileArn() },
        { Effect: 'Allow', Action: 'iam:PassRole', Resource: workerArn(), Condition: { StringEquals: { 'iam:PassedToService': service } } },
      ],
    });
    await world.user(accountId, 'pass-to-lambda', { Pass: passTo('lambda.amazonaws.com') });
    await world.user(accountId, 'pass-to-ec2', { Pass: passTo('ec2.amazonaws.com') });
    const input = { instanceProfileName: 'BatchProfile', roleName: 'Worker' };

    const lambda = await (await world.session(accountId, 'pass-to-lambda')).error(addRole, { input });
    expect(lambda.message).toMatch(/not authorized to perform: iam:PassRole/);
    const ec2 = (await (await world.session(accountId, 'pass-to-ec2')).data(addRole, { input })).addRoleToInstanceProfile;
    expect(ec2.roles).toEqual([{ roleName: 'Worker', arn: workerArn() }]);
  });
});
