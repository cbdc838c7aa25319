import { generateTotpSeed, totpUri, verifyConsecutiveTotpCodes } from '@gatehouse/credentials';
import { mfaDeviceArn, type Prisma, type User as UserRow, type VirtualMfaDevice as VirtualMfaDeviceRow } from '@gatehouse/db';
import { auditedTransaction, type Tx } from '../../audit/audited-transaction';
import type { RequestContext } from '../../context';
import { entityAlreadyExists, IamError, limitExceeded } from '../../errors/iam-error';
import { paginate, type Page } from '../../graphql/connections';
import { credentialOwnerParameters, requireCredentialOwner, type CredentialOwner, type CredentialOwnerName } from '../credential-owner';
import { AssignmentStatus, type CreatedVirtualMFADevice, type MFADevice, type VirtualMFADevice } from './mfa-device.type';
import type { CreateVirtualMFADeviceInput } from './mfa-devices.inputs';

/** The name authenticator apps show above the codes. */
const totpIssuer = 'Gatehouse';

type DeviceRow = VirtualMfaDeviceRow & { user: UserRow | null; rootAccount: { id: string } | null };
const withAssignment = { user: true, rootAccount: { select: { id: true } } } satisfies Prisma.VirtualMfaDeviceInclude;

function noSuchDevice(serialNumber: string): IamError {
  return new IamError('NoSuchEntity', `VirtualMFADevice with serial number ${serialNumber} doesn't exist.`);
}

/**
 * AWS CreateVirtualMFADevice: a new unassigned device. Its seed is generated here, sealed under the server key with
 * the serial number as context, and returned once with the otpauth:// URI for the QR code; the audit event has neither.
 */
export async function createVirtualMFADevice(
  ctx: RequestContext,
  accountId: string,
  input: CreateVirtualMFADeviceInput,
): Promise<CreatedVirtualMFADevice> {
  const path = input.path ?? '/';
  const serialNumber = mfaDeviceArn(accountId, path, input.virtualMFADeviceName);
  const seed = generateTotpSeed();
  const { device, accountLabel } = await auditedTransaction(
    ctx,
    { eventName: 'CreateVirtualMFADevice', resources: [serialNumber], requestParameters: { ...input, path } },
    async (tx) => {
      const existing = await tx.virtualMfaDevice.findUnique({
        where: { accountId_deviceName: { accountId, deviceName: input.virtualMFADeviceName } },
      });
      if (existing) throw entityAlreadyExists('MFA device', input.virtualMFADeviceName);
      const account = await tx.account.findUniqueOrThrow({ where: { id: accountId }, select: { alias: true } });
      const created = await tx.virtualMfaDevice.create({
        data: { serialNumber, accountId, path, deviceName: input.virtualMFADeviceName, seedSealed: ctx.secretBox.seal(seed, serialNumber) },
        include: withAssignment,
      });
      return { device: created, accountLabel: account.alias ?? accountId };
    },
  );
  return {
    ...toVirtualMFADevice(device),
    base32StringSeed: seed,
    qrCodeUri: totpUri({ seedBase32: seed, issuer: totpIssuer, accountName: `${device.deviceName}@${accountLabel}` }),
  };
}

/**
 * AWS EnableMFADevice: assigns an unassigned device to a user (or the root user) once two consecutive codes prove
 * the app holds the seed. The later code's time step is kept, so neither code is accepted again at sign-in.
 */
export function enableMFADevice(
  ctx: RequestContext,
  accountId: string,
  ownerName: CredentialOwnerName,
  input: { serialNumber: string; authenticationCode1: string; authenticationCode2: string },
): Promise<MFADevice> {
  return auditedTransaction<MFADevice & { ownerArn: string }>(
    ctx,
    {
      eventName: 'EnableMFADevice',
      resources: (device) => [device.ownerArn, device.serialNumber],
      requestParameters: { ...credentialOwnerParameters(ownerName), serialNumber: input.serialNumber },
    },
    async (tx) => {
      const owner = await requireCredentialOwner(tx, accountId, ownerName);
      const device = await requireDevice(tx, accountId, input.serialNumber);
      if (device.userId !== null || device.rootAccount !== null) throw new IamError('EntityAlreadyExists', 'MFA Device is already in use.');
      if (await ownerDevice(tx, accountId, owner)) throw limitExceeded('MFADevicesPerUser', 1);
      const verification = verifyConsecutiveTotpCodes({
        seedBase32: ctx.secretBox.unseal(device.seedSealed, device.serialNumber),
        code1: input.authenticationCode1,
        code2: input.authenticationCode2,
      });
      if (!verification.valid) throw new IamError('InvalidAuthenticationCode', 'Authentication code for device is not valid.');
      const enableDate = new Date();
      await tx.virtualMfaDevice.update({
        where: { serialNumber: device.serialNumber },
        data: { userId: owner.userId, enableDate, lastTimeStep: verification.timeStep },
      });
      if (owner.userId === null) await tx.account.update({ where: { id: accountId }, data: { rootMfaSerialNumber: device.serialNumber } });
      return { userName: owner.userName, serialNumber: device.serialNumber, enableDate, ownerArn: owner.arn };
    },
  );
}

