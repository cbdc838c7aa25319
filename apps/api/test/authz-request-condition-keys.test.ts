import { IamWorld } from './auth/iam-world';
import { allow, createManagedPolicy } from './authz/iam-fixtures';
import type { GraphQLClient } from './support/graphql-client';
import { startTestApi, type TestApi } from './support/test-api';

// The condition keys an operation adds from its own arguments, in AWS's delegation patterns: attach only an approved
// policy (iam:PolicyARN), create users only under a given permissions boundary (iam:PermissionsBoundary).

let api: TestApi;
let world: IamWorld;
let accountId: string;
let approved: string;
let other: string;

const attachUserPolicy = 'mutation ($input: UserPolicyAttachmentInput!) { attachUserPolicy(input: $input) { arn } }';
const createUser = 'mutation ($input: CreateUserInput!) { createUser(input: $input) { userName } }';
const putBoundary = 'mutation ($input: PutUserPermissionsBoundaryInput!) { putUserPermissionsBoundary(input: $input) { userName } }';

beforeAll(async () => {
  api = await startTestApi();
  world = new IamWorld(api);
  accountId = (await world.account()).accountId;
  approved = (await createManagedPolicy(api.prisma, accountId, 'Approved', [allow('iam:GetUser')])).arn;
  other = (await createManagedPolicy(api.prisma, accountId, 'Other', [allow('*')])).arn;
  await world.user(accountId, 'target');
});
afterAll(() => api.stop());

describe('iam:PolicyARN on AttachUserPolicy', () => {
  it('lets a delegate attach the approved policy and no other', async () => {
    await world.user(accountId, 'attacher', { AttachApproved: allow('iam:AttachUserPolicy', '*', { Condition: { ArnEquals: { 'iam:PolicyARN': approved } } }) });
    const attacher: GraphQLClient = await world.session(accountId, 'attacher');
    const refused = await attacher.error(attachUserPolicy, { input: { userName: 'target', policyArn: other } });
    expect(refused.message).toMatch(/not authorized to perform: iam:AttachUserPolicy/);
    expect((await attacher.data(attachUserPolicy, { input: { userName: 'target', policyArn: approved } })).attachUserPolicy.arn).toBe(approved);
    const attached = await api.prisma.userPolicyAttachment.findMany({ where: { user: { accountId, userName: 'target' } }, include: { policy: true } });
    expect(attached.map((attachment) => attachment.policy.arn)).toEqual([approved]);
  });
});

describe('iam:PermissionsBoundary on CreateUser and PutUserPermissionsBoundary', () => {
  it('lets a delegate create users only with the approved boundary, and set no other', async () => {
    const underBoundary = { Condition: { StringEquals: { 'iam:PermissionsBoundary': approved } } };
    await world.user(accountId, 'creator', { CreateBounded: allow(['iam:CreateUser', 'iam:PutUserPermissionsBoundary'], '*', underBoundary) });
    const creator = await world.session(accountId, 'creator');

    for (const input of [{ userName: 'unbounded' }, { userName: 'other-bound', permissionsBoundary: other }]) {
      expect((await creator.error(createUser, { input })).message).toMatch(/not authorized to perform: iam:CreateUser/);
    }
    await creator.data(createUser, { input: { userName: 'bounded', permissionsBoundary: approved } });
    expect(await api.prisma.user.count({ where: { accountId, userName: { in: ['unbounded', 'other-bound', 'bounded'] } } })).toBe(1);

    const widen = await creator.error(putBoundary, { input: { userName: 'bounded', permissionsBoundary: other } });
    expect(widen.message).toMatch(/not authorized to perform: iam:PutUserPermissionsBoundary/);
    await creator.data(putBoundary, { input: { userName: 'bounded', permissionsBoundary: approved } });
  });
});
