import { nameRules } from '@gatehouse/iam-names';
import { ArgsType, Field, InputType } from 'type-graphql';
import { AwsName, AwsPath, AwsPathPrefix } from '../../graphql/aws-constraints';
import { ConnectionArgs } from '../../graphql/connections';

// AWS limits: GroupName 1–128 of [\w+=,.@-]; UserName 1–64; Path 1–512.

@ArgsType()
export class GetGroupArgs {
  @Field(() => String)
  @AwsName(nameRules.groupName)
  groupName!: string;
}

@ArgsType()
export class ListGroupsArgs extends ConnectionArgs {
  @Field(() => String, { nullable: true, description: '`/division_abc/` lists the groups whose path starts with it.' })
  @AwsPathPrefix()
  pathPrefix?: string;
}

@ArgsType()
export class ListGroupsForUserArgs extends ConnectionArgs {
  @Field(() => String)
  @AwsName(nameRules.userName)
  userName!: string;
}

@InputType()
export class CreateGroupInput {
  @Field(() => String)
  @AwsName(nameRules.groupName)
  groupName!: string;

  @Field(() => String, { nullable: true, description: 'Defaults to `/`.' })
  @AwsPath()
  path?: string;
}

@InputType()
export class UpdateGroupInput {
  @Field(() => String)
  @AwsName(nameRules.groupName)
  groupName!: string;

  @Field(() => String, { nullable: true })
  @AwsName(nameRules.groupName)
  newGroupName?: string;

  @Field(() => String, { nullable: true })
  @AwsPath()
  newPath?: string;
}

@InputType()
export class DeleteGroupInput {
  @Field(() => String)
  @AwsName(nameRules.groupName)
  groupName!: string;
}

/** AddUserToGroup and RemoveUserFromGroup. */
@InputType()
export class GroupMembershipInput {
  @Field(() => String)
  @AwsName(nameRules.groupName)
  groupName!: string;

  @Field(() => String)
  @AwsName(nameRules.userName)
  userName!: string;
}
