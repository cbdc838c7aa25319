import { nameRules } from '@gatehouse/iam-names';
import { ArgsType, Field, InputType } from 'type-graphql';
import { AwsName, AwsLength, AwsPath, AwsPattern } from '../../graphql/aws-constraints';
import { ConnectionArgs } from '../../graphql/connections';
import { AssignmentStatus } from './mfa-device.type';

// AWS limits: VirtualMFADeviceName 1–226 of [\w+=,.@-]; SerialNumber 9–256 of [\w+=/:,.@-]; codes are 6 digits.
function SerialNumber(): PropertyDecorator {
  return (target, propertyKey) => {
    AwsLength(9, 256)(target, propertyKey);
    AwsPattern('[\\w+=/:,.@-]+')(target, propertyKey);
  };
}

function AuthenticationCode(): PropertyDecorator {
  return (target, propertyKey) => {
    AwsLength(6, 6)(target, propertyKey);
    AwsPattern('[\\d]+')(target, propertyKey);
  };
}

@InputType()
export class CreateVirtualMFADeviceInput {
  @Field(() => String)
  @AwsName(nameRules.virtualMFADeviceName)
  virtualMFADeviceName!: string;

  @Field(() => String, { nullable: true, description: 'Defaults to `/`.' })
  @AwsPath()
  path?: string;
}

@InputType()
export class EnableMFADeviceInput {
  @Field(() => String, { nullable: true, description: 'Omitted: the caller (the root user: the root user’s MFA).' })
  @AwsName(nameRules.userName)
  userName?: string;

  @Field(() => String)
  @SerialNumber()
  serialNumber!: string;

  @Field(() => String)
  @AuthenticationCode()
  authenticationCode1!: string;

  @Field(() => String)
  @AuthenticationCode()
  authenticationCode2!: string;
}

@InputType()
export class DeactivateMFADeviceInput {
  @Field(() => String, { nullable: true, description: 'Omitted: the caller (the root user: the root user’s MFA).' })
  @AwsName(nameRules.userName)
  userName?: string;

  @Field(() => String)
  @SerialNumber()
  serialNumber!: string;
}

@InputType()
export class DeleteVirtualMFADeviceInput {
  @Field(() => String)
  @SerialNumber()
  serialNumber!: string;
}

@ArgsType()
export class ListVirtualMFADevicesArgs extends ConnectionArgs {
  @Field(() => AssignmentStatus, { defaultValue: AssignmentStatus.Any })
  assignmentStatus!: AssignmentStatus;
}

@ArgsType()
export class ListMFADevicesArgs extends ConnectionArgs {
  @Field(() => String, { nullable: true, description: "Omitted: the caller's devices." })
  @AwsName(nameRules.userName)
  userName?: string;
}
