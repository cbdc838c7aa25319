import { ArgsType, Field, InputType } from 'type-graphql';
import { AwsEntityName, AwsPolicyDocument } from '../../graphql/aws-constraints';
import { ConnectionArgs } from '../../graphql/connections';

// AWS limits: PolicyName 1–128 of [\w+=,.@-]; UserName and RoleName 1–64, GroupName 1–128; documents up to the
// owner's inline size quota (checked by the validator and, for the owner's total, by the service).

@InputType()
export class PutUserPolicyInput {
  @Field(() => String)
  @AwsEntityName(64)
  userName!: string;

  @Field(() => String)
  @AwsEntityName(128)
  policyName!: string;

  @Field(() => String)
  @AwsPolicyDocument()
  policyDocument!: string;
}

/** GetUserPolicy's arguments. */
@ArgsType()
export class UserPolicyArgs {
  @Field(() => String)
  @AwsEntityName(64)
  userName!: string;

  @Field(() => String)
  @AwsEntityName(128)
  policyName!: string;
}

@InputType()
export class DeleteUserPolicyInput {
  @Field(() => String)
  @AwsEntityName(64)
  userName!: string;

  @Field(() => String)
  @AwsEntityName(128)
  policyName!: string;
}

@ArgsType()
export class ListUserPoliciesArgs extends ConnectionArgs {
  @Field(() => String)
  @AwsEntityName(64)
  userName!: string;
}

@InputType()
export class PutGroupPolicyInput {
  @Field(() => String)
  @AwsEntityName(128)
  groupName!: string;

  @Field(() => String)
  @AwsEntityName(128)
  policyName!: string;

  @Field(() => String)
  @AwsPolicyDocument()
  policyDocument!: string;
}

/** GetGroupPolicy's arguments. */
@ArgsType()
export class GroupPolicyArgs {
  @Field(() => String)
  @AwsEntityName(128)
  groupName!: string;

  @Field(() => String)
  @AwsEntityName(128)
  policyName!: string;
}

@InputType()
export class DeleteGroupPolicyInput {
  @Field(() => String)
  @AwsEntityName(128)
  groupName!: string;

  @Field(() => String)
  @AwsEntityName(128)
  policyName!: string;
}

@ArgsType()
export class ListGroupPoliciesArgs extends ConnectionArgs {
  @Field(() => String)
  @AwsEntityName(128)
  groupName!: string;
}

@InputType()
export class PutRolePolicyInput {
  @Field(() => String)
  @AwsEntityName(64)
  roleName!: string;

  @Field(() => String)
  @AwsEntityName(128)
  policyName!: string;

  @Field(() => String)
  @AwsPolicyDocument()
  policyDocument!: string;
}

/** GetRolePolicy's arguments. */
@ArgsType()
export class RolePolicyArgs {
  @Field(() => String)
  @AwsEntityName(64)
  roleName!: string;

  @Field(() => String)
  @AwsEntityName(128)
  policyName!: string;
}

@InputType()
export class DeleteRolePolicyInput {
  @Field(() => String)
  @AwsEntityName(64)
  roleName!: string;

  @Field(() => String)
  @AwsEntityName(128)
  policyName!: string;
}

@ArgsType()
export class ListRolePoliciesArgs extends ConnectionArgs {
  @Field(() => String)
  @AwsEntityName(64)
  roleName!: string;
}
