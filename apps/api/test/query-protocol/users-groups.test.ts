import {
  AddUserToGroupCommand,
  CreateAccessKeyCommand,
  CreateGroupCommand,
  CreateLoginProfileCommand,
  CreateUserCommand,
  CreateVirtualMFADeviceCommand,
  DeactivateMFADeviceCommand,
  DeleteAccessKeyCommand,
  DeleteGroupCommand,
  DeleteLoginProfileCommand,
  DeleteUserCommand,
  DeleteVirtualMFADeviceCommand,
  EnableMFADeviceCommand,
  GetAccessKeyLastUsedCommand,
  GetGroupCommand,
  GetLoginProfileCommand,
  GetUserCommand,
  IAMClient,
  ListAccessKeysCommand,
  ListGroupsCommand,
  ListGroupsForUserCommand,
  ListMFADevicesCommand,
  ListUsersCommand,
  ListUserTagsCommand,
  ListVirtualMFADevicesCommand,
  RemoveUserFromGroupCommand,
  TagUserCommand,
  UntagUserCommand,
  UpdateAccessKeyCommand,
  UpdateGroupCommand,
  UpdateLoginProfileCommand,
  UpdateUserCommand,
  ChangePasswordCommand,
  PutUserPolicyCommand,
  paginateListUsers,
  paginateGetGroup,
} from '@aws-sdk/client-iam';
import { generateTotpCode } from '@gatehouse/credentials';
import { startTestApi, type TestApi } from '../support/test-api';
import { recordSecret } from '../support/test-artifacts';
import { awsClients, rootClients } from './aws-clients';
import { expectAwsError } from './expect-aws-error';

let api: TestApi;
let iam: IAMClient;

beforeAll(async () => {
  api = await startTestApi();
  ({ iam } = await rootClients(api));
});
afterAll(() => api.stop());

describe('users through @aws-sdk/client-iam', () => {
  it('CreateUser, GetUser, UpdateUser, DeleteUser, with AWS errors', async () => {
    const created = await iam.send(new CreateUserCommand({ UserName: 'carol', Path: '/staff/', Tags: [{ Key: 'team', Value: 'a:b/c=d' }] }));
    expect(created.User).toMatchObject({ UserName: 'carol', Path: '/staff/', Tags: [{ Key: 'team', Value: 'a:b/c=d' }] });
    expect(created.User?.Arn).toMatch(/^arn:aws:iam::\d{12}:user\/staff\/carol$/);
    expect(created.User?.CreateDate).toBeInstanceOf(Date);
    await expectAwsError(iam.send(new CreateUserCommand({ UserName: 'carol' })), 'EntityAlreadyExistsException', 409);
    const validation = await expectAwsError(iam.send(new CreateUserCommand({ UserName: 'bad name!' })), 'ValidationError', 400);
    expect(validation.message).toBe(
      "1 validation error detected: Value 'bad name!' at 'userName' failed to satisfy constraint: Member must satisfy regular expression pattern: [\\w+=,.@-]+",
    );

    expect((await iam.send(new GetUserCommand({ UserName: 'carol' }))).User?.UserId).toBe(created.User?.UserId);
    const missing = await expectAwsError(iam.send(new GetUserCommand({ UserName: 'nobody' })), 'NoSuchEntityException', 404);
    expect(missing.message).toBe('The user with name nobody cannot be found.');

    await iam.send(new UpdateUserCommand({ UserName: 'carol', NewUserName: 'carole', NewPath: '/' }));
    expect((await iam.send(new GetUserCommand({ UserName: 'carole' }))).User?.Path).toBe('/');
    await expectAwsError(iam.send(new UpdateUserCommand({ UserName: 'carol', NewUserName: 'x' })), 'NoSuchEntityException', 404);

    await iam.send(new DeleteUserCommand({ UserName: 'carole' }));
    await expectAwsError(iam.send(new DeleteUserCommand({ UserName: 'carole' })), 'NoSuchEntityException', 404);
  });

  it('GetUser without a name: the root user must name one (GraphQL says the same)', async () => {
    await expectAwsError(iam.send(new GetUserCommand({})), 'InvalidInputException', 400);
  });

  it('TagUser, ListUserTags, UntagUser', async () => {
    await iam.send(new CreateUserCommand({ UserName: 'tagged' }));
    await iam.send(new TagUserCommand({ UserName: 'tagged', Tags: [{ Key: 'k1', Value: 'v1' }, { Key: 'k2', Value: '' }] }));
    expect((await iam.send(new ListUserTagsCommand({ UserName: 'tagged' }))).Tags).toEqual([
      { Key: 'k1', Value: 'v1' },
      { Key: 'k2', Value: '' },
    ]);
    await iam.send(new UntagUserCommand({ UserName: 'tagged', TagKeys: ['k1'] }));
    expect((await iam.send(new ListUserTagsCommand({ UserName: 'tagged' }))).Tags).toEqual([{ Key: 'k2', Value: '' }]);
    await expectAwsError(iam.send(new TagUserCommand({ UserName: 'nobody', Tags: [{ Key: 'a', Value: 'b' }] })), 'NoSuchEntityException', 404);
    await expectAwsError(iam.send(new ListUserTagsCommand({ UserName: 'nobody' })), 'NoSuchEntityException', 404);
    await expectAwsError(iam.send(new UntagUserCommand({ UserName: 'nobody', TagKeys: ['a'] })), 'NoSuchEntityException', 404);
  });

  it('ListUsers pages with Marker/MaxItems; the paginator collects every user exactly once', async () => {
    const names = Array.from({ length: 23 }, (_, index) => `page-user-${String(index).padStart(2, '0')}`);
    for (const UserName of names) await iam.send(new CreateUserCommand({ UserName, Path: '/paged/' }));
    const first = await iam.send(new ListUsersCommand({ PathPrefix: '/paged/', MaxItems: 10 }));
    expect(first.Users).toHaveLength(10);
    expect(first.IsTruncated).toBe(true);
    expect(first.Marker).toEqual(expect.any(String));
    const collected: string[] = [];
    for await (const page of paginateListUsers({ client: iam, pageSize: 7 }, { PathPrefix: '/paged/' })) {
      collected.push(...(page.Users ?? []).map((user) => user.UserName!));
    }
    expect(collected).toEqual(names);
    await expectAwsError(iam.send(new ListUsersCommand({ MaxItems: 0 })), 'ValidationError', 400);
    await expectAwsError(iam.send(new ListUsersCommand({ MaxItems: 1001 })), 'ValidationError', 400);
  });
});

