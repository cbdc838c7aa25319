import {
  AddRoleToInstanceProfileCommand,
  AttachGroupPolicyCommand,
  AttachRolePolicyCommand,
  AttachUserPolicyCommand,
  CreateGroupCommand,
  CreateInstanceProfileCommand,
  CreatePolicyCommand,
  CreatePolicyVersionCommand,
  CreateRoleCommand,
  CreateUserCommand,
  DeleteGroupPolicyCommand,
  DeleteInstanceProfileCommand,
  DeletePolicyCommand,
  DeletePolicyVersionCommand,
  DeleteRoleCommand,
  DeleteRolePermissionsBoundaryCommand,
  DeleteRolePolicyCommand,
  DeleteUserPermissionsBoundaryCommand,
  DeleteUserPolicyCommand,
  DetachGroupPolicyCommand,
  DetachRolePolicyCommand,
  DetachUserPolicyCommand,
  GetGroupPolicyCommand,
  GetInstanceProfileCommand,
  GetPolicyCommand,
  GetPolicyVersionCommand,
  GetRoleCommand,
  GetRolePolicyCommand,
  GetUserCommand,
  GetUserPolicyCommand,
  IAMClient,
  ListAttachedGroupPoliciesCommand,
  ListAttachedRolePoliciesCommand,
  ListAttachedUserPoliciesCommand,
  ListEntitiesForPolicyCommand,
  ListGroupPoliciesCommand,
  ListInstanceProfilesCommand,
  ListInstanceProfilesForRoleCommand,
  ListInstanceProfileTagsCommand,
  ListPoliciesCommand,
  ListPolicyTagsCommand,
  ListPolicyVersionsCommand,
  ListRolePoliciesCommand,
  ListRoleTagsCommand,
  ListRolesCommand,
  ListUserPoliciesCommand,
  PutGroupPolicyCommand,
  PutRolePermissionsBoundaryCommand,
  PutRolePolicyCommand,
  PutUserPermissionsBoundaryCommand,
  PutUserPolicyCommand,
  RemoveRoleFromInstanceProfileCommand,
  SetDefaultPolicyVersionCommand,
  SimulateCustomPolicyCommand,
  SimulatePrincipalPolicyCommand,
  TagInstanceProfileCommand,
  TagPolicyCommand,
  TagRoleCommand,
  UntagInstanceProfileCommand,
  UntagPolicyCommand,
  UntagRoleCommand,
  UpdateAssumeRolePolicyCommand,
  UpdateRoleCommand,
  UpdateRoleDescriptionCommand,
  paginateListEntitiesForPolicy,
  paginateListPolicies,
} from '@aws-sdk/client-iam';
import { createAwsManagedPolicy } from '../support/aws-managed-policy';
import { startTestApi, type TestApi } from '../support/test-api';
import { rootClients } from './aws-clients';
import { expectAwsError } from './expect-aws-error';

let api: TestApi;
let iam: IAMClient;
let accountId: string;

beforeAll(async () => {
  api = await startTestApi();
  const clients = await rootClients(api);
  iam = clients.iam;
  accountId = clients.account.accountId;
});
afterAll(() => api.stop());

const document = (action: string, extra: Record<string, unknown> = {}) =>
  JSON.stringify({ Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: action, Resource: '*', ...extra }] });
const trust = (service: string) =>
  JSON.stringify({ Version: '2012-10-17', Statement: [{ Effect: 'Allow', Principal: { Service: service }, Action: 'sts:AssumeRole' }] });

