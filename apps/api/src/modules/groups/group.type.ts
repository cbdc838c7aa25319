import { Field, ID, ObjectType } from 'type-graphql';
import { Connection } from '../../graphql/connections';
import { DateTime } from '../../graphql/scalars';

/** AWS's `Group`, over the stored row (see User). */
@ObjectType({ description: 'An IAM group: a set of users that receive the same policies.' })
export class Group {
  @Field(() => ID, { name: 'groupId' })
  id!: string;

  @Field(() => String)
  groupName!: string;

  @Field(() => String)
  path!: string;

  @Field(() => String)
  arn!: string;

  @Field(() => DateTime)
  createDate!: Date;

  accountId!: string;
}

export const GroupConnection = Connection(Group, 'Group');
