import { generateTotpCode, loadServerKey, SecretBox } from '@gatehouse/credentials';
import { createRootAccount, startTestApi, type RootAccount, type TestApi } from './support/test-api';
import { GraphQLClient } from './support/graphql-client';

let api: TestApi;
let root: RootAccount;
let client: GraphQLClient;

beforeAll(async () => {
  api = await startTestApi();
  root = await createRootAccount(api.prisma);
  client = new GraphQLClient(api.graphqlUrl);
  await client.signIn(root.email, root.password);
  for (const userName of ['alice', 'bob']) {
    await client.data('mutation ($input: CreateUserInput!) { createUser(input: $input) { userId } }', { input: { userName } });
  }
});
afterAll(() => api.stop());

const createDevice = `mutation ($input: CreateVirtualMFADeviceInput!) {
  createVirtualMFADevice(input: $input) { serialNumber base32StringSeed qrCodeUri enableDate assignedToRootUser user { userName } }
}`;
const enable = `mutation ($input: EnableMFADeviceInput!) { enableMFADevice(input: $input) { userName serialNumber enableDate } }`;
const deactivate = `mutation ($input: DeactivateMFADeviceInput!) { deactivateMFADevice(input: $input) }`;
const deleteDevice = `mutation ($input: DeleteVirtualMFADeviceInput!) { deleteVirtualMFADevice(input: $input) }`;
const listVirtual = `query ($assignmentStatus: AssignmentStatusType) {
  listVirtualMFADevices(assignmentStatus: $assignmentStatus) { totalCount edges { node { serialNumber enableDate assignedToRootUser user { userName } } } }
}`;
const listForUser = `query ($userName: String) { listMFADevices(userName: $userName) { edges { node { userName serialNumber enableDate } } } }`;

/** Two consecutive codes, as a user reads them off the app across two 30-second steps. */
function consecutiveCodes(seed: string) {
  const now = Date.now();
  return { authenticationCode1: generateTotpCode(seed, new Date(now - 30_000)), authenticationCode2: generateTotpCode(seed, new Date(now)) };
}

async function newDevice(virtualMFADeviceName: string) {
  return (await client.data(createDevice, { input: { virtualMFADeviceName } })).createVirtualMFADevice;
}

describe('createVirtualMFADevice', () => {
  it('returns the seed and otpauth URI once, stores the seed only sealed, and audits neither', async () => {
    const device = await client.data(createDevice, { input: { virtualMFADeviceName: 'alice-phone', path: '/staff/' } });
    const created = device.createVirtualMFADevice;
    expect(created).toMatchObject({
      serialNumber: `arn:aws:iam::${root.accountId}:mfa/staff/alice-phone`,
      enableDate: null,
      assignedToRootUser: false,
      user: null,
    });
    expect(created.base32StringSeed).toMatch(/^[A-Z2-7]{32}$/);
    const uri = new URL(created.qrCodeUri);
    expect(uri.protocol).toBe('otpauth:');
    expect(uri.searchParams.get('secret')).toBe(created.base32StringSeed);
    expect(uri.searchParams.get('issuer')).toBe('Gatehouse');

    const row = await api.prisma.virtualMfaDevice.findUniqueOrThrow({ where: { serialNumber: created.serialNumber } });
    expect(row.seedSealed).not.toContain(created.base32StringSeed);
    expect(new SecretBox((await loadServerKey()).key).unseal(row.seedSealed, created.serialNumber)).toBe(created.base32StringSeed);
    const events = await api.prisma.auditEvent.findMany({ where: { eventName: 'CreateVirtualMFADevice' } });
    expect(events).toHaveLength(1);
    expect(JSON.stringify(events)).not.toContain(created.base32StringSeed);
    expect(JSON.stringify(api.logs)).not.toContain(created.base32StringSeed);
  });

  it('refuses a name that exists in any case (EntityAlreadyExists)', async () => {
    await newDevice('shared');
    const error = await client.error(createDevice, { input: { virtualMFADeviceName: 'SHARED' } });
    expect(error.extensions.code).toBe('EntityAlreadyExists');
  });
});