describe('a Terraform-like role lifecycle through @aws-sdk/client-iam', () => {
  it('creates a role, reads it back with its policies, updates trust, tags, is refused deletion while attached, detaches and deletes', async () => {
    const created = await iam.send(
      new CreateRoleCommand({
        RoleName: 'app-role',
        Path: '/apps/',
        AssumeRolePolicyDocument: trust('ec2.amazonaws.com'),
        Description: 'App role: "quoted" & <angled>',
        MaxSessionDuration: 7200,
        Tags: [{ Key: 'env', Value: 'test' }],
      }),
    );
    expect(created.Role).toMatchObject({ RoleName: 'app-role', Path: '/apps/', MaxSessionDuration: 7200, Description: 'App role: "quoted" & <angled>' });
    await expectAwsError(iam.send(new CreateRoleCommand({ RoleName: 'app-role', AssumeRolePolicyDocument: trust('ec2.amazonaws.com') })), 'EntityAlreadyExistsException', 409);
    await expectAwsError(iam.send(new CreateRoleCommand({ RoleName: 'broken', AssumeRolePolicyDocument: '{"Statement": [' })), 'MalformedPolicyDocumentException', 400);

    await iam.send(new PutRolePolicyCommand({ RoleName: 'app-role', PolicyName: 'inline', PolicyDocument: document('s3:GetObject') }));
    const { Policy } = await iam.send(new CreatePolicyCommand({ PolicyName: 'app-managed', PolicyDocument: document('sqs:SendMessage') }));
    await iam.send(new AttachRolePolicyCommand({ RoleName: 'app-role', PolicyArn: Policy!.Arn! }));

    // Terraform reads the role, its inline policies one by one, and its attached policies.
    const { Role } = await iam.send(new GetRoleCommand({ RoleName: 'app-role' }));
    // AWS sends policy documents URL-encoded; the SDK hands them over as sent.
    expect(JSON.parse(decodeURIComponent(Role!.AssumeRolePolicyDocument!))).toEqual(JSON.parse(trust('ec2.amazonaws.com')));
    expect(Role!.AssumeRolePolicyDocument).not.toContain('{');
    expect(Role!.Tags).toEqual([{ Key: 'env', Value: 'test' }]);
    expect((await iam.send(new ListRolePoliciesCommand({ RoleName: 'app-role' }))).PolicyNames).toEqual(['inline']);
    const inline = await iam.send(new GetRolePolicyCommand({ RoleName: 'app-role', PolicyName: 'inline' }));
    expect(JSON.parse(decodeURIComponent(inline.PolicyDocument!))).toEqual(JSON.parse(document('s3:GetObject')));
    expect((await iam.send(new ListAttachedRolePoliciesCommand({ RoleName: 'app-role' }))).AttachedPolicies).toEqual([
      { PolicyName: 'app-managed', PolicyArn: Policy!.Arn },
    ]);
    await expectAwsError(iam.send(new GetRolePolicyCommand({ RoleName: 'app-role', PolicyName: 'nope' })), 'NoSuchEntityException', 404);
    await expectAwsError(iam.send(new ListRolePoliciesCommand({ RoleName: 'nope' })), 'NoSuchEntityException', 404);
    await expectAwsError(iam.send(new ListAttachedRolePoliciesCommand({ RoleName: 'nope' })), 'NoSuchEntityException', 404);
    await expectAwsError(iam.send(new PutRolePolicyCommand({ RoleName: 'app-role', PolicyName: 'bad', PolicyDocument: '{"Version":' })), 'MalformedPolicyDocumentException', 400);

    await iam.send(new UpdateAssumeRolePolicyCommand({ RoleName: 'app-role', PolicyDocument: trust('lambda.amazonaws.com') }));
    const updated = await iam.send(new GetRoleCommand({ RoleName: 'app-role' }));
    expect(JSON.parse(decodeURIComponent(updated.Role!.AssumeRolePolicyDocument!)).Statement[0].Principal).toEqual({ Service: 'lambda.amazonaws.com' });
    await expectAwsError(iam.send(new UpdateAssumeRolePolicyCommand({ RoleName: 'app-role', PolicyDocument: '[]' })), 'MalformedPolicyDocumentException', 400);

    await iam.send(new TagRoleCommand({ RoleName: 'app-role', Tags: [{ Key: 'owner', Value: 'ops' }] }));
    expect((await iam.send(new ListRoleTagsCommand({ RoleName: 'app-role' }))).Tags).toEqual([
      { Key: 'env', Value: 'test' },
      { Key: 'owner', Value: 'ops' },
    ]);
    await iam.send(new UntagRoleCommand({ RoleName: 'app-role', TagKeys: ['env'] }));
    expect((await iam.send(new ListRoleTagsCommand({ RoleName: 'app-role' }))).Tags).toEqual([{ Key: 'owner', Value: 'ops' }]);
    await expectAwsError(iam.send(new TagRoleCommand({ RoleName: 'nope', Tags: [{ Key: 'a', Value: 'b' }] })), 'NoSuchEntityException', 404);
    await expectAwsError(iam.send(new UntagRoleCommand({ RoleName: 'nope', TagKeys: ['a'] })), 'NoSuchEntityException', 404);
    await expectAwsError(iam.send(new ListRoleTagsCommand({ RoleName: 'nope' })), 'NoSuchEntityException', 404);

    await iam.send(new UpdateRoleCommand({ RoleName: 'app-role', MaxSessionDuration: 3600, Description: 'updated' }));
    const described = await iam.send(new UpdateRoleDescriptionCommand({ RoleName: 'app-role', Description: 'described' }));
    expect(described.Role).toMatchObject({ Description: 'described', MaxSessionDuration: 3600 });
    await expectAwsError(iam.send(new UpdateRoleCommand({ RoleName: 'app-role', MaxSessionDuration: 60 })), 'ValidationError', 400);
    await expectAwsError(iam.send(new UpdateRoleDescriptionCommand({ RoleName: 'nope', Description: 'x' })), 'NoSuchEntityException', 404);

    const deleteConflict = await expectAwsError(iam.send(new DeleteRoleCommand({ RoleName: 'app-role' })), 'DeleteConflictException', 409);
    expect(deleteConflict.message).toMatch(/must/i);
    await iam.send(new DetachRolePolicyCommand({ RoleName: 'app-role', PolicyArn: Policy!.Arn! }));
    await expectAwsError(iam.send(new DetachRolePolicyCommand({ RoleName: 'app-role', PolicyArn: Policy!.Arn! })), 'NoSuchEntityException', 404);
    await iam.send(new DeleteRolePolicyCommand({ RoleName: 'app-role', PolicyName: 'inline' }));
    await expectAwsError(iam.send(new DeleteRolePolicyCommand({ RoleName: 'app-role', PolicyName: 'inline' })), 'NoSuchEntityException', 404);
    await iam.send(new DeleteRoleCommand({ RoleName: 'app-role' }));
    await expectAwsError(iam.send(new GetRoleCommand({ RoleName: 'app-role' })), 'NoSuchEntityException', 404);
    await expectAwsError(iam.send(new DeleteRoleCommand({ RoleName: 'app-role' })), 'NoSuchEntityException', 404);
  });
});

