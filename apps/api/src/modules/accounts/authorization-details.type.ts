import { Field, ID, Int, ObjectType } from 'type-graphql';
import { PageInfo } from '../../graphql/connections';
import { DateTime } from '../../graphql/scalars';
import { Tag } from '../tags/tag.type';
import { PermissionsBoundary } from '../users/user.type';

// AWS's GetAccountAuthorizationDetails shapes: every entity with its policies inline, documents exactly as stored.

/** AWS's `PolicyDetail`: an inline policy. */
@ObjectType()
export class PolicyDetail {
  @Field(() => String)
  policyName!: string;

  @Field(() => String)
  policyDocument!: string;
}

/** AWS's `AttachedPolicy`. */
@ObjectType()
export class AttachedPolicy {
  @Field(() => String)
  policyName!: string;

  @Field(() => String)
  policyArn!: string;
}

/** What UserDetail, GroupDetail and RoleDetail share; each adds its own name, id and inline policy list. */
@ObjectType()
abstract class IdentityDetail {
  @Field(() => String)
  arn!: string;

  @Field(() => String)
  path!: string;

  @Field(() => DateTime)
  createDate!: Date;

  @Field(() => [AttachedPolicy])
  attachedManagedPolicies!: AttachedPolicy[];
}

/** Users and roles also carry a permissions boundary and tags. */
@ObjectType()
abstract class BoundedIdentityDetail extends IdentityDetail {
  @Field(() => PermissionsBoundary, { nullable: true })
  permissionsBoundary!: PermissionsBoundary | null;

  @Field(() => [Tag])
  tags!: Tag[];
}

@ObjectType()
export class UserDetail extends BoundedIdentityDetail {
  @Field(() => String)
  userName!: string;

  @Field(() => ID)
  userId!: string;

  @Field(() => [PolicyDetail])
  userPolicyList!: PolicyDetail[];

  @Field(() => [String], { description: 'Names of the groups the user is in.' })
  groupList!: string[];
}

@ObjectType()
export class GroupDetail extends IdentityDetail {
  @Field(() => String)
  groupName!: string;

  @Field(() => ID)
  groupId!: string;

  @Field(() => [PolicyDetail])
  groupPolicyList!: PolicyDetail[];
}

@ObjectType()
export class RoleDetail extends BoundedIdentityDetail {
  @Field(() => String)
  roleName!: string;

  @Field(() => ID)
  roleId!: string;

  @Field(() => String)
  assumeRolePolicyDocument!: string;

  @Field(() => [PolicyDetail])
  rolePolicyList!: PolicyDetail[];
}

/** AWS's `PolicyVersion` as GetAccountAuthorizationDetails lists it. */
@ObjectType()
export class PolicyVersionDetail {
  @Field(() => String)
  versionId!: string;

  @Field(() => String)
  document!: string;

  @Field(() => Boolean)
  isDefaultVersion!: boolean;

  @Field(() => DateTime)
  createDate!: Date;
}

/** AWS's `ManagedPolicyDetail`. */
@ObjectType()
export class ManagedPolicyDetail {
  @Field(() => String)
  policyName!: string;

  @Field(() => ID)
  policyId!: string;

  @Field(() => String)
  arn!: string;

  @Field(() => String)
  path!: string;

  @Field(() => String)
  defaultVersionId!: string;

  @Field(() => Int)
  attachmentCount!: number;

  @Field(() => Int)
  permissionsBoundaryUsageCount!: number;

  @Field(() => Boolean)
  isAttachable!: boolean;

  @Field(() => String, { nullable: true })
  description!: string | null;

  @Field(() => DateTime)
  createDate!: Date;

  @Field(() => DateTime)
  updateDate!: Date;

  @Field(() => [PolicyVersionDetail])
  policyVersionList!: PolicyVersionDetail[];
}

/**
 * AWS's `GetAccountAuthorizationDetailsResponse`: the account's authorization state, a page at a time.
 * `pageInfo.hasNextPage` is AWS's IsTruncated and `pageInfo.endCursor` its Marker.
 */
@ObjectType()
export class AccountAuthorizationDetails {
  @Field(() => [UserDetail])
  userDetailList!: UserDetail[];

  @Field(() => [GroupDetail])
  groupDetailList!: GroupDetail[];

  @Field(() => [RoleDetail])
  roleDetailList!: RoleDetail[];

  @Field(() => [ManagedPolicyDetail])
  policies!: ManagedPolicyDetail[];

  @Field(() => PageInfo)
  pageInfo!: PageInfo;

  countTotal!: () => Promise<number>;

  @Field(() => Int, { description: 'How many entities the whole result holds, across every page and list.' })
  totalCount(): Promise<number> {
    return this.countTotal();
  }
}

/** What the service returns: type-graphql makes it an AccountAuthorizationDetails, whose totalCount calls countTotal. */
export type AccountAuthorizationDetailsPage = Omit<AccountAuthorizationDetails, 'totalCount'>;
