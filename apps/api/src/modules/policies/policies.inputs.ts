import { nameRules } from '@gatehouse/iam-names';
import { ArgsType, Field, InputType, registerEnumType } from 'type-graphql';
import { AwsArn, AwsName, AwsLength, AwsPath, AwsPathPrefix, AwsPattern, AwsPolicyDocument } from '../../graphql/aws-constraints';
import { ConnectionArgs } from '../../graphql/connections';
import { TagInput, TagKeysField, TagsField } from '../tags/tag.type';

// AWS limits: PolicyName 1–128 of [\w+=,.@-]; Description 0–1000; PolicyArn 20–2048; VersionId v1, v2, …

/** AWS's `PolicyScopeType` for ListPolicies. */
export enum PolicyScopeType {
  All = 'All',
  AWS = 'AWS',
  Local = 'Local',
}
registerEnumType(PolicyScopeType, { name: 'PolicyScopeType', description: 'AWS: AWS managed policies, customer managed (Local), or both.' });

/** AWS's `PolicyUsageType`: attached as a permissions policy, or used as a permissions boundary. */
export enum PolicyUsageType {
  PermissionsPolicy = 'PermissionsPolicy',
  PermissionsBoundary = 'PermissionsBoundary',
}
registerEnumType(PolicyUsageType, { name: 'PolicyUsageType' });

/** AWS's `EntityType` for ListEntitiesForPolicy's EntityFilter. */
export enum PolicyEntityType {
  User = 'User',
  Group = 'Group',
  Role = 'Role',
}
registerEnumType(PolicyEntityType, { name: 'PolicyEntityType' });

function PolicyName(): PropertyDecorator {
  return AwsName(nameRules.policyName);
}

function VersionId(): PropertyDecorator {
  return AwsPattern('v[1-9][0-9]*(\\.[A-Za-z0-9-]*)?');
}

@ArgsType()
export class PolicyArnArgs {
  @Field(() => String)
  @AwsArn()
  policyArn!: string;
}

@ArgsType()
export class PolicyConnectionArgs extends ConnectionArgs {
  @Field(() => String)
  @AwsArn()
  policyArn!: string;
}

@ArgsType()
export class PolicyVersionArgs {
  @Field(() => String)
  @AwsArn()
  policyArn!: string;

  @Field(() => String)
  @VersionId()
  versionId!: string;
}

@ArgsType()
export class ListPoliciesArgs extends ConnectionArgs {
  @Field(() => PolicyScopeType, { defaultValue: PolicyScopeType.All })
  scope!: PolicyScopeType;

  @Field(() => Boolean, { defaultValue: false, description: 'Only policies attached to a user, group or role of the account.' })
  onlyAttached!: boolean;

  @Field(() => String, { nullable: true })
  @AwsPathPrefix()
  pathPrefix?: string;

  @Field(() => PolicyUsageType, { nullable: true, description: 'Only policies used this way by an entity of the account.' })
  policyUsageFilter?: PolicyUsageType;
}

@ArgsType()
export class ListEntitiesForPolicyArgs {
  @Field(() => String)
  @AwsArn()
  policyArn!: string;

  @Field(() => PolicyEntityType, { nullable: true })
  entityFilter?: PolicyEntityType;

  @Field(() => String, { nullable: true })
  @AwsPathPrefix()
  pathPrefix?: string;

  @Field(() => PolicyUsageType, { nullable: true })
  policyUsageFilter?: PolicyUsageType;
}

/** ListAttachedUserPolicies, ListAttachedGroupPolicies, ListAttachedRolePolicies: the identity is named by the field. */
@ArgsType()
export class ListAttachedPoliciesArgs extends ConnectionArgs {
  @Field(() => String, { nullable: true })
  @AwsPathPrefix()
  pathPrefix?: string;
}

@ArgsType()
export class ListAttachedUserPoliciesArgs extends ListAttachedPoliciesArgs {
  @Field(() => String)
  @AwsName(nameRules.userName)
  userName!: string;
}

@ArgsType()
export class ListAttachedGroupPoliciesArgs extends ListAttachedPoliciesArgs {
  @Field(() => String)
  @AwsName(nameRules.groupName)
  groupName!: string;
}

@ArgsType()
export class ListAttachedRolePoliciesArgs extends ListAttachedPoliciesArgs {
  @Field(() => String)
  @AwsName(nameRules.roleName)
  roleName!: string;
}

@InputType()
export class CreatePolicyInput {
  @Field(() => String)
  @PolicyName()
  policyName!: string;

  @Field(() => String, { nullable: true, description: 'Defaults to `/`.' })
  @AwsPath()
  path?: string;

  @Field(() => String, { description: 'The document of version v1, the default.' })
  @AwsPolicyDocument()
  policyDocument!: string;

  @Field(() => String, { nullable: true, description: 'Cannot be changed later (AWS).' })
  @AwsLength(0, 1000)
  description?: string;

  @TagsField({ optional: true })
  tags?: TagInput[];
}

@InputType()
export class DeletePolicyInput {
  @Field(() => String)
  @AwsArn()
  policyArn!: string;
}

@InputType()
export class CreatePolicyVersionInput {
  @Field(() => String)
  @AwsArn()
  policyArn!: string;

  @Field(() => String)
  @AwsPolicyDocument()
  policyDocument!: string;

  @Field(() => Boolean, { defaultValue: false })
  setAsDefault!: boolean;
}

/** SetDefaultPolicyVersion and DeletePolicyVersion. */
@InputType()
export class PolicyVersionInput {
  @Field(() => String)
  @AwsArn()
  policyArn!: string;

  @Field(() => String)
  @VersionId()
  versionId!: string;
}

@InputType()
export class TagPolicyInput {
  @Field(() => String)
  @AwsArn()
  policyArn!: string;

  @TagsField()
  tags!: TagInput[];
}

@InputType()
export class UntagPolicyInput {
  @Field(() => String)
  @AwsArn()
  policyArn!: string;

  @TagKeysField()
  tagKeys!: string[];
}

@InputType()
export class UserPolicyAttachmentInput {
  @Field(() => String)
  @AwsName(nameRules.userName)
  userName!: string;

  @Field(() => String)
  @AwsArn()
  policyArn!: string;
}

@InputType()
export class GroupPolicyAttachmentInput {
  @Field(() => String)
  @AwsName(nameRules.groupName)
  groupName!: string;

  @Field(() => String)
  @AwsArn()
  policyArn!: string;
}

@InputType()
export class RolePolicyAttachmentInput {
  @Field(() => String)
  @AwsName(nameRules.roleName)
  roleName!: string;

  @Field(() => String)
  @AwsArn()
  policyArn!: string;
}
