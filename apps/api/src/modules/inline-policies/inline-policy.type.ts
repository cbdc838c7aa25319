import { Field, ObjectType } from 'type-graphql';
import { Connection } from '../../graphql/connections';

// AWS GetUserPolicy, GetGroupPolicy and GetRolePolicy answers: the owner's name, the policy name, the document.

@ObjectType({ description: 'An inline policy embedded in a user.' })
export class UserPolicy {
  @Field(() => String)
  userName!: string;

  @Field(() => String)
  policyName!: string;

  @Field(() => String, { description: 'Exactly as it was submitted.' })
  policyDocument!: string;
}

@ObjectType({ description: 'An inline policy embedded in a group.' })
export class GroupPolicy {
  @Field(() => String)
  groupName!: string;

  @Field(() => String)
  policyName!: string;

  @Field(() => String, { description: 'Exactly as it was submitted.' })
  policyDocument!: string;
}

@ObjectType({ description: 'An inline policy embedded in a role.' })
export class RolePolicy {
  @Field(() => String)
  roleName!: string;

  @Field(() => String)
  policyName!: string;

  @Field(() => String, { description: 'Exactly as it was submitted.' })
  policyDocument!: string;
}

export const UserPolicyConnection = Connection(UserPolicy, 'UserPolicy');
export const GroupPolicyConnection = Connection(GroupPolicy, 'GroupPolicy');
export const RolePolicyConnection = Connection(RolePolicy, 'RolePolicy');
