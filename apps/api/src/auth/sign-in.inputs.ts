import { IsEmail, MaxLength, MinLength } from 'class-validator';
import { Field, InputType } from 'type-graphql';

@InputType({ description: 'The root user signs in with the account email address and password.' })
export class SignInInput {
  @Field(() => String)
  @IsEmail({}, { message: 'Member must be an email address' })
  @MaxLength(128, { message: 'Member must have length less than or equal to 128' })
  email!: string;

  @Field(() => String)
  @MinLength(1, { message: 'Member must have length greater than or equal to 1' })
  @MaxLength(128, { message: 'Member must have length less than or equal to 128' })
  password!: string;
}
