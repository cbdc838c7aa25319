import { nameRules } from '@gatehouse/iam-names';
import { ArgsType, Field, InputType } from 'type-graphql';
import { AwsName, AwsPath, AwsPathPrefix } from '../../graphql/aws-constraints';
import { ConnectionArgs } from '../../graphql/connections';
import { TagInput, TagKeysField, TagsField } from '../tags/tag.type';

// AWS limits: InstanceProfileName 1–128 of [\w+=,.@-]; Path 1–512; RoleName 1–64.

@ArgsType()
export class GetInstanceProfileArgs {
  @Field(() => String)
  @AwsName(nameRules.instanceProfileName)
  instanceProfileName!: string;
}

@ArgsType()
export class ListInstanceProfilesArgs extends ConnectionArgs {
  @Field(() => String, { nullable: true, description: '`/application_abc/` lists the instance profiles whose path starts with it.' })
  @AwsPathPrefix()
  pathPrefix?: string;
}

@ArgsType()
export class ListInstanceProfilesForRoleArgs extends ConnectionArgs {
  @Field(() => String)
  @AwsName(nameRules.roleName)
  roleName!: string;
}

@ArgsType()
export class ListInstanceProfileTagsArgs extends ConnectionArgs {
  @Field(() => String)
  @AwsName(nameRules.instanceProfileName)
  instanceProfileName!: string;
}

@InputType()
export class CreateInstanceProfileInput {
  @Field(() => String)
  @AwsName(nameRules.instanceProfileName)
  instanceProfileName!: string;

  @Field(() => String, { nullable: true, description: 'Defaults to `/`.' })
  @AwsPath()
  path?: string;

  @TagsField({ optional: true })
  tags?: TagInput[];
}

@InputType()
export class DeleteInstanceProfileInput {
  @Field(() => String)
  @AwsName(nameRules.instanceProfileName)
  instanceProfileName!: string;
}

/** AddRoleToInstanceProfile and RemoveRoleFromInstanceProfile. */
@InputType()
export class InstanceProfileRoleInput {
  @Field(() => String)
  @AwsName(nameRules.instanceProfileName)
  instanceProfileName!: string;

  @Field(() => String)
  @AwsName(nameRules.roleName)
  roleName!: string;
}

@InputType()
export class TagInstanceProfileInput {
  @Field(() => String)
  @AwsName(nameRules.instanceProfileName)
  instanceProfileName!: string;

  @TagsField()
  tags!: TagInput[];
}

@InputType()
export class UntagInstanceProfileInput {
  @Field(() => String)
  @AwsName(nameRules.instanceProfileName)
  instanceProfileName!: string;

  @TagKeysField()
  tagKeys!: string[];
}
