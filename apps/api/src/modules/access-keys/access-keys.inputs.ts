import { nameRules } from '@gatehouse/iam-names';
import { AccessKeyStatus } from '@gatehouse/db';
import { ArgsType, Field, InputType } from 'type-graphql';
import { AwsName } from '../../graphql/aws-constraints';
import { ConnectionArgs } from '../../graphql/connections';

@InputType()
export class CreateAccessKeyInput {
  @Field(() => String, { nullable: true, description: 'Omitted: a key for the caller (the root user: a root key).' })
  @AwsName(nameRules.userName)
  userName?: string;
}

@InputType()
export class UpdateAccessKeyInput {
  @Field(() => String, { nullable: true })
  @AwsName(nameRules.userName)
  userName?: string;

  @Field(() => String)
  @AwsName(nameRules.accessKeyId)
  accessKeyId!: string;

  @Field(() => AccessKeyStatus)
  status!: AccessKeyStatus;
}

@InputType()
export class DeleteAccessKeyInput {
  @Field(() => String, { nullable: true })
  @AwsName(nameRules.userName)
  userName?: string;

  @Field(() => String)
  @AwsName(nameRules.accessKeyId)
  accessKeyId!: string;
}

@ArgsType()
export class ListAccessKeysArgs extends ConnectionArgs {
  @Field(() => String, { nullable: true, description: "Omitted: the caller's own keys." })
  @AwsName(nameRules.userName)
  userName?: string;
}

@ArgsType()
export class GetAccessKeyLastUsedArgs {
  @Field(() => String)
  @AwsName(nameRules.accessKeyId)
  accessKeyId!: string;
}
