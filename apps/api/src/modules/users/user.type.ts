import { Field, ID, ObjectType } from 'type-graphql';
import { Connection } from '../../graphql/connections';
import { DateTime } from '../../graphql/scalars';

/** AWS's `User`. The properties are the stored row's, so that a row is returned as is; `name` gives AWS's field name. */
@ObjectType({ description: 'An IAM user: an identity with long-term credentials in one account.' })
export class User {
  @Field(() => ID, { name: 'userId' })
  id!: string;

  @Field(() => String)
  userName!: string;

  @Field(() => String)
  path!: string;

  @Field(() => String)
  arn!: string;

  @Field(() => DateTime)
  createDate!: Date;

  @Field(() => DateTime, { nullable: true, description: 'When the user last signed in to the console with a password.' })
  passwordLastUsed!: Date | null;

  accountId!: string;
  permissionsBoundaryPolicyId!: string | null;
}

/** AWS's `PermissionsBoundaryAttachmentType`. */
@ObjectType()
export class PermissionsBoundary {
  @Field(() => String, { description: 'Always `Policy`: a managed policy sets the boundary.' })
  permissionsBoundaryType!: 'Policy';

  @Field(() => String)
  permissionsBoundaryArn!: string;
}

export const UserConnection = Connection(User, 'User');
