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

/** What deleteUserAndDependents removed together with the user, in the order AWS's console removes them. */
@ObjectType({ description: 'A user deleted together with everything that would have blocked DeleteUser.' })
export class UserDeletion {
  @Field(() => String)
  userName!: string;

  @Field(() => [String], { description: 'The groups the user was removed from.' })
  groupNames!: string[];

  @Field(() => Boolean, { description: 'Whether a console password was deleted.' })
  loginProfile!: boolean;

  @Field(() => [String])
  accessKeyIds!: string[];

  @Field(() => String, { nullable: true, description: 'The virtual MFA device deactivated and deleted.' })
  mfaSerialNumber!: string | null;

  @Field(() => [String])
  inlinePolicyNames!: string[];

  @Field(() => [String])
  attachedPolicyArns!: string[];
}
