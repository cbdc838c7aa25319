import { Field, ID, Int, ObjectType } from 'type-graphql';
import { Connection } from '../../graphql/connections';
import { DateTime } from '../../graphql/scalars';

/** AWS's `RoleLastUsed`: when the role was last assumed, and in which region. */
@ObjectType()
export class RoleLastUsed {
  @Field(() => DateTime, { nullable: true })
  lastUsedDate!: Date | null;

  @Field(() => String, { nullable: true })
  region!: string | null;
}

/** AWS's `Role`, over the stored row (see User). */
@ObjectType({ description: 'An IAM role: an identity with no long-term credentials, assumed by the principals its trust policy names.' })
export class Role {
  @Field(() => ID, { name: 'roleId' })
  id!: string;

  @Field(() => String)
  roleName!: string;

  @Field(() => String)
  path!: string;

  @Field(() => String)
  arn!: string;

  @Field(() => DateTime)
  createDate!: Date;

  @Field(() => String, { description: 'The trust policy, exactly as it was submitted.' })
  assumeRolePolicyDocument!: string;

  @Field(() => String, { nullable: true })
  description!: string | null;

  @Field(() => Int, { description: 'Seconds, 3,600 to 43,200.' })
  maxSessionDuration!: number;

  accountId!: string;
  permissionsBoundaryPolicyId!: string | null;
  lastUsedDate!: Date | null;
  lastUsedRegion!: string | null;
}

export const RoleConnection = Connection(Role, 'Role');