/** AWS DeactivateMFADevice: the device is unassigned (and kept); NoSuchEntity unless it is this owner's. */
export async function deactivateMFADevice(
  ctx: RequestContext,
  accountId: string,
  ownerName: CredentialOwnerName,
  serialNumber: string,
): Promise<void> {
  await auditedTransaction<CredentialOwner>(
    ctx,
    { eventName: 'DeactivateMFADevice', resources: (owner) => [owner.arn, serialNumber], requestParameters: { ...credentialOwnerParameters(ownerName), serialNumber } },
    async (tx) => {
      const owner = await requireCredentialOwner(tx, accountId, ownerName);
      const device = await ownerDevice(tx, accountId, owner);
      if (!device || device.serialNumber !== serialNumber) throw noSuchDevice(serialNumber);
      if (owner.userId === null) await tx.account.update({ where: { id: accountId }, data: { rootMfaSerialNumber: null } });
      await tx.virtualMfaDevice.update({ where: { serialNumber }, data: { userId: null, enableDate: null } });
      return owner;
    },
  );
}

/** AWS DeleteVirtualMFADevice: only an unassigned device can be deleted (DeleteConflict otherwise). */
export async function deleteVirtualMFADevice(ctx: RequestContext, accountId: string, serialNumber: string): Promise<void> {
  await auditedTransaction(
    ctx,
    { eventName: 'DeleteVirtualMFADevice', resources: [serialNumber], requestParameters: { serialNumber } },
    async (tx) => {
      const device = await requireDevice(tx, accountId, serialNumber);
      if (device.userId !== null || device.rootAccount !== null) {
        throw new IamError('DeleteConflict', 'MFA device cannot be deleted while it is enabled; deactivate it first.', { conflicts: ['MFADevice'] });
      }
      await tx.virtualMfaDevice.delete({ where: { serialNumber } });
    },
  );
}

/** AWS ListVirtualMFADevices: the account's devices, filtered by assignment, without seeds. */
export function listVirtualMFADevices(
  ctx: RequestContext,
  accountId: string,
  options: { assignmentStatus: AssignmentStatus; first: number; after?: string | null },
): Promise<Page<VirtualMFADevice>> {
  const assigned = { OR: [{ userId: { not: null } }, { rootAccount: { isNot: null } }] } satisfies Prisma.VirtualMfaDeviceWhereInput;
  const where: Prisma.VirtualMfaDeviceWhereInput = {
    accountId,
    ...(options.assignmentStatus === AssignmentStatus.Assigned ? assigned : {}),
    ...(options.assignmentStatus === AssignmentStatus.Unassigned ? { NOT: assigned } : {}),
  };
  return paginateDevices(ctx, where, options, toVirtualMFADevice);
}

/** AWS ListMFADevices: the MFA devices enabled for a user (or the root user). */
export async function listMFADevices(
  ctx: RequestContext,
  accountId: string,
  ownerName: CredentialOwnerName,
  options: { first: number; after?: string | null },
): Promise<Page<MFADevice>> {
  const owner = await requireCredentialOwner(ctx.prisma, accountId, ownerName);
  const where: Prisma.VirtualMfaDeviceWhereInput =
    owner.userId === null ? { accountId, rootAccount: { isNot: null } } : { accountId, userId: owner.userId };
  return paginateDevices(ctx, where, options, (row) => ({ userName: owner.userName, serialNumber: row.serialNumber, enableDate: row.enableDate ?? row.createDate }));
}

async function paginateDevices<TNode>(
  ctx: RequestContext,
  where: Prisma.VirtualMfaDeviceWhereInput,
  options: { first: number; after?: string | null },
  toNode: (row: DeviceRow) => TNode,
): Promise<Page<TNode>> {
  const page = await paginate<DeviceRow, string>({
    first: options.first,
    after: options.after,
    isKey: (value): value is string => typeof value === 'string',
    keyOf: (row) => row.serialNumber,
    fetch: (limit, afterSerial) =>
      ctx.prisma.virtualMfaDevice.findMany({
        where: { AND: [where, afterSerial === undefined ? {} : { serialNumber: { gt: afterSerial } }] },
        orderBy: { serialNumber: 'asc' },
        take: limit,
        include: withAssignment,
      }),
    countTotal: () => ctx.prisma.virtualMfaDevice.count({ where }),
  });
  return { ...page, edges: page.edges.map((edge) => ({ cursor: edge.cursor, node: toNode(edge.node) })) };
}

async function requireDevice(tx: Tx, accountId: string, serialNumber: string): Promise<DeviceRow> {
  const device = await tx.virtualMfaDevice.findFirst({ where: { serialNumber, accountId }, include: withAssignment });
  if (!device) throw noSuchDevice(serialNumber);
  return device;
}

/** The device enabled for an owner: a user's through VirtualMfaDevice.userId, the root user's through the account. */
function ownerDevice(tx: Tx, accountId: string, owner: CredentialOwner): Promise<VirtualMfaDeviceRow | null> {
  return owner.userId === null
    ? tx.virtualMfaDevice.findFirst({ where: { accountId, rootAccount: { isNot: null } } })
    : tx.virtualMfaDevice.findUnique({ where: { userId: owner.userId } });
}

function toVirtualMFADevice(row: DeviceRow): VirtualMFADevice {
  return { serialNumber: row.serialNumber, user: row.user, assignedToRootUser: row.rootAccount !== null, enableDate: row.enableDate };
}
