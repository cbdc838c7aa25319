import { ConsoleSessionState } from '@gatehouse/db';
import { Field, ObjectType, registerEnumType } from 'type-graphql';

registerEnumType(ConsoleSessionState, {
  name: 'SignInState',
  description: 'Active: signed in. MfaRequired / PasswordChangeRequired: one more step before the session is usable.',
});

@ObjectType()
export class SignInResult {
  @Field(() => ConsoleSessionState)
  state!: ConsoleSessionState;

  @Field(() => String)
  principalArn!: string;

  @Field(() => String)
  accountId!: string;
}