describe('groups through @aws-sdk/client-iam', () => {
  it('CreateGroup, GetGroup (paginated members), UpdateGroup, membership, ListGroups, DeleteGroup', async () => {
    const { Group } = await iam.send(new CreateGroupCommand({ GroupName: 'devs', Path: '/eng/' }));
    expect(Group).toMatchObject({ GroupName: 'devs', Path: '/eng/' });
    await expectAwsError(iam.send(new CreateGroupCommand({ GroupName: 'devs' })), 'EntityAlreadyExistsException', 409);

    const members = ['m-1', 'm-2', 'm-3', 'm-4', 'm-5'];
    for (const UserName of members) {
      await iam.send(new CreateUserCommand({ UserName }));
      await iam.send(new AddUserToGroupCommand({ GroupName: 'devs', UserName }));
    }
    await expectAwsError(iam.send(new AddUserToGroupCommand({ GroupName: 'devs', UserName: 'nobody' })), 'NoSuchEntityException', 404);
    // AWS sends no <Tags> for an untagged user rather than an empty one.
    expect((await iam.send(new GetUserCommand({ UserName: 'm-1' }))).User).not.toHaveProperty('Tags');
    const got = await iam.send(new GetGroupCommand({ GroupName: 'devs', MaxItems: 2 }));
    expect(got.Group?.GroupName).toBe('devs');
    expect(got.IsTruncated).toBe(true);
    const collected: string[] = [];
    for await (const page of paginateGetGroup({ client: iam, pageSize: 2 }, { GroupName: 'devs' })) {
      collected.push(...(page.Users ?? []).map((user) => user.UserName!));
    }
    expect(collected.sort()).toEqual(members);
    await expectAwsError(iam.send(new GetGroupCommand({ GroupName: 'nobody' })), 'NoSuchEntityException', 404);

    expect((await iam.send(new ListGroupsForUserCommand({ UserName: 'm-1' }))).Groups?.map((group) => group.GroupName)).toEqual(['devs']);
    await expectAwsError(iam.send(new ListGroupsForUserCommand({ UserName: 'nobody' })), 'NoSuchEntityException', 404);
    expect((await iam.send(new ListGroupsCommand({ PathPrefix: '/eng/' }))).Groups?.map((group) => group.GroupName)).toEqual(['devs']);
    await expectAwsError(iam.send(new ListGroupsCommand({ PathPrefix: 'no-slash' })), 'ValidationError', 400);

    await expectAwsError(iam.send(new DeleteGroupCommand({ GroupName: 'devs' })), 'DeleteConflictException', 409);
    for (const UserName of members) await iam.send(new RemoveUserFromGroupCommand({ GroupName: 'devs', UserName }));
    await expectAwsError(iam.send(new RemoveUserFromGroupCommand({ GroupName: 'devs', UserName: 'm-1' })), 'NoSuchEntityException', 404);
    await iam.send(new UpdateGroupCommand({ GroupName: 'devs', NewGroupName: 'developers' }));
    await expectAwsError(iam.send(new UpdateGroupCommand({ GroupName: 'devs', NewGroupName: 'x' })), 'NoSuchEntityException', 404);
    await iam.send(new DeleteGroupCommand({ GroupName: 'developers' }));
    await expectAwsError(iam.send(new DeleteGroupCommand({ GroupName: 'developers' })), 'NoSuchEntityException', 404);
  });
});

