import { Field, ID, ObjectType } from 'type-graphql';
import { Connection } from '../../graphql/connections';
import { DateTime } from '../../graphql/scalars';
import { Role } from '../roles/role.type';

/** AWS's `InstanceProfile`: the container that hands a role to an EC2 instance, with the role it holds. */
@ObjectType({ description: 'An instance profile: passes its role (at most one) to the EC2 instances it is attached to.' })
export class InstanceProfile {
  @Field(() => ID, { name: 'instanceProfileId' })
  id!: string;

  @Field(() => String)
  instanceProfileName!: string;

  @Field(() => String)
  path!: string;

  @Field(() => String)
  arn!: string;

  @Field(() => DateTime)
  createDate!: Date;

  @Field(() => [Role], { description: 'The role in the profile: none or one, as AWS allows.' })
  roles!: Role[];

  accountId!: string;
}

export const InstanceProfileConnection = Connection(InstanceProfile, 'InstanceProfile');
