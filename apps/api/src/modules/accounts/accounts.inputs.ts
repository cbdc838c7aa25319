import { Max, Min } from 'class-validator';
import { ArgsType, Field, InputType, Int, registerEnumType } from 'type-graphql';
import { AwsAccountAlias, AwsLength, AwsPattern } from '../../graphql/aws-constraints';
import { ConnectionArgs } from '../../graphql/connections';

// AWS limits: MinimumPasswordLength 6–128, MaxPasswordAge 1–1095, PasswordReusePrevention 1–24.

function Range(min: number, max: number): PropertyDecorator {
  return (target, propertyKey) => {
    Min(min, { message: `Member must have value greater than or equal to ${min}` })(target, propertyKey);
    Max(max, { message: `Member must have value less than or equal to ${max}` })(target, propertyKey);
  };
}

@InputType()
export class CreateAccountAliasInput {
  @Field(() => String)
  @AwsAccountAlias()
  accountAlias!: string;
}

@InputType()
export class DeleteAccountAliasInput {
  @Field(() => String)
  @AwsAccountAlias()
  accountAlias!: string;
}

/** AWS: every member left out takes its default, as if the policy were created anew. */
@InputType()
export class UpdateAccountPasswordPolicyInput {
  @Field(() => Int, { defaultValue: 8 })
  @Range(6, 128)
  minimumPasswordLength!: number;

  @Field(() => Boolean, { defaultValue: false })
  requireSymbols!: boolean;

  @Field(() => Boolean, { defaultValue: false })
  requireNumbers!: boolean;

  @Field(() => Boolean, { defaultValue: false })
  requireUppercaseCharacters!: boolean;

  @Field(() => Boolean, { defaultValue: false })
  requireLowercaseCharacters!: boolean;

  @Field(() => Boolean, { defaultValue: false })
  allowUsersToChangePassword!: boolean;

  @Field(() => Int, { nullable: true, description: 'Omitted: passwords never expire.' })
  @Range(1, 1095)
  maxPasswordAge?: number;

  @Field(() => Int, { nullable: true, description: 'Omitted: previous passwords may be reused.' })
  @Range(1, 24)
  passwordReusePrevention?: number;

  @Field(() => Boolean, { defaultValue: false })
  hardExpiry!: boolean;
}

/** AWS's `EntityType` filter of GetAccountAuthorizationDetails. */
export enum AuthorizationDetailsEntity {
  User = 'User',
  Role = 'Role',
  Group = 'Group',
  LocalManagedPolicy = 'LocalManagedPolicy',
  AWSManagedPolicy = 'AWSManagedPolicy',
}
registerEnumType(AuthorizationDetailsEntity, { name: 'EntityType' });

/** AWS's MaxItems and Marker are `first` and `after`: a page holds `first` entities across the four lists. */
@ArgsType()
export class GetAccountAuthorizationDetailsArgs extends ConnectionArgs {
  @Field(() => [AuthorizationDetailsEntity], { nullable: true, description: 'Omitted: every kind of entity.' })
  filter?: AuthorizationDetailsEntity[];
}

/**
 * An account and its root user, as the operator's `gatehouse account create` asks for them (AWS Organizations
 * CreateAccount has no GraphQL operation here: accounts are the operator's to make). The root password's character
 * rules are checked by the service, after these.
 */
export class CreateAccountInput {
  /** Omitted: a free 12-digit id is drawn. */
  @AwsPattern('[0-9]{12}')
  accountId?: string;

  // AWS Organizations CreateAccount: Email is 6–64 characters of the form local@domain.
  @AwsLength(6, 64)
  @AwsPattern('[^\\s@]+@[^\\s@]+\\.[^\\s@]+')
  email!: string;

  // AWS: a root user password is 8 to 128 characters.
  @AwsLength(8, 128)
  password!: string;

  @AwsAccountAlias()
  alias?: string;
}

/** The account `gatehouse account delete` removes (AWS Organizations CloseAccount's AccountId). */
export class CloseAccountInput {
  @AwsPattern('[0-9]{12}')
  accountId!: string;
}
