import { Field, ID, ObjectType } from 'type-graphql';
import { Connection } from '../../graphql/connections';
import { DateTime } from '../../graphql/scalars';
import { AttachedPolicy } from '../accounts/authorization-details.type';

/** AWS's `Policy`: a managed policy, customer managed (in an account) or AWS managed (accountId null). */
@ObjectType({ description: 'A managed policy.' })
export class Policy {
  @Field(() => ID, { name: 'policyId' })
  id!: string;

  @Field(() => String)
  policyName!: string;

  @Field(() => String)
  path!: string;

  @Field(() => String)
  arn!: string;

  @Field(() => String, { nullable: true })
  description!: string | null;

  @Field(() => String, { description: 'The version in force, `v1`, `v2`, …' })
  defaultVersionId!: string;

  @Field(() => Boolean)
  isAttachable!: boolean;

  @Field(() => DateTime)
  createDate!: Date;

  @Field(() => DateTime)
  updateDate!: Date;

  accountId!: string | null;
}

export const PolicyConnection = Connection(Policy, 'Policy');

/** AWS's `AttachedPolicy` (one type with GetAccountAuthorizationDetails'), as pages of ListAttachedUserPolicies and its kin. */
export const AttachedPolicyConnection = Connection(AttachedPolicy, 'AttachedPolicy');
