import { nameRules } from '@gatehouse/iam-names';
import { ArgsType, Field, InputType } from 'type-graphql';
import { AwsArn, AwsName, AwsPath, AwsPathPrefix } from '../../graphql/aws-constraints';
import { ConnectionArgs } from '../../graphql/connections';
import { TagInput, TagKeysField, TagsField } from '../tags/tag.type';

// AWS limits: UserName 1–64 of [\w+=,.@-]; Path 1–512; at most 50 tags per request and per user.

@ArgsType()
export class GetUserArgs {
  @Field(() => String, { nullable: true, description: 'Omitted: the calling IAM user.' })
  @AwsName(nameRules.userName)
  userName?: string;
}

@ArgsType()
export class ListUsersArgs extends ConnectionArgs {
  @Field(() => String, { nullable: true, description: '`/division_abc/` lists the users whose path starts with it.' })
  @AwsPathPrefix()
  pathPrefix?: string;
}

@ArgsType()
export class ListUserTagsArgs extends ConnectionArgs {
  @Field(() => String)
  @AwsName(nameRules.userName)
  userName!: string;
}

@InputType()
export class CreateUserInput {
  @Field(() => String)
  @AwsName(nameRules.userName)
  userName!: string;

  @Field(() => String, { nullable: true, description: 'Defaults to `/`.' })
  @AwsPath()
  path?: string;

  @TagsField({ optional: true })
  tags?: TagInput[];

  @Field(() => String, { nullable: true, description: 'The ARN of the managed policy that sets the permissions boundary.' })
  @AwsArn()
  permissionsBoundary?: string;
}

@InputType()
export class UpdateUserInput {
  @Field(() => String)
  @AwsName(nameRules.userName)
  userName!: string;

  @Field(() => String, { nullable: true })
  @AwsName(nameRules.userName)
  newUserName?: string;

  @Field(() => String, { nullable: true })
  @AwsPath()
  newPath?: string;
}

@InputType()
export class DeleteUserInput {
  @Field(() => String)
  @AwsName(nameRules.userName)
  userName!: string;
}

@InputType()
export class TagUserInput {
  @Field(() => String)
  @AwsName(nameRules.userName)
  userName!: string;

  @TagsField()
  tags!: TagInput[];
}

@InputType()
export class UntagUserInput {
  @Field(() => String)
  @AwsName(nameRules.userName)
  userName!: string;

  @TagKeysField()
  tagKeys!: string[];
}