describe('access keys and passwords through @aws-sdk/client-iam', () => {
  it('CreateAccessKey signs for the new user; ListAccessKeys, UpdateAccessKey, GetAccessKeyLastUsed, DeleteAccessKey', async () => {
    await iam.send(new CreateUserCommand({ UserName: 'keyholder' }));
    const { AccessKey } = await iam.send(new CreateAccessKeyCommand({ UserName: 'keyholder' }));
    recordSecret('secret access key', AccessKey!.SecretAccessKey!);
    expect(AccessKey).toMatchObject({ UserName: 'keyholder', Status: 'Active', AccessKeyId: expect.stringMatching(/^AKIA/) });
    await expectAwsError(iam.send(new CreateAccessKeyCommand({ UserName: 'nobody' })), 'NoSuchEntityException', 404);

    // The new key is a working credential: the user is denied what no policy allows, as AWS says.
    const asUser = awsClients(api.url, { accessKeyId: AccessKey!.AccessKeyId!, secretAccessKey: AccessKey!.SecretAccessKey! }, 'ap-southeast-2');
    const denied = await expectAwsError(asUser.iam.send(new ListUsersCommand({})), 'AccessDenied', 403);
    expect(denied.message).toContain('is not authorized to perform: iam:ListUsers');

    const listed = await iam.send(new ListAccessKeysCommand({ UserName: 'keyholder' }));
    expect(listed.AccessKeyMetadata).toEqual([expect.objectContaining({ AccessKeyId: AccessKey!.AccessKeyId, Status: 'Active' })]);
    await expectAwsError(iam.send(new ListAccessKeysCommand({ UserName: 'nobody' })), 'NoSuchEntityException', 404);

    const lastUsed = await iam.send(new GetAccessKeyLastUsedCommand({ AccessKeyId: AccessKey!.AccessKeyId! }));
    expect(lastUsed.UserName).toBe('keyholder');
    expect(lastUsed.AccessKeyLastUsed).toMatchObject({ ServiceName: 'iam', Region: 'ap-southeast-2' });
    await expectAwsError(iam.send(new GetAccessKeyLastUsedCommand({ AccessKeyId: 'AKIAAAAAAAAAAAAAAAAA' })), 'NoSuchEntityException', 404);

    await iam.send(new UpdateAccessKeyCommand({ UserName: 'keyholder', AccessKeyId: AccessKey!.AccessKeyId!, Status: 'Inactive' }));
    await expectAwsError(asUser.iam.send(new ListUsersCommand({})), 'InvalidClientTokenId', 403);
    await expectAwsError(
      iam.send(new UpdateAccessKeyCommand({ UserName: 'keyholder', AccessKeyId: AccessKey!.AccessKeyId!, Status: 'Paused' as 'Active' })),
      'ValidationError',
      400,
    );
    await iam.send(new DeleteAccessKeyCommand({ UserName: 'keyholder', AccessKeyId: AccessKey!.AccessKeyId! }));
    await expectAwsError(iam.send(new DeleteAccessKeyCommand({ UserName: 'keyholder', AccessKeyId: AccessKey!.AccessKeyId! })), 'NoSuchEntityException', 404);
  });

  it('CreateLoginProfile, GetLoginProfile, UpdateLoginProfile, ChangePassword, DeleteLoginProfile', async () => {
    await iam.send(new CreateUserCommand({ UserName: 'walker' }));
    const password = 'Walker-password-1234';
    recordSecret('password', password);
    const { LoginProfile } = await iam.send(new CreateLoginProfileCommand({ UserName: 'walker', Password: password, PasswordResetRequired: false }));
    expect(LoginProfile).toMatchObject({ UserName: 'walker', PasswordResetRequired: false });
    await expectAwsError(iam.send(new CreateLoginProfileCommand({ UserName: 'walker', Password: password })), 'EntityAlreadyExistsException', 409);
    expect((await iam.send(new GetLoginProfileCommand({ UserName: 'walker' }))).LoginProfile?.UserName).toBe('walker');
    await expectAwsError(iam.send(new GetLoginProfileCommand({ UserName: 'keyless' })), 'NoSuchEntityException', 404);
    await iam.send(new UpdateLoginProfileCommand({ UserName: 'walker', PasswordResetRequired: true }));
    expect((await iam.send(new GetLoginProfileCommand({ UserName: 'walker' }))).LoginProfile?.PasswordResetRequired).toBe(true);
    await expectAwsError(iam.send(new UpdateLoginProfileCommand({ UserName: 'nobody', PasswordResetRequired: true })), 'NoSuchEntityException', 404);

    // ChangePassword is the calling IAM user's own: with the user's own key, allowed by an inline policy.
    const allowChange = { Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: 'iam:ChangePassword', Resource: '*' }] };
    await iam.send(new PutUserPolicyCommand({ UserName: 'walker', PolicyName: 'change', PolicyDocument: JSON.stringify(allowChange) }));
    const { AccessKey } = await iam.send(new CreateAccessKeyCommand({ UserName: 'walker' }));
    recordSecret('secret access key', AccessKey!.SecretAccessKey!);
    const asWalker = awsClients(api.url, { accessKeyId: AccessKey!.AccessKeyId!, secretAccessKey: AccessKey!.SecretAccessKey! });
    const newPassword = 'Walker-password-5678';
    recordSecret('password', newPassword);
    await expectAwsError(asWalker.iam.send(new ChangePasswordCommand({ OldPassword: 'wrong-password-0000', NewPassword: newPassword })), 'AccessDenied', 403);
    await asWalker.iam.send(new ChangePasswordCommand({ OldPassword: password, NewPassword: newPassword }));

    await iam.send(new DeleteLoginProfileCommand({ UserName: 'walker' }));
    await expectAwsError(iam.send(new DeleteLoginProfileCommand({ UserName: 'walker' })), 'NoSuchEntityException', 404);
  });
});

