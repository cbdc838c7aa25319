import { nameRules, type NameRule } from '@gatehouse/iam-names';
import { ArgsType, Field, InputType } from 'type-graphql';
import { AwsName, AwsPolicyDocument } from '../../graphql/aws-constraints';
import { ConnectionArgs } from '../../graphql/connections';

// AWS limits: names from @gatehouse/iam-names; documents up to the owner's inline size quota (checked by the
// validator and, for the owner's total, by the service).

/** The owner's name field (userName, groupName, roleName). */
function OwnerName(rule: NameRule): PropertyDecorator {
  return (target, propertyKey) => {
    AwsName(rule)(target, propertyKey);
    Field(() => String)(target, propertyKey);
  };
}

/** The fields every GetXPolicy and DeleteXPolicy shares; the owner's name is the subclass's. */
@ArgsType()
@InputType()
abstract class InlinePolicyName {
  @Field(() => String)
  @AwsName(nameRules.policyName)
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
  @OwnerName(nameRules.userName)
  userName!: string;
}

/** GetUserPolicy's arguments. */
@ArgsType()
export class UserPolicyArgs extends InlinePolicyName {
  @OwnerName(nameRules.userName)
  userName!: string;
}

@InputType()
export class DeleteUserPolicyInput extends InlinePolicyName {
  @OwnerName(nameRules.userName)
  userName!: string;
}

@ArgsType()
export class ListUserPoliciesArgs extends ConnectionArgs {
  @OwnerName(nameRules.userName)
  userName!: string;
}

@InputType()
export class PutGroupPolicyInput extends InlinePolicyContent {
  @OwnerName(nameRules.groupName)
  groupName!: string;
}

/** GetGroupPolicy's arguments. */
@ArgsType()
export class GroupPolicyArgs extends InlinePolicyName {
  @OwnerName(nameRules.groupName)
  groupName!: string;
}

@InputType()
export class DeleteGroupPolicyInput extends InlinePolicyName {
  @OwnerName(nameRules.groupName)
  groupName!: string;
}

@ArgsType()
export class ListGroupPoliciesArgs extends ConnectionArgs {
  @OwnerName(nameRules.groupName)
  groupName!: string;
}

@InputType()
export class PutRolePolicyInput extends InlinePolicyContent {
  @OwnerName(nameRules.roleName)
  roleName!: string;
}

/** GetRolePolicy's arguments. */
@ArgsType()
export class RolePolicyArgs extends InlinePolicyName {
  @OwnerName(nameRules.roleName)
  roleName!: string;
}

@InputType()
export class DeleteRolePolicyInput extends InlinePolicyName {
  @OwnerName(nameRules.roleName)
  roleName!: string;
}

@ArgsType()
export class ListRolePoliciesArgs extends ConnectionArgs {
  @OwnerName(nameRules.roleName)
  roleName!: string;
}