describe('managed policies and versions through @aws-sdk/client-iam', () => {
  it('CreatePolicy, GetPolicy, versions, tags, attachments to users and groups, ListEntitiesForPolicy, DeletePolicy', async () => {
    const { Policy } = await iam.send(
      new CreatePolicyCommand({ PolicyName: 'readers', Path: '/team/', Description: 'read', PolicyDocument: document('s3:Get*'), Tags: [{ Key: 'a', Value: '1' }] }),
    );
    const arn = Policy!.Arn!;
    expect(arn).toBe(`arn:aws:iam::${accountId}:policy/team/readers`);
    expect(Policy).toMatchObject({ DefaultVersionId: 'v1', AttachmentCount: 0, IsAttachable: true });
    await expectAwsError(iam.send(new CreatePolicyCommand({ PolicyName: 'readers', Path: '/team/', PolicyDocument: document('s3:Get*') })), 'EntityAlreadyExistsException', 409);
    expect((await iam.send(new GetPolicyCommand({ PolicyArn: arn }))).Policy?.Description).toBe('read');
    await expectAwsError(iam.send(new GetPolicyCommand({ PolicyArn: `arn:aws:iam::${accountId}:policy/nope` })), 'NoSuchEntityException', 404);

    const v2 = await iam.send(new CreatePolicyVersionCommand({ PolicyArn: arn, PolicyDocument: document('s3:List*'), SetAsDefault: true }));
    expect(v2.PolicyVersion).toMatchObject({ VersionId: 'v2', IsDefaultVersion: true });
    await expectAwsError(iam.send(new CreatePolicyVersionCommand({ PolicyArn: arn, PolicyDocument: 'not json' })), 'MalformedPolicyDocumentException', 400);
    const v1 = await iam.send(new GetPolicyVersionCommand({ PolicyArn: arn, VersionId: 'v1' }));
    expect(JSON.parse(decodeURIComponent(v1.PolicyVersion!.Document!))).toEqual(JSON.parse(document('s3:Get*')));
    await expectAwsError(iam.send(new GetPolicyVersionCommand({ PolicyArn: arn, VersionId: 'v9' })), 'NoSuchEntityException', 404);
    expect((await iam.send(new ListPolicyVersionsCommand({ PolicyArn: arn }))).Versions?.map((version) => version.VersionId).sort()).toEqual(['v1', 'v2']);
    await expectAwsError(iam.send(new ListPolicyVersionsCommand({ PolicyArn: `arn:aws:iam::${accountId}:policy/nope` })), 'NoSuchEntityException', 404);
    await iam.send(new SetDefaultPolicyVersionCommand({ PolicyArn: arn, VersionId: 'v1' }));
    await expectAwsError(iam.send(new SetDefaultPolicyVersionCommand({ PolicyArn: arn, VersionId: 'v7' })), 'NoSuchEntityException', 404);
    await expectAwsError(iam.send(new DeletePolicyVersionCommand({ PolicyArn: arn, VersionId: 'v1' })), 'DeleteConflictException', 409);
    await iam.send(new DeletePolicyVersionCommand({ PolicyArn: arn, VersionId: 'v2' }));

    await iam.send(new TagPolicyCommand({ PolicyArn: arn, Tags: [{ Key: 'b', Value: '2' }] }));
    await iam.send(new UntagPolicyCommand({ PolicyArn: arn, TagKeys: ['a'] }));
    expect((await iam.send(new ListPolicyTagsCommand({ PolicyArn: arn }))).Tags).toEqual([{ Key: 'b', Value: '2' }]);
    await expectAwsError(iam.send(new TagPolicyCommand({ PolicyArn: `${arn}x`, Tags: [{ Key: 'a', Value: 'b' }] })), 'NoSuchEntityException', 404);
    await expectAwsError(iam.send(new UntagPolicyCommand({ PolicyArn: `${arn}x`, TagKeys: ['a'] })), 'NoSuchEntityException', 404);
    await expectAwsError(iam.send(new ListPolicyTagsCommand({ PolicyArn: `${arn}x` })), 'NoSuchEntityException', 404);

    // Attached to users, groups and roles: ListEntitiesForPolicy pages through all three at once.
    await iam.send(new CreateGroupCommand({ GroupName: 'readers-group' }));
    await iam.send(new AttachGroupPolicyCommand({ GroupName: 'readers-group', PolicyArn: arn }));
    await expectAwsError(iam.send(new AttachGroupPolicyCommand({ GroupName: 'nope', PolicyArn: arn })), 'NoSuchEntityException', 404);
    const users = ['reader-1', 'reader-2', 'reader-3'];
    for (const UserName of users) {
      await iam.send(new CreateUserCommand({ UserName }));
      await iam.send(new AttachUserPolicyCommand({ UserName, PolicyArn: arn }));
    }
    await expectAwsError(iam.send(new AttachUserPolicyCommand({ UserName: 'nope', PolicyArn: arn })), 'NoSuchEntityException', 404);
    await iam.send(new CreateRoleCommand({ RoleName: 'reader-role', AssumeRolePolicyDocument: trust('ec2.amazonaws.com') }));
    await iam.send(new AttachRolePolicyCommand({ RoleName: 'reader-role', PolicyArn: arn }));
    await expectAwsError(iam.send(new AttachRolePolicyCommand({ RoleName: 'nope', PolicyArn: arn })), 'NoSuchEntityException', 404);

    const entities = { groups: [] as string[], users: [] as string[], roles: [] as string[] };
    for await (const page of paginateListEntitiesForPolicy({ client: iam, pageSize: 1 }, { PolicyArn: arn })) {
      entities.groups.push(...(page.PolicyGroups ?? []).map((group) => group.GroupName!));
      entities.users.push(...(page.PolicyUsers ?? []).map((user) => user.UserName!));
      entities.roles.push(...(page.PolicyRoles ?? []).map((role) => role.RoleName!));
    }
    expect(entities).toEqual({ groups: ['readers-group'], users, roles: ['reader-role'] });
    await expectAwsError(iam.send(new ListEntitiesForPolicyCommand({ PolicyArn: `${arn}x` })), 'NoSuchEntityException', 404);
    expect((await iam.send(new ListAttachedGroupPoliciesCommand({ GroupName: 'readers-group' }))).AttachedPolicies?.[0]?.PolicyArn).toBe(arn);
    await expectAwsError(iam.send(new ListAttachedGroupPoliciesCommand({ GroupName: 'nope' })), 'NoSuchEntityException', 404);
    expect((await iam.send(new ListAttachedUserPoliciesCommand({ UserName: 'reader-1' }))).AttachedPolicies?.[0]?.PolicyArn).toBe(arn);
    await expectAwsError(iam.send(new ListAttachedUserPoliciesCommand({ UserName: 'nope' })), 'NoSuchEntityException', 404);

    await expectAwsError(iam.send(new DeletePolicyCommand({ PolicyArn: arn })), 'DeleteConflictException', 409);
    await iam.send(new DetachGroupPolicyCommand({ GroupName: 'readers-group', PolicyArn: arn }));
    await expectAwsError(iam.send(new DetachGroupPolicyCommand({ GroupName: 'readers-group', PolicyArn: arn })), 'NoSuchEntityException', 404);
    for (const UserName of users) await iam.send(new DetachUserPolicyCommand({ UserName, PolicyArn: arn }));
    await expectAwsError(iam.send(new DetachUserPolicyCommand({ UserName: 'reader-1', PolicyArn: arn })), 'NoSuchEntityException', 404);
    await iam.send(new DetachRolePolicyCommand({ RoleName: 'reader-role', PolicyArn: arn }));
    await iam.send(new DeletePolicyCommand({ PolicyArn: arn }));
    await expectAwsError(iam.send(new DeletePolicyCommand({ PolicyArn: arn })), 'NoSuchEntityException', 404);
  });

  it('ListPolicies pages through AWS managed policies with the paginator, each exactly once', async () => {
    const names = Array.from({ length: 12 }, (_, index) => `QueryPagedAccess${String(index).padStart(2, '0')}`);
    for (const name of names) await createAwsManagedPolicy(api.prisma, name, JSON.parse(document('s3:ListBucket')));
    const arns: string[] = [];
    for await (const page of paginateListPolicies({ client: iam, pageSize: 5 }, { Scope: 'AWS' })) arns.push(...(page.Policies ?? []).map((policy) => policy.Arn!));
    expect(arns.filter((arn) => arn.includes(':policy/QueryPagedAccess'))).toEqual(names.map((name) => `arn:aws:iam::aws:policy/${name}`));
    expect(new Set(arns).size).toBe(arns.length);
    const local = await iam.send(new ListPoliciesCommand({ Scope: 'Local', OnlyAttached: false, MaxItems: 1000 }));
    expect(local.IsTruncated).toBe(false);
    await expectAwsError(iam.send(new ListPoliciesCommand({ Scope: 'Everything' as 'All' })), 'ValidationError', 400);
  });
});