describe('MFA devices through @aws-sdk/client-iam', () => {
  it('CreateVirtualMFADevice (seed as a blob), EnableMFADevice, ListMFADevices, ListVirtualMFADevices, DeactivateMFADevice, DeleteVirtualMFADevice', async () => {
    await iam.send(new CreateUserCommand({ UserName: 'mfa-user' }));
    const { VirtualMFADevice } = await iam.send(new CreateVirtualMFADeviceCommand({ VirtualMFADeviceName: 'mfa-user-phone' }));
    const seed = Buffer.from(VirtualMFADevice!.Base32StringSeed!).toString('utf8');
    recordSecret('MFA seed', seed);
    expect(seed).toMatch(/^[A-Z2-7]+=*$/);
    const serial = VirtualMFADevice!.SerialNumber!;
    expect(serial).toMatch(/:mfa\/mfa-user-phone$/);
    await expectAwsError(iam.send(new CreateVirtualMFADeviceCommand({ VirtualMFADeviceName: 'mfa-user-phone' })), 'EntityAlreadyExistsException', 409);

    await expectAwsError(
      iam.send(new EnableMFADeviceCommand({ UserName: 'mfa-user', SerialNumber: serial, AuthenticationCode1: '000000', AuthenticationCode2: '000000' })),
      'InvalidAuthenticationCodeException',
      403,
    );
    const now = Date.now();
    await iam.send(
      new EnableMFADeviceCommand({
        UserName: 'mfa-user',
        SerialNumber: serial,
        AuthenticationCode1: generateTotpCode(seed, new Date(now - 30_000)),
        AuthenticationCode2: generateTotpCode(seed, new Date(now)),
      }),
    );
    expect((await iam.send(new ListMFADevicesCommand({ UserName: 'mfa-user' }))).MFADevices).toEqual([
      expect.objectContaining({ UserName: 'mfa-user', SerialNumber: serial, EnableDate: expect.any(Date) }),
    ]);
    await expectAwsError(iam.send(new ListMFADevicesCommand({ UserName: 'nobody' })), 'NoSuchEntityException', 404);
    const assigned = await iam.send(new ListVirtualMFADevicesCommand({ AssignmentStatus: 'Assigned' }));
    expect(assigned.VirtualMFADevices?.map((device) => [device.SerialNumber, device.User?.UserName])).toEqual([[serial, 'mfa-user']]);
    await expectAwsError(iam.send(new ListVirtualMFADevicesCommand({ AssignmentStatus: 'Some' as 'Any' })), 'ValidationError', 400);

    await expectAwsError(iam.send(new DeleteVirtualMFADeviceCommand({ SerialNumber: serial })), 'DeleteConflictException', 409);
    await iam.send(new DeactivateMFADeviceCommand({ UserName: 'mfa-user', SerialNumber: serial }));
    await expectAwsError(iam.send(new DeactivateMFADeviceCommand({ UserName: 'mfa-user', SerialNumber: serial })), 'NoSuchEntityException', 404);
    await iam.send(new DeleteVirtualMFADeviceCommand({ SerialNumber: serial }));
    await expectAwsError(iam.send(new DeleteVirtualMFADeviceCommand({ SerialNumber: serial })), 'NoSuchEntityException', 404);
  });
});
