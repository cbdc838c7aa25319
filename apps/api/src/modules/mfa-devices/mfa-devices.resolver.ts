import { mfaDeviceArn } from '@gatehouse/db';
import { Arg, Args, Ctx, Mutation, Query, Resolver } from 'type-graphql';
import { requireCaller, type Caller } from '../../principals/caller';
import { IamOperation } from '../../authz/iam-operation';
import type { RequestContext } from '../../context';
import { connectionComplexity } from '../../graphql/complexity';
import type { Page } from '../../graphql/connections';
import { credentialOwnerArn, credentialOwnerName } from '../credential-owner';
import { CreatedVirtualMFADevice, MFADevice, MFADeviceConnection, VirtualMFADevice, VirtualMFADeviceConnection } from './mfa-device.type';
import {
  CreateVirtualMFADeviceInput,
  DeactivateMFADeviceInput,
  DeleteVirtualMFADeviceInput,
  EnableMFADeviceInput,
  ListMFADevicesArgs,
  ListVirtualMFADevicesArgs,
} from './mfa-devices.inputs';
import * as mfaDevices from './mfa-devices.service';

/** AWS: enabling, deactivating and listing a user's devices take the user as the resource (the root user for root MFA). */
function ownerArn(ctx: RequestContext, caller: Caller, userName: string | null | undefined): Promise<string> {
  return credentialOwnerArn(ctx, caller.accountId, credentialOwnerName(caller, userName));
}

@Resolver()
export class MfaDevicesResolver {
  @Mutation(() => CreatedVirtualMFADevice, { description: 'The seed and its otpauth:// URI are in this response only.' })
  @IamOperation<{ input: CreateVirtualMFADeviceInput }>('iam:CreateVirtualMFADevice', ({ args, caller }) =>
    mfaDeviceArn(caller.accountId, args.input.path ?? '/', args.input.virtualMFADeviceName),
  )
  createVirtualMFADevice(
    @Arg('input', () => CreateVirtualMFADeviceInput) input: CreateVirtualMFADeviceInput,
    @Ctx() ctx: RequestContext,
  ): Promise<CreatedVirtualMFADevice> {
    return mfaDevices.createVirtualMFADevice(ctx, requireCaller(ctx.caller).accountId, input);
  }

  @Mutation(() => MFADevice)
  @IamOperation<{ input: EnableMFADeviceInput }>('iam:EnableMFADevice', ({ args, caller, ctx }) => ownerArn(ctx, caller, args.input.userName))
  enableMFADevice(@Arg('input', () => EnableMFADeviceInput) input: EnableMFADeviceInput, @Ctx() ctx: RequestContext): Promise<MFADevice> {
    const caller = requireCaller(ctx.caller);
    return mfaDevices.enableMFADevice(ctx, caller.accountId, credentialOwnerName(caller, input.userName), input);
  }

  @Mutation(() => Boolean, { description: 'True once the device is unassigned; it still exists until deleted.' })
  @IamOperation<{ input: DeactivateMFADeviceInput }>('iam:DeactivateMFADevice', ({ args, caller, ctx }) => ownerArn(ctx, caller, args.input.userName))
  async deactivateMFADevice(@Arg('input', () => DeactivateMFADeviceInput) input: DeactivateMFADeviceInput, @Ctx() ctx: RequestContext): Promise<boolean> {
    const caller = requireCaller(ctx.caller);
    await mfaDevices.deactivateMFADevice(ctx, caller.accountId, credentialOwnerName(caller, input.userName), input.serialNumber);
    return true;
  }

  @Mutation(() => Boolean, { description: 'True once the device is deleted.' })
  @IamOperation<{ input: DeleteVirtualMFADeviceInput }>('iam:DeleteVirtualMFADevice', ({ args }) => args.input.serialNumber)
  async deleteVirtualMFADevice(@Arg('input', () => DeleteVirtualMFADeviceInput) input: DeleteVirtualMFADeviceInput, @Ctx() ctx: RequestContext): Promise<boolean> {
    await mfaDevices.deleteVirtualMFADevice(ctx, requireCaller(ctx.caller).accountId, input.serialNumber);
    return true;
  }

  @Query(() => VirtualMFADeviceConnection, { complexity: connectionComplexity })
  @IamOperation('iam:ListVirtualMFADevices', () => '*')
  listVirtualMFADevices(@Args(() => ListVirtualMFADevicesArgs) args: ListVirtualMFADevicesArgs, @Ctx() ctx: RequestContext): Promise<Page<VirtualMFADevice>> {
    return mfaDevices.listVirtualMFADevices(ctx, requireCaller(ctx.caller).accountId, args);
  }

  @Query(() => MFADeviceConnection, { complexity: connectionComplexity })
  @IamOperation<ListMFADevicesArgs>('iam:ListMFADevices', ({ args, caller, ctx }) => ownerArn(ctx, caller, args.userName))
  listMFADevices(@Args(() => ListMFADevicesArgs) args: ListMFADevicesArgs, @Ctx() ctx: RequestContext): Promise<Page<MFADevice>> {
    const caller = requireCaller(ctx.caller);
    return mfaDevices.listMFADevices(ctx, caller.accountId, credentialOwnerName(caller, args.userName), args);
  }
}
