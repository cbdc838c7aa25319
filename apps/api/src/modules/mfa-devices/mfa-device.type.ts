import { Field, ObjectType, registerEnumType } from 'type-graphql';
import { Connection } from '../../graphql/connections';
import { DateTime } from '../../graphql/scalars';
import { User } from '../users/user.type';

/** AWS's `AssignmentStatusType` for ListVirtualMFADevices. */
export enum AssignmentStatus {
  Assigned = 'Assigned',
  Unassigned = 'Unassigned',
  Any = 'Any',
}
registerEnumType(AssignmentStatus, { name: 'AssignmentStatusType' });

/** AWS's `VirtualMFADevice`, without its seed: only CreateVirtualMFADevice ever shows that. */
@ObjectType()
export class VirtualMFADevice {
  @Field(() => String, { description: 'The device ARN, arn:aws:iam::ACCOUNT:mfa/PATH/NAME.' })
  serialNumber!: string;

  @Field(() => User, { nullable: true, description: 'The IAM user the device is enabled for; null when unassigned or the root user’s.' })
  user!: User | null;

  @Field(() => Boolean, { description: 'True while the device is enabled for the account’s root user.' })
  assignedToRootUser!: boolean;

  @Field(() => DateTime, { nullable: true })
  enableDate!: Date | null;
}

export const VirtualMFADeviceConnection = Connection(VirtualMFADevice, 'VirtualMFADevice');

/** CreateVirtualMFADevice's result: the seed, once, for the authenticator app. */
@ObjectType()
export class CreatedVirtualMFADevice extends VirtualMFADevice {
  @Field(() => String, { description: 'The TOTP seed in base32. Shown only in this response.' })
  base32StringSeed!: string;

  @Field(() => String, { description: 'The otpauth://totp/ URI with the seed, for the console to draw as a QR code. Shown only in this response.' })
  qrCodeUri!: string;
}

/** AWS's `MFADevice`: a device enabled for a user, as ListMFADevices returns it. */
@ObjectType()
export class MFADevice {
  @Field(() => String, { nullable: true, description: 'Null for the root user’s device.' })
  userName!: string | null;

  @Field(() => String)
  serialNumber!: string;

  @Field(() => DateTime)
  enableDate!: Date;
}

export const MFADeviceConnection = Connection(MFADevice, 'MFADevice');
