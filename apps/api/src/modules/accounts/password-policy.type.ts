import { Field, Int, ObjectType } from 'type-graphql';

/** AWS's `PasswordPolicy`. */
@ObjectType()
export class PasswordPolicy {
  @Field(() => Int)
  minimumPasswordLength!: number;

  @Field(() => Boolean)
  requireSymbols!: boolean;

  @Field(() => Boolean)
  requireNumbers!: boolean;

  @Field(() => Boolean)
  requireUppercaseCharacters!: boolean;

  @Field(() => Boolean)
  requireLowercaseCharacters!: boolean;

  @Field(() => Boolean)
  allowUsersToChangePassword!: boolean;

  @Field(() => Boolean, { description: 'True when passwords expire (maxPasswordAge is set).' })
  expirePasswords!: boolean;

  @Field(() => Int, { nullable: true, description: 'Days a password is valid; null: passwords never expire.' })
  maxPasswordAge!: number | null;

  @Field(() => Int, { nullable: true, description: 'How many previous passwords cannot be reused; null: no check.' })
  passwordReusePrevention!: number | null;

  @Field(() => Boolean, { description: 'Expired passwords can only be reset by an administrator.' })
  hardExpiry!: boolean;
}
