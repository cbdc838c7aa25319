import { Field, ObjectType } from 'type-graphql';
import { DateTime } from '../../graphql/scalars';

/** AWS's `LoginProfile`: that a user has a console password, never the password or its hash. */
@ObjectType()
export class LoginProfile {
  @Field(() => String)
  userName!: string;

  @Field(() => DateTime)
  createDate!: Date;

  @Field(() => Boolean, { description: 'The user must set a new password at the next sign-in.' })
  passwordResetRequired!: boolean;
}
