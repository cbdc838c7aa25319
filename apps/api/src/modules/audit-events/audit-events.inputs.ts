import { IsBoolean, IsDate, IsOptional } from 'class-validator';
import { ArgsType, Field } from 'type-graphql';
import { AwsLength } from '../../graphql/aws-constraints';
import { ConnectionArgs } from '../../graphql/connections';
import { DateTime } from '../../graphql/scalars';

/** CloudTrail LookupEvents' filters; unlike CloudTrail's single LookupAttribute, they may be combined. */
@ArgsType()
export class LookupEventsArgs extends ConnectionArgs {
  @Field(() => DateTime, { nullable: true, description: 'Events at or after this time.' })
  @IsOptional()
  @IsDate()
  startTime?: Date;

  @Field(() => DateTime, { nullable: true, description: 'Events before this time.' })
  @IsOptional()
  @IsDate()
  endTime?: Date;

  @Field(() => String, { nullable: true, description: '`CreateUser`, `ConsoleLogin`, `AssumeRole`, …' })
  @IsOptional()
  @AwsLength(1, 128)
  eventName?: string;

  @Field(() => String, { nullable: true, description: 'A principal ARN, or a user name (the last part of the ARN).' })
  @IsOptional()
  @AwsLength(1, 2048)
  principal?: string;

  @Field(() => String, { nullable: true, description: 'Events that touched this resource ARN.' })
  @IsOptional()
  @AwsLength(1, 2048)
  resourceArn?: string;

  @Field(() => String, { nullable: true, description: 'Failed calls with this error code (`AccessDenied`, `NoSuchEntity`, …).' })
  @IsOptional()
  @AwsLength(1, 128)
  errorCode?: string;

  @Field(() => Boolean, { nullable: true, description: 'true: failed calls only (any error code); false: successful ones only.' })
  @IsOptional()
  @IsBoolean()
  failed?: boolean;
}
