import { nameRules } from '@gatehouse/iam-names';
import { IsEmail, IsOptional, MaxLength, MinLength } from 'class-validator';
import { Field, InputType } from 'type-graphql';
import { AwsName, AwsLength, AwsPattern } from '../graphql/aws-constraints';

@InputType({
  description:
    'The root user signs in with the account email address and password; an IAM user with the account ID or alias, the user name and password.',
})
export class SignInInput {
  @Field(() => String, { nullable: true, description: 'Root user: the account email address.' })
  @IsOptional()
  @IsEmail({}, { message: 'Member must be an email address' })
  @MaxLength(128, { message: 'Member must have length less than or equal to 128' })
  email?: string;

  @Field(() => String, { nullable: true, description: 'IAM user: the 12-digit account ID or the account alias.' })
  @IsOptional()
  @AwsLength(3, 63)
  @AwsPattern('\\d{12}|[a-z0-9](?:[a-z0-9-]*[a-z0-9])?')
  account?: string;

  @Field(() => String, { nullable: true, description: 'IAM user: the user name.' })
  @IsOptional()
  @AwsName(nameRules.userName)
  userName?: string;

  @Field(() => String)
  @MinLength(1, { message: 'Member must have length greater than or equal to 1' })
  @MaxLength(128, { message: 'Member must have length less than or equal to 128' })
  password!: string;
}

@InputType({ description: 'The second sign-in step when the principal has an MFA device.' })
export class SignInMfaInput {
  @Field(() => String, { description: 'The six-digit code the MFA device shows now.' })
  @AwsPattern('[\\d]{6}')
  authenticationCode!: string;
}

@InputType({ description: 'The sign-in step of an IAM user who must choose a new password (reset required or expired).' })
export class SignInNewPasswordInput {
  @Field(() => String)
  @MinLength(1, { message: 'Member must have length greater than or equal to 1' })
  @MaxLength(128, { message: 'Member must have length less than or equal to 128' })
  newPassword!: string;
}

@InputType({ description: 'AWS ChangePassword: an IAM user changes their own console password.' })
export class ChangePasswordInput {
  @Field(() => String)
  @MinLength(1, { message: 'Member must have length greater than or equal to 1' })
  @MaxLength(128, { message: 'Member must have length less than or equal to 128' })
  oldPassword!: string;

  @Field(() => String)
  @MinLength(1, { message: 'Member must have length greater than or equal to 1' })
  @MaxLength(128, { message: 'Member must have length less than or equal to 128' })
  newPassword!: string;
}
