import { hashPassword } from '@gatehouse/credentials';
import { mfaDeviceArn } from '@gatehouse/db';
import { IamWorld } from './auth/iam-world';
import { allow, createGroup, createManagedPolicy, type Document } from './authz/iam-fixtures';
import { startTestApi, type TestApi } from './support/test-api';

// deleteUserAndDependents: AWS's console deletion of a user (memberships, password, keys, MFA, policies, then the
// user) as one transaction that completes or changes nothing.

let api: TestApi;
let world: IamWorld;
let home: Awaited<ReturnType<IamWorld['account']>>;

beforeAll(async () => {
  api = await startTestApi();
  world = new IamWorld(api);
  home = await world.account();
});
afterAll(() => api.stop());

const deleteUserAndDependents = `mutation ($input: DeleteUserInput!) {
  deleteUserAndDependents(input: $input) { userName groupNames loginProfile accessKeyIds mfaSerialNumber inlinePolicyNames attachedPolicyArns }
}`;

/** A user holding one of everything that makes DeleteUser refuse, made through the API where it has a secret. */
async function userWithEverything(userName: string) {
  const user = await world.user(home.accountId, userName, { Inline: allow('s3:GetObject') });
  await createGroup(api.prisma, home.accountId, `${userName}-group`, [user.id]);
  await api.prisma.loginProfile.create({ data: { userId: user.id, passwordHash: await hashPassword('Leaving!Passw0rd') } });
  const { accessKeyId } = await world.accessKey(home.root, userName);
  const serialNumber = mfaDeviceArn(home.accountId, '/', userName);
  await api.prisma.virtualMfaDevice.create({
    data: { serialNumber, accountId: home.accountId, deviceName: userName, seedSealed: 'v1.unused', userId: user.id, enableDate: new Date() },
  });
  const policy = await createManagedPolicy(api.prisma, home.accountId, `${userName}-managed`, [allow('s3:ListBucket')]);
  await api.prisma.userPolicyAttachment.create({ data: { userId: user.id, policyId: policy.id } });
  return { ...user, accessKeyId, serialNumber, policyArn: policy.arn };
}

async function heldBy(userId: string) {
  const [memberships, loginProfiles, accessKeys, devices, inline, attached, users] = await Promise.all([
    api.prisma.groupMembership.count({ where: { userId } }),
    api.prisma.loginProfile.count({ where: { userId } }),
    api.prisma.accessKey.count({ where: { userId } }),
    api.prisma.virtualMfaDevice.count({ where: { userId } }),
    api.prisma.userPolicy.count({ where: { userId } }),
    api.prisma.userPolicyAttachment.count({ where: { userId } }),
    api.prisma.user.count({ where: { id: userId } }),
  ]);
  return { memberships, loginProfiles, accessKeys, devices, inline, attached, users };
}

it('deletes the user with everything it holds, and says what went', async () => {
  const user = await userWithEverything('leaving');
  const { deleteUserAndDependents: deleted } = await home.root.data(deleteUserAndDependents, { input: { userName: 'leaving' } });
  expect(deleted).toEqual({
    userName: 'leaving',
    groupNames: ['leaving-group'],
    loginProfile: true,
    accessKeyIds: [user.accessKeyId],
    mfaSerialNumber: user.serialNumber,
    inlinePolicyNames: ['Inline'],
    attachedPolicyArns: [user.policyArn],
  });
  expect(await heldBy(user.id)).toEqual({ memberships: 0, loginProfiles: 0, accessKeys: 0, devices: 0, inline: 0, attached: 0, users: 0 });
  expect(await api.prisma.virtualMfaDevice.count({ where: { serialNumber: user.serialNumber } })).toBe(0);
  // The same session goes on: the API answers the next request about the deleted user as AWS does.
  expect((await home.root.error('query { getUser(userName: "leaving") { userName } }')).extensions.code).toBe('NoSuchEntity');
  const event = await api.prisma.auditEvent.findFirstOrThrow({ where: { eventName: 'DeleteUser', accountId: home.accountId }, orderBy: { eventTime: 'desc' } });
  expect(JSON.stringify(event)).toContain(user.accessKeyId);
});

describe('a caller allowed only some of the steps', () => {
  /** Allowed every step AWS's console takes, minus what `document` denies. */
  async function callerDenied(userName: string, denied: Document) {
    await world.user(home.accountId, userName, { Admin: allow('iam:*'), Denied: denied });
    return world.session(home.accountId, userName);
  }

  it('is refused with the step it may not take, and nothing changes', async () => {
    const user = await userWithEverything('kept');
    const before = await heldBy(user.id);
    const client = await callerDenied('no-detach', {
      Version: '2012-10-17',
      Statement: [{ Effect: 'Deny', Action: 'iam:DetachUserPolicy', Resource: '*', Condition: { ArnEquals: { 'iam:PolicyARN': user.policyArn } } }],
    });
    const error = await client.error(deleteUserAndDependents, { input: { userName: 'kept' } });
    expect(error.extensions.code).toBe('AccessDenied');
    expect(error.message).toContain('iam:DetachUserPolicy');
    expect(await heldBy(user.id)).toEqual(before);
    expect(before.users).toBe(1);
  });

  it('is refused a group it may not leave, naming the group', async () => {
    const user = await userWithEverything('grouped');
    const client = await callerDenied('no-groups', {
      Version: '2012-10-17',
      Statement: [{ Effect: 'Deny', Action: 'iam:RemoveUserFromGroup', Resource: `arn:aws:iam::${home.accountId}:group/grouped-group` }],
    });
    const error = await client.error(deleteUserAndDependents, { input: { userName: 'grouped' } });
    expect(error.message).toContain(`iam:RemoveUserFromGroup on resource: arn:aws:iam::${home.accountId}:group/grouped-group`);
    expect((await heldBy(user.id)).users).toBe(1);
  });

  it('needs nothing more than DeleteUser for a user that holds nothing', async () => {
    await world.user(home.accountId, 'bare');
    await world.user(home.accountId, 'deleter', { OnlyDelete: allow('iam:DeleteUser', `arn:aws:iam::${home.accountId}:user/bare`) });
    const client = await world.session(home.accountId, 'deleter');
    expect((await client.data(deleteUserAndDependents, { input: { userName: 'bare' } })).deleteUserAndDependents.userName).toBe('bare');
  });
});

it('answers NoSuchEntity for a user that does not exist', async () => {
  expect((await home.root.error(deleteUserAndDependents, { input: { userName: 'nobody' } })).extensions.code).toBe('NoSuchEntity');
});
