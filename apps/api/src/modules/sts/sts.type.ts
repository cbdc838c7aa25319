import { Field, ObjectType } from 'type-graphql';
import { DateTime } from '../../graphql/scalars';

@ObjectType({ description: 'Temporary security credentials (AWS STS Credentials). The secret and token are shown only here.' })
export class Credentials {
  @Field(() => String, { description: 'ASIA…' })
  accessKeyId!: string;

  @Field(() => String)
  secretAccessKey!: string;

  @Field(() => String, { description: 'Sent as X-Amz-Security-Token with every signed request.' })
  sessionToken!: string;

  @Field(() => DateTime)
  expiration!: Date;
}

@ObjectType()
export class AssumedRoleUser {
  @Field(() => String, { description: 'ROLEID:SESSION, the `aws:userid` of the session.' })
  assumedRoleId!: string;

  @Field(() => String, { description: 'arn:aws:sts::ACCOUNT:assumed-role/ROLE/SESSION' })
  arn!: string;
}

@ObjectType()
export class AssumeRoleResult {
  @Field(() => Credentials)
  credentials!: Credentials;

  @Field(() => AssumedRoleUser)
  assumedRoleUser!: AssumedRoleUser;
}

@ObjectType()
export class GetSessionTokenResult {
  @Field(() => Credentials)
  credentials!: Credentials;
}

@ObjectType()
export class CallerIdentity {
  @Field(() => String, { description: 'The 12-digit account id.' })
  account!: string;

  @Field(() => String)
  arn!: string;

  @Field(() => String, { description: 'AIDA… for a user, the account id for root, ROLEID:SESSION for a role session.' })
  userId!: string;
}

@ObjectType({ description: 'The console session now acts as this role session, until it expires or is switched back.' })
export class SwitchRoleResult {
  @Field(() => AssumedRoleUser)
  assumedRoleUser!: AssumedRoleUser;

  @Field(() => DateTime)
  expiration!: Date;
}

@ObjectType()
export class AssumeRoleWithWebIdentityResult {
  @Field(() => Credentials)
  credentials!: Credentials;

  @Field(() => AssumedRoleUser)
  assumedRoleUser!: AssumedRoleUser;

  @Field(() => String, { description: 'The token\'s `sub`: the user (or workload) the identity provider vouched for.' })
  subjectFromWebIdentityToken!: string;

  @Field(() => String, { description: 'The token\'s issuer (`iss`).' })
  provider!: string;

  @Field(() => String, { description: 'The client ID the token was issued to.' })
  audience!: string;

  @Field(() => String, { nullable: true, description: 'From the token\'s `https://aws.amazon.com/source_identity` claim.' })
  sourceIdentity?: string | null;
}