describe('inline policies of users and groups through @aws-sdk/client-iam', () => {
  it('PutUserPolicy, GetUserPolicy, ListUserPolicies, DeleteUserPolicy; the same for groups', async () => {
    await iam.send(new CreateUserCommand({ UserName: 'inline-user' }));
    await iam.send(new PutUserPolicyCommand({ UserName: 'inline-user', PolicyName: 'p1', PolicyDocument: document('iam:Get*') }));
    await expectAwsError(iam.send(new PutUserPolicyCommand({ UserName: 'inline-user', PolicyName: 'p2', PolicyDocument: '{' })), 'MalformedPolicyDocumentException', 400);
    const got = await iam.send(new GetUserPolicyCommand({ UserName: 'inline-user', PolicyName: 'p1' }));
    expect(got).toMatchObject({ UserName: 'inline-user', PolicyName: 'p1' });
    expect(JSON.parse(decodeURIComponent(got.PolicyDocument!))).toEqual(JSON.parse(document('iam:Get*')));
    await expectAwsError(iam.send(new GetUserPolicyCommand({ UserName: 'inline-user', PolicyName: 'nope' })), 'NoSuchEntityException', 404);
    expect((await iam.send(new ListUserPoliciesCommand({ UserName: 'inline-user' }))).PolicyNames).toEqual(['p1']);
    await expectAwsError(iam.send(new ListUserPoliciesCommand({ UserName: 'nope' })), 'NoSuchEntityException', 404);
    await iam.send(new DeleteUserPolicyCommand({ UserName: 'inline-user', PolicyName: 'p1' }));
    await expectAwsError(iam.send(new DeleteUserPolicyCommand({ UserName: 'inline-user', PolicyName: 'p1' })), 'NoSuchEntityException', 404);

    await iam.send(new CreateGroupCommand({ GroupName: 'inline-group' }));
    await iam.send(new PutGroupPolicyCommand({ GroupName: 'inline-group', PolicyName: 'g1', PolicyDocument: document('iam:List*') }));
    await expectAwsError(iam.send(new PutGroupPolicyCommand({ GroupName: 'nope', PolicyName: 'g1', PolicyDocument: document('iam:List*') })), 'NoSuchEntityException', 404);
    expect((await iam.send(new GetGroupPolicyCommand({ GroupName: 'inline-group', PolicyName: 'g1' }))).GroupName).toBe('inline-group');
    await expectAwsError(iam.send(new GetGroupPolicyCommand({ GroupName: 'inline-group', PolicyName: 'nope' })), 'NoSuchEntityException', 404);
    expect((await iam.send(new ListGroupPoliciesCommand({ GroupName: 'inline-group' }))).PolicyNames).toEqual(['g1']);
    await expectAwsError(iam.send(new ListGroupPoliciesCommand({ GroupName: 'nope' })), 'NoSuchEntityException', 404);
    await iam.send(new DeleteGroupPolicyCommand({ GroupName: 'inline-group', PolicyName: 'g1' }));
    await expectAwsError(iam.send(new DeleteGroupPolicyCommand({ GroupName: 'inline-group', PolicyName: 'g1' })), 'NoSuchEntityException', 404);
  });
});

