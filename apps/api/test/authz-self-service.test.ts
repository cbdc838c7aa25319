import { startTestApi, type TestApi } from './support/test-api';
import { IamWorld } from './auth/iam-world';
import { SignedGraphQLClient } from './auth/signed-client';

// AWS's documented self-service policy: every user may manage their own access keys and MFA device, and nobody
// else's, through `${aws:username}` in the resource ARN.

let api: TestApi;
let world: IamWorld;
let home: Awaited<ReturnType<IamWorld['account']>>;

const selfService = (accountId: string) => ({
  Version: '2012-10-17',
  Statement: [
    {
      Sid: 'ManageOwnAccessKeys',
      Effect: 'Allow',
      Action: ['iam:CreateAccessKey', 'iam:DeleteAccessKey', 'iam:ListAccessKeys', 'iam:UpdateAccessKey', 'iam:GetAccessKeyLastUsed'],
      Resource: `arn:aws:iam::${accountId}:user/\${aws:username}`,
    },
    {
      Sid: 'ManageOwnMfa',
      Effect: 'Allow',
      Action: ['iam:CreateVirtualMFADevice', 'iam:DeleteVirtualMFADevice'],
      Resource: `arn:aws:iam::${accountId}:mfa/\${aws:username}`,
    },
    {
      Sid: 'EnableOwnMfa',
      Effect: 'Allow',
      Action: ['iam:EnableMFADevice', 'iam:DeactivateMFADevice', 'iam:ListMFADevices'],
      Resource: `arn:aws:iam::${accountId}:user/\${aws:username}`,
    },
  ],
});

beforeAll(async () => {
  api = await startTestApi();
  world = new IamWorld(api);
  home = await world.account();
  const policyArn = await world.attachManaged(home.accountId, (await world.user(home.accountId, 'kim')).id, 'SelfService', selfService(home.accountId));
  const lee = await world.user(home.accountId, 'lee');
  const policy = await api.prisma.managedPolicy.findUniqueOrThrow({ where: { arn: policyArn } });
  await api.prisma.userPolicyAttachment.create({ data: { userId: lee.id, policyId: policy.id } });
});
afterAll(() => api.stop());

const createAccessKey = 'mutation ($input: CreateAccessKeyInput) { createAccessKey(input: $input) { accessKeyId secretAccessKey } }';
const listAccessKeys = 'query ($userName: String) { listAccessKeys(userName: $userName) { totalCount } }';
const createMfa = 'mutation ($name: String!) { createVirtualMFADevice(input: { virtualMFADeviceName: $name }) { serialNumber } }';

describe('${aws:username} self-service', () => {
  it('lets a user create, list and use their own access keys, signed with a key of their own', async () => {
    const kim = await world.session(home.accountId, 'kim');
    const { createAccessKey: key } = await kim.data(createAccessKey, { input: null });
    expect((await kim.data(listAccessKeys, {})).listAccessKeys.totalCount).toBe(1);

    const signed = new SignedGraphQLClient(api.graphqlUrl, key);
    expect((await signed.data(createAccessKey, { input: { userName: 'kim' } })).createAccessKey.accessKeyId).toMatch(/^AKIA/);
    expect((await signed.data(listAccessKeys, { userName: 'kim' })).listAccessKeys.totalCount).toBe(2);
  });

  it('refuses the same actions on another user\'s keys, naming that user\'s ARN', async () => {
    const kim = await world.session(home.accountId, 'kim');
    for (const [document, variables] of [
      [createAccessKey, { input: { userName: 'lee' } }],
      [listAccessKeys, { userName: 'lee' }],
    ] as const) {
      const error = await kim.error(document, variables);
      expect(error.extensions.code).toBe('AccessDenied');
      expect(error.message).toContain(`on resource: arn:aws:iam::${home.accountId}:user/lee because no identity-based policy allows`);
    }
    expect(await api.prisma.accessKey.count({ where: { user: { userName: 'lee' } } })).toBe(0);
  });

  it('lets a user create an MFA device named after themselves only', async () => {
    const lee = await world.session(home.accountId, 'lee');
    expect((await lee.data(createMfa, { name: 'lee' })).createVirtualMFADevice.serialNumber).toBe(`arn:aws:iam::${home.accountId}:mfa/lee`);
    const other = await lee.error(createMfa, { name: 'kim' });
    expect(other.message).toContain(`on resource: arn:aws:iam::${home.accountId}:mfa/kim`);
    expect((await lee.error('mutation { deleteUser(input: { userName: "kim" }) }')).extensions.code).toBe('AccessDenied');
  });
});
