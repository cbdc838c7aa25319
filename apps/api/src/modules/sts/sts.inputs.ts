import { nameRules } from '@gatehouse/iam-names';
import { IsInt, IsOptional, Max, Min, ValidateNested } from 'class-validator';
import { Field, InputType, Int } from 'type-graphql';
import { AwsArn, AwsLength, AwsMaxItems, AwsName, AwsPattern } from '../../graphql/aws-constraints';

// AWS STS limits: RoleArn 20–2048, RoleSessionName 2–64 of [\w+=,.@-], DurationSeconds 900–43200 (AssumeRole) or
// 900–129600 (GetSessionToken), Policy at most 2048 characters, SerialNumber 9–256 of [\w+=/:,.@-], TokenCode six digits.

const durationMessage = (max: number) => ({ message: `Member must have value less than or equal to ${max}` });

/** AWS PolicyDescriptorType: a managed policy named as a session policy. */
@InputType()
export class PolicyDescriptorTypeInput {
  @Field(() => String)
  @AwsArn()
  arn!: string;
}

/**
 * What every request for a role session names: the role, the session, its duration and its session policy; the
 * input types that extend it get its fields.
 */
@InputType()
abstract class RoleSessionInput {
  @Field(() => String)
  @AwsLength(20, 2048)
  roleArn!: string;

  @Field(() => String)
  @AwsLength(2, 64)
  @AwsPattern('[\\w+=,.@-]*')
  roleSessionName!: string;

  @Field(() => Int, { nullable: true, description: 'Seconds, 900 up to the role\'s MaxSessionDuration; defaults to 3600.' })
  @IsOptional()
  @IsInt()
  @Min(900, { message: 'Member must have value greater than or equal to 900' })
  @Max(43200, durationMessage(43200))
  durationSeconds?: number;

  @Field(() => String, { nullable: true, description: 'An inline session policy: the session gets at most what it allows.' })
  @IsOptional()
  @AwsLength(1, 2048)
  policy?: string;

  @Field(() => [PolicyDescriptorTypeInput], {
    nullable: true,
    description: 'Managed session policies (up to 10) of the role\'s account or AWS: with `policy`, the session gets at most what they allow together.',
  })
  @IsOptional()
  @ValidateNested({ each: true })
  @AwsMaxItems(10)
  policyArns?: PolicyDescriptorTypeInput[];
}

@InputType()
export class AssumeRoleInput extends RoleSessionInput {
  @Field(() => String, { nullable: true, description: 'The MFA device of the caller, when the trust policy asks for MFA.' })
  @IsOptional()
  @AwsLength(9, 256)
  @AwsPattern('[\\w+=/:,.@-]*')
  serialNumber?: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @AwsPattern('[\\d]{6}')
  tokenCode?: string;

  @Field(() => String, { nullable: true, description: 'What the role\'s trust policy may require in `sts:ExternalId` (a third party\'s customer id).' })
  @IsOptional()
  @AwsLength(2, 1224)
  @AwsPattern('[\\w+=,.@:\\/-]*')
  externalId?: string;
}

@InputType()
export class GetSessionTokenInput {
  @Field(() => Int, { nullable: true, description: 'Seconds, 900–129600 (root: up to 3600); defaults to 43200 (root: 3600).' })
  @IsOptional()
  @IsInt()
  @Min(900, { message: 'Member must have value greater than or equal to 900' })
  @Max(129600, durationMessage(129600))
  durationSeconds?: number;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @AwsLength(9, 256)
  @AwsPattern('[\\w+=/:,.@-]*')
  serialNumber?: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @AwsPattern('[\\d]{6}')
  tokenCode?: string;

  @Field(() => String, { nullable: true, description: 'What the role\'s trust policy may require in `sts:ExternalId` (a third party\'s customer id).' })
  @IsOptional()
  @AwsLength(2, 1224)
  @AwsPattern('[\\w+=,.@:\\/-]*')
  externalId?: string;
}

@InputType({
  description: "The console's Switch role: assume a role for the current console session, named by its ARN or, as AWS's form asks, by account (ID or alias) and role name.",
})
export class SwitchRoleInput {
  @Field(() => String, { nullable: true })
  @IsOptional()
  @AwsLength(20, 2048)
  roleArn?: string;

  @Field(() => String, { nullable: true, description: 'The account that owns the role: its 12-digit ID or its alias. With roleName, instead of roleArn.' })
  @IsOptional()
  @AwsLength(3, 63)
  @AwsPattern('[a-z0-9](?:[a-z0-9-]*[a-z0-9])?|\\d{12}')
  account?: string;

  @Field(() => String, { nullable: true, description: 'The role name, with its path if it has one (`team/Deploy`). With account, instead of roleArn.' })
  @IsOptional()
  @AwsLength(1, 576)
  @AwsPattern('(?:[\\w+=,.@-]+/)*[\\w+=,.@-]+')
  roleName?: string;

  @Field(() => String, { nullable: true, description: 'Defaults to the caller\'s name, as the AWS console does.' })
  @IsOptional()
  @AwsLength(2, 64)
  @AwsPattern('[\\w+=,.@-]*')
  roleSessionName?: string;
}

@InputType()
export class RevokeRoleSessionsInput {
  @Field(() => String)
  @AwsName(nameRules.roleName)
  roleName!: string;
}

@InputType({ description: 'AWS STS AssumeRoleWithWebIdentity: needs no credentials, only the identity provider\'s token.' })
export class AssumeRoleWithWebIdentityInput extends RoleSessionInput {
  @Field(() => String, { description: 'The OpenID Connect ID token (a JWT) from the identity provider.' })
  @AwsLength(4, 20000)
  @AwsPattern('[\\u0021-\\u00ff]+')
  webIdentityToken!: string;
}