describe('enableMFADevice', () => {
  it('assigns the device to the user after two consecutive codes', async () => {
    const device = await newDevice('bob-phone');
    const stepBefore = Math.floor(Date.now() / 30_000);
    const result = await client.data(enable, { input: { userName: 'bob', serialNumber: device.serialNumber, ...consecutiveCodes(device.base32StringSeed) } });
    expect(result.enableMFADevice).toMatchObject({ userName: 'bob', serialNumber: device.serialNumber });
    const listed = (await client.data(listForUser, { userName: 'bob' })).listMFADevices;
    expect(listed.edges.map((edge: any) => edge.node.serialNumber)).toEqual([device.serialNumber]);
    const row = await api.prisma.virtualMfaDevice.findUniqueOrThrow({ where: { serialNumber: device.serialNumber } });
    // The second code's step, kept so that neither code works again at sign-in.
    expect(row.lastTimeStep).toBeGreaterThanOrEqual(stepBefore - 1);
    expect(row.lastTimeStep).toBeLessThanOrEqual(Math.floor(Date.now() / 30_000));
  });

  it('refuses wrong or non-consecutive codes (InvalidAuthenticationCode) and leaves the device unassigned', async () => {
    const device = await newDevice('alice-key');
    const code = generateTotpCode(device.base32StringSeed);
    const same = await client.error(enable, {
      input: { userName: 'alice', serialNumber: device.serialNumber, authenticationCode1: code, authenticationCode2: code },
    });
    expect(same.extensions.code).toBe('InvalidAuthenticationCode');
    const wrong = await client.error(enable, {
      input: { userName: 'alice', serialNumber: device.serialNumber, authenticationCode1: '000000', authenticationCode2: '111111' },
    });
    expect(wrong.extensions.code).toBe('InvalidAuthenticationCode');
    expect((await api.prisma.virtualMfaDevice.findUniqueOrThrow({ where: { serialNumber: device.serialNumber } })).userId).toBeNull();
  });

  it('refuses a device already in use, a second device for a user, and unknown devices', async () => {
    const inUse = (await client.data(listForUser, { userName: 'bob' })).listMFADevices.edges[0].node.serialNumber;
    const codes = { authenticationCode1: '123456', authenticationCode2: '654321' };
    expect((await client.error(enable, { input: { userName: 'alice', serialNumber: inUse, ...codes } })).extensions.code).toBe('EntityAlreadyExists');
    const spare = await newDevice('bob-spare');
    const second = await client.error(enable, { input: { userName: 'bob', serialNumber: spare.serialNumber, ...consecutiveCodes(spare.base32StringSeed) } });
    expect(second.extensions.code).toBe('LimitExceeded');
    const unknown = await client.error(enable, { input: { userName: 'bob', serialNumber: `arn:aws:iam::${root.accountId}:mfa/none`, ...codes } });
    expect(unknown.extensions.code).toBe('NoSuchEntity');
  });

  it('enables the root user’s MFA when the root user names no user', async () => {
    const device = await newDevice('root-token');
    const result = await client.data(enable, { input: { serialNumber: device.serialNumber, ...consecutiveCodes(device.base32StringSeed) } });
    expect(result.enableMFADevice.userName).toBeNull();
    const account = await api.prisma.account.findUniqueOrThrow({ where: { id: root.accountId } });
    expect(account.rootMfaSerialNumber).toBe(device.serialNumber);
    const own = (await client.data(listForUser, {})).listMFADevices.edges.map((edge: any) => edge.node.serialNumber);
    expect(own).toEqual([device.serialNumber]);
  });
});

describe('listVirtualMFADevices', () => {
  it('filters by assignment status', async () => {
    const nodes = async (assignmentStatus: string) =>
      (await client.data(listVirtual, { assignmentStatus })).listVirtualMFADevices.edges.map((edge: any) => edge.node);
    const assigned = await nodes('Assigned');
    expect(assigned.map((node: any) => node.serialNumber).sort()).toEqual(
      [`arn:aws:iam::${root.accountId}:mfa/bob-phone`, `arn:aws:iam::${root.accountId}:mfa/root-token`].sort(),
    );
    expect(assigned.find((node: any) => node.user?.userName === 'bob').enableDate).not.toBeNull();
    expect(assigned.find((node: any) => node.assignedToRootUser).user).toBeNull();
    const unassigned = (await nodes('Unassigned')).map((node: any) => node.serialNumber);
    expect(unassigned).toContain(`arn:aws:iam::${root.accountId}:mfa/staff/alice-phone`);
    expect(unassigned).not.toContain(`arn:aws:iam::${root.accountId}:mfa/bob-phone`);
    expect((await nodes('Any')).length).toBe(assigned.length + unassigned.length);
  });
});

describe('deactivateMFADevice and deleteVirtualMFADevice', () => {
  it('refuses to delete an enabled device (DeleteConflict), deactivates it, then deletes it', async () => {
    const serialNumber = `arn:aws:iam::${root.accountId}:mfa/bob-phone`;
    expect((await client.error(deleteDevice, { input: { serialNumber } })).extensions.code).toBe('DeleteConflict');
    const userDelete = await client.error('mutation { deleteUser(input: { userName: "bob" }) }');
    expect(userDelete.extensions.conflicts).toContain('MFADevice');

    const wrongOwner = await client.error(deactivate, { input: { userName: 'alice', serialNumber } });
    expect(wrongOwner.extensions.code).toBe('NoSuchEntity');
    expect(await client.data(deactivate, { input: { userName: 'bob', serialNumber } })).toEqual({ deactivateMFADevice: true });
    expect((await client.data(listForUser, { userName: 'bob' })).listMFADevices.edges).toEqual([]);
    expect(await client.data(deleteDevice, { input: { serialNumber } })).toEqual({ deleteVirtualMFADevice: true });
    expect(await api.prisma.virtualMfaDevice.findUnique({ where: { serialNumber } })).toBeNull();
  });

  it('deactivates the root user’s device', async () => {
    const serialNumber = `arn:aws:iam::${root.accountId}:mfa/root-token`;
    await client.data(deactivate, { input: { serialNumber } });
    expect((await api.prisma.account.findUniqueOrThrow({ where: { id: root.accountId } })).rootMfaSerialNumber).toBeNull();
  });
});