describe('permissions boundaries through @aws-sdk/client-iam', () => {
  it('Put/Delete the boundary of a user and of a role', async () => {
    const { Policy } = await iam.send(new CreatePolicyCommand({ PolicyName: 'boundary', PolicyDocument: document('s3:*') }));
    await iam.send(new CreateUserCommand({ UserName: 'bounded' }));
    await iam.send(new PutUserPermissionsBoundaryCommand({ UserName: 'bounded', PermissionsBoundary: Policy!.Arn! }));
    expect((await iam.send(new GetUserCommand({ UserName: 'bounded' }))).User?.PermissionsBoundary).toEqual({
      PermissionsBoundaryType: 'Policy',
      PermissionsBoundaryArn: Policy!.Arn,
    });
    await expectAwsError(
      iam.send(new PutUserPermissionsBoundaryCommand({ UserName: 'bounded', PermissionsBoundary: `arn:aws:iam::${accountId}:policy/nope` })),
      'NoSuchEntityException',
      404,
    );
    await iam.send(new DeleteUserPermissionsBoundaryCommand({ UserName: 'bounded' }));
    expect((await iam.send(new GetUserCommand({ UserName: 'bounded' }))).User?.PermissionsBoundary).toBeUndefined();
    await expectAwsError(iam.send(new DeleteUserPermissionsBoundaryCommand({ UserName: 'nope' })), 'NoSuchEntityException', 404);

    await iam.send(new CreateRoleCommand({ RoleName: 'bounded-role', AssumeRolePolicyDocument: trust('ec2.amazonaws.com') }));
    await iam.send(new PutRolePermissionsBoundaryCommand({ RoleName: 'bounded-role', PermissionsBoundary: Policy!.Arn! }));
    expect((await iam.send(new GetRoleCommand({ RoleName: 'bounded-role' }))).Role?.PermissionsBoundary?.PermissionsBoundaryArn).toBe(Policy!.Arn);
    await expectAwsError(iam.send(new PutRolePermissionsBoundaryCommand({ RoleName: 'nope', PermissionsBoundary: Policy!.Arn! })), 'NoSuchEntityException', 404);
    await iam.send(new DeleteRolePermissionsBoundaryCommand({ RoleName: 'bounded-role' }));
    await expectAwsError(iam.send(new DeleteRolePermissionsBoundaryCommand({ RoleName: 'nope' })), 'NoSuchEntityException', 404);
  });
});

