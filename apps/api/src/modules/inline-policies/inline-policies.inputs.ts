import { ArgsType, Field, InputType } from 'type-graphql';
import { AwsEntityName, AwsPolicyDocument } from '../../graphql/aws-constraints';
import { ConnectionArgs } from '../../graphql/connections';

// AWS limits: PolicyName 1–128 of [\w+=,.@-]; UserName and RoleName 1–64, GroupName 1–128; documents up to the
// owner's inline size quota (checked by the validator and, for the owner's total, by the service).

/** The owner's name field (userName, groupName, roleName). */
function OwnerName(maxLength: number): PropertyDecorator {
  return (target, propertyKey) => {
    AwsEntityName(maxLength)(target, propertyKey);
    Field(() => String)(target, propertyKey);
  };
}

/** The fields every GetXPolicy and DeleteXPolicy shares; the owner's name is the subclass's. */
@ArgsType()
@InputType()
abstract class InlinePolicyName {
  @Field(() => String)
  @AwsEntityName(128)
  policyName!: string;
}

/** PutXPolicy's fields but the owner's name. */
@InputType()
abstract class InlinePolicyContent extends InlinePolicyName {
  @Field(() => String)
  @AwsPolicyDocument()
  policyDocument!: string;
}

@InputType()
export class PutUserPolicyInput extends InlinePolicyContent {
  @OwnerName(64)
  userName!: string;
}

/** GetUserPolicy's arguments. */
@ArgsType()
export class UserPolicyArgs extends InlinePolicyName {
  @OwnerName(64)
  userName!: string;
}

@InputType()
export class DeleteUserPolicyInput extends InlinePolicyName {
  @OwnerName(64)
  userName!: string;
}

@ArgsType()
export class ListUserPoliciesArgs extends ConnectionArgs {
  @OwnerName(64)
  userName!: string;
}

@InputType()
export class PutGroupPolicyInput extends InlinePolicyContent {
  @OwnerName(128)
  groupName!: string;
}

/** GetGroupPolicy's arguments. */
@ArgsType()
export class GroupPolicyArgs extends InlinePolicyName {
  @OwnerName(128)
  groupName!: string;
}

@InputType()
export class DeleteGroupPolicyInput extends InlinePolicyName {
  @OwnerName(128)
  groupName!: string;
}

@ArgsType()
export class ListGroupPoliciesArgs extends ConnectionArgs {
  @OwnerName(128)
  groupName!: string;
}

@InputType()
export class PutRolePolicyInput extends InlinePolicyContent {
  @OwnerName(64)
  roleName!: string;
}

/** GetRolePolicy's arguments. */
@ArgsType()
export class RolePolicyArgs extends InlinePolicyName {
  @OwnerName(64)
  roleName!: string;
}

@InputType()
export class DeleteRolePolicyInput extends InlinePolicyName {
  @OwnerName(64)
  roleName!: string;
}

@ArgsType()
export class ListRolePoliciesArgs extends ConnectionArgs {
  @OwnerName(64)
  roleName!: string;
}
