import { ArgsType, Field, InputType } from 'type-graphql';
import { AwsEntityName, AwsPath, AwsPathPrefix } from '../../graphql/aws-constraints';
import { ConnectionArgs } from '../../graphql/connections';

// AWS limits: GroupName 1–128 of [\w+=,.@-]; UserName 1–64; Path 1–512.

@ArgsType()
export class GetGroupArgs {
  @Field(() => String)
  @AwsEntityName(128)
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
  @AwsEntityName(64)
  userName!: string;
}

@InputType()
export class CreateGroupInput {
  @Field(() => String)
  @AwsEntityName(128)
  groupName!: string;

  @Field(() => String, { nullable: true, description: 'Defaults to `/`.' })
  @AwsPath()
  path?: string;
}

@InputType()
export class UpdateGroupInput {
  @Field(() => String)
  @AwsEntityName(128)
  groupName!: string;

  @Field(() => String, { nullable: true })
  @AwsEntityName(128)
  newGroupName?: string;

  @Field(() => String, { nullable: true })
  @AwsPath()
  newPath?: string;
}

@InputType()
export class DeleteGroupInput {
  @Field(() => String)
  @AwsEntityName(128)
  groupName!: string;
}

/** AddUserToGroup and RemoveUserFromGroup. */
@InputType()
export class GroupMembershipInput {
  @Field(() => String)
  @AwsEntityName(128)
  groupName!: string;

  @Field(() => String)
  @AwsEntityName(64)
  userName!: string;
}