describe('instance profiles through @aws-sdk/client-iam', () => {
  it('create, tag, add a role, list, get, remove and delete', async () => {
    await iam.send(new CreateRoleCommand({ RoleName: 'profile-role', AssumeRolePolicyDocument: trust('ec2.amazonaws.com') }));
    const { InstanceProfile } = await iam.send(new CreateInstanceProfileCommand({ InstanceProfileName: 'web', Path: '/web/' }));
    expect(InstanceProfile).toMatchObject({ InstanceProfileName: 'web', Path: '/web/', Roles: [] });
    await expectAwsError(iam.send(new CreateInstanceProfileCommand({ InstanceProfileName: 'web' })), 'EntityAlreadyExistsException', 409);
    await iam.send(new AddRoleToInstanceProfileCommand({ InstanceProfileName: 'web', RoleName: 'profile-role' }));
    await expectAwsError(iam.send(new AddRoleToInstanceProfileCommand({ InstanceProfileName: 'web', RoleName: 'nope' })), 'NoSuchEntityException', 404);
    const got = await iam.send(new GetInstanceProfileCommand({ InstanceProfileName: 'web' }));
    expect(got.InstanceProfile?.Roles?.map((role) => role.RoleName)).toEqual(['profile-role']);
    expect(JSON.parse(decodeURIComponent(got.InstanceProfile!.Roles![0]!.AssumeRolePolicyDocument!)).Version).toBe('2012-10-17');
    await expectAwsError(iam.send(new GetInstanceProfileCommand({ InstanceProfileName: 'nope' })), 'NoSuchEntityException', 404);
    expect((await iam.send(new ListInstanceProfilesCommand({ PathPrefix: '/web/' }))).InstanceProfiles?.map((profile) => profile.InstanceProfileName)).toEqual(['web']);
    await expectAwsError(iam.send(new ListInstanceProfilesCommand({ PathPrefix: 'bad' })), 'ValidationError', 400);
    expect((await iam.send(new ListInstanceProfilesForRoleCommand({ RoleName: 'profile-role' }))).InstanceProfiles?.[0]?.InstanceProfileName).toBe('web');
    await expectAwsError(iam.send(new ListInstanceProfilesForRoleCommand({ RoleName: 'nope' })), 'NoSuchEntityException', 404);

    await iam.send(new TagInstanceProfileCommand({ InstanceProfileName: 'web', Tags: [{ Key: 't', Value: 'v' }] }));
    expect((await iam.send(new ListInstanceProfileTagsCommand({ InstanceProfileName: 'web' }))).Tags).toEqual([{ Key: 't', Value: 'v' }]);
    await iam.send(new UntagInstanceProfileCommand({ InstanceProfileName: 'web', TagKeys: ['t'] }));
    expect((await iam.send(new ListInstanceProfileTagsCommand({ InstanceProfileName: 'web' }))).Tags).toEqual([]);
    await expectAwsError(iam.send(new TagInstanceProfileCommand({ InstanceProfileName: 'nope', Tags: [{ Key: 't', Value: 'v' }] })), 'NoSuchEntityException', 404);
    await expectAwsError(iam.send(new UntagInstanceProfileCommand({ InstanceProfileName: 'nope', TagKeys: ['t'] })), 'NoSuchEntityException', 404);
    await expectAwsError(iam.send(new ListInstanceProfileTagsCommand({ InstanceProfileName: 'nope' })), 'NoSuchEntityException', 404);

    await expectAwsError(iam.send(new DeleteInstanceProfileCommand({ InstanceProfileName: 'web' })), 'DeleteConflictException', 409);
    await iam.send(new RemoveRoleFromInstanceProfileCommand({ InstanceProfileName: 'web', RoleName: 'profile-role' }));
    await expectAwsError(iam.send(new RemoveRoleFromInstanceProfileCommand({ InstanceProfileName: 'web', RoleName: 'profile-role' })), 'NoSuchEntityException', 404);
    await iam.send(new DeleteInstanceProfileCommand({ InstanceProfileName: 'web' }));
    await expectAwsError(iam.send(new DeleteInstanceProfileCommand({ InstanceProfileName: 'web' })), 'NoSuchEntityException', 404);
  });

  it('ListRoles honours MaxItems and refuses a malformed PathPrefix', async () => {
    const roles = await iam.send(new ListRolesCommand({ MaxItems: 1 }));
    expect(roles.Roles).toHaveLength(1);
    await expectAwsError(iam.send(new ListRolesCommand({ PathPrefix: 'bad' })), 'ValidationError', 400);
  });
});

