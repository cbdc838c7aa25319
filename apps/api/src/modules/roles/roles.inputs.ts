import { nameRules } from '@gatehouse/iam-names';
import { Max, Min } from 'class-validator';
import { ArgsType, Field, InputType, Int } from 'type-graphql';
import { AwsArn, AwsName, AwsLength, AwsPath, AwsPathPrefix, AwsPattern, AwsPolicyDocument } from '../../graphql/aws-constraints';
import { ConnectionArgs } from '../../graphql/connections';
import { TagInput, TagKeysField, TagsField } from '../tags/tag.type';

// AWS limits: RoleName 1–64 of [\w+=,.@-]; Description 0–1000 printable Latin-1; MaxSessionDuration 3600–43200 seconds.
const descriptionPattern = '[\\u0009\\u000A\\u000D\\u0020-\\u007E\\u00A1-\\u00FF]*';

function MaxSessionDuration(): PropertyDecorator {
  return (target, propertyKey) => {
    Min(3600, { message: 'Member must have value greater than or equal to 3600' })(target, propertyKey);
    Max(43200, { message: 'Member must have value less than or equal to 43200' })(target, propertyKey);
  };
}

function RoleDescription(): PropertyDecorator {
  return (target, propertyKey) => {
    AwsLength(0, 1000)(target, propertyKey);
    AwsPattern(descriptionPattern)(target, propertyKey);
  };
}

@ArgsType()
export class GetRoleArgs {
  @Field(() => String)
  @AwsName(nameRules.roleName)
  roleName!: string;
}

@ArgsType()
export class ListRolesArgs extends ConnectionArgs {
  @Field(() => String, { nullable: true, description: '`/service-role/` lists the roles whose path starts with it.' })
  @AwsPathPrefix()
  pathPrefix?: string;
}

@ArgsType()
export class ListRoleTagsArgs extends ConnectionArgs {
  @Field(() => String)
  @AwsName(nameRules.roleName)
  roleName!: string;
}

@InputType()
export class CreateRoleInput {
  @Field(() => String)
  @AwsName(nameRules.roleName)
  roleName!: string;

  @Field(() => String, { nullable: true, description: 'Defaults to `/`.' })
  @AwsPath()
  path?: string;

  @Field(() => String, { description: 'The trust policy: who may assume the role.' })
  @AwsPolicyDocument()
  assumeRolePolicyDocument!: string;

  @Field(() => String, { nullable: true })
  @RoleDescription()
  description?: string;

  @Field(() => Int, { nullable: true, description: 'Seconds, 3,600 (the default) to 43,200.' })
  @MaxSessionDuration()
  maxSessionDuration?: number;

  @Field(() => String, { nullable: true, description: 'The ARN of the managed policy that sets the permissions boundary.' })
  @AwsArn()
  permissionsBoundary?: string;

  @TagsField({ optional: true })
  tags?: TagInput[];
}

@InputType()
export class UpdateRoleInput {
  @Field(() => String)
  @AwsName(nameRules.roleName)
  roleName!: string;

  @Field(() => String, { nullable: true })
  @RoleDescription()
  description?: string;

  @Field(() => Int, { nullable: true })
  @MaxSessionDuration()
  maxSessionDuration?: number;
}

@InputType()
export class UpdateRoleDescriptionInput {
  @Field(() => String)
  @AwsName(nameRules.roleName)
  roleName!: string;

  @Field(() => String)
  @RoleDescription()
  description!: string;
}

@InputType()
export class UpdateAssumeRolePolicyInput {
  @Field(() => String)
  @AwsName(nameRules.roleName)
  roleName!: string;

  @Field(() => String)
  @AwsPolicyDocument()
  policyDocument!: string;
}

@InputType()
export class DeleteRoleInput {
  @Field(() => String)
  @AwsName(nameRules.roleName)
  roleName!: string;
}

@InputType()
export class TagRoleInput {
  @Field(() => String)
  @AwsName(nameRules.roleName)
  roleName!: string;

  @TagsField()
  tags!: TagInput[];
}

@InputType()
export class UntagRoleInput {
  @Field(() => String)
  @AwsName(nameRules.roleName)
  roleName!: string;

  @TagKeysField()
  tagKeys!: string[];
}
