import { nameRules } from '@gatehouse/iam-names';
import { ArgsType, Field, InputType } from 'type-graphql';
import { AwsName, AwsLength, AwsPattern } from '../../graphql/aws-constraints';

// AWS limits: Password 1–128 characters of [\u0009\u000A\u000D\u0020-\u00FF]; the account password policy decides the rest.
function AwsPassword(): PropertyDecorator {
  return (target, propertyKey) => {
    AwsLength(1, 128)(target, propertyKey);
    AwsPattern('[\\u0009\\u000A\\u000D\\u0020-\\u00FF]+')(target, propertyKey);
  };
}

@InputType()
export class CreateLoginProfileInput {
  @Field(() => String)
  @AwsName(nameRules.userName)
  userName!: string;

  @Field(() => String)
  @AwsPassword()
  password!: string;

  @Field(() => Boolean, { defaultValue: false })
  passwordResetRequired!: boolean;
}

@InputType()
export class UpdateLoginProfileInput {
  @Field(() => String)
  @AwsName(nameRules.userName)
  userName!: string;

  @Field(() => String, { nullable: true, description: 'Omitted: the password stays as it is.' })
  @AwsPassword()
  password?: string;

  @Field(() => Boolean, { nullable: true })
  passwordResetRequired?: boolean;
}

@InputType()
export class DeleteLoginProfileInput {
  @Field(() => String)
  @AwsName(nameRules.userName)
  userName!: string;
}

@ArgsType()
export class GetLoginProfileArgs {
  @Field(() => String)
  @AwsName(nameRules.userName)
  userName!: string;
}