describe('the policy simulator through @aws-sdk/client-iam', () => {
  it('SimulateCustomPolicy with context entries, and SimulatePrincipalPolicy', async () => {
    const conditional = document('s3:GetObject', { Condition: { StringEquals: { 'aws:PrincipalTag/team': ['blue'] } } });
    const custom = await iam.send(
      new SimulateCustomPolicyCommand({
        PolicyInputList: [conditional],
        ActionNames: ['s3:GetObject', 's3:PutObject'],
        ResourceArns: ['arn:aws:s3:::bucket/key'],
        ContextEntries: [{ ContextKeyName: 'aws:PrincipalTag/team', ContextKeyType: 'string', ContextKeyValues: ['blue'] }],
      }),
    );
    expect(custom.EvaluationResults?.map((result) => [result.EvalActionName, result.EvalDecision])).toEqual([
      ['s3:GetObject', 'allowed'],
      ['s3:PutObject', 'implicitDeny'],
    ]);
    expect(custom.IsTruncated).toBe(false);
    await expectAwsError(
      iam.send(
        new SimulateCustomPolicyCommand({
          PolicyInputList: [conditional],
          ActionNames: ['s3:GetObject'],
          ContextEntries: [{ ContextKeyName: 'aws:PrincipalTag/team', ContextKeyType: 'text' as 'string', ContextKeyValues: ['blue'] }],
        }),
      ),
      'ValidationError',
      400,
    );

    await iam.send(new CreateUserCommand({ UserName: 'simulated' }));
    await iam.send(new PutUserPolicyCommand({ UserName: 'simulated', PolicyName: 'sqs', PolicyDocument: document('sqs:*') }));
    const principal = await iam.send(
      new SimulatePrincipalPolicyCommand({ PolicySourceArn: `arn:aws:iam::${accountId}:user/simulated`, ActionNames: ['sqs:SendMessage', 'sns:Publish'] }),
    );
    expect(principal.EvaluationResults?.map((result) => result.EvalDecision)).toEqual(['allowed', 'implicitDeny']);
    expect(principal.EvaluationResults?.[0]?.MatchedStatements?.[0]?.SourcePolicyType).toBe('user');
    await expectAwsError(
      iam.send(new SimulatePrincipalPolicyCommand({ PolicySourceArn: `arn:aws:iam::${accountId}:user/nope`, ActionNames: ['sqs:SendMessage'] })),
      'NoSuchEntityException',
      404,
    );
  });
});
