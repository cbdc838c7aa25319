import { ArrayMinSize, IsOptional, Matches, ValidateNested } from 'class-validator';
import { ArgsType, Field, InputType } from 'type-graphql';
import { AwsLength, AwsMaxItems } from '../../graphql/aws-constraints';
import { ContextEntryInput } from '../simulator/simulator.inputs';

/** Most decisions one `authorizeBatch` asks for: one authentication of the asking service for all of them. */
export const maxBatchDecisions = 30;

@InputType()
export class HttpHeaderInput {
  @Field(() => String)
  @AwsLength(1, 256)
  name!: string;

  @Field(() => String)
  @AwsLength(0, 8192)
  value!: string;
}

/** The request the protected service received, as its client signed it (SigV4, the service's signing name). */
@InputType()
export class SignedRequestInput {
  @Field(() => String)
  @AwsLength(1, 16)
  method!: string;

  @Field(() => String, { description: 'The full URL the client signed, with its query string: `https://orders.example.com/orders/42`.' })
  @AwsLength(1, 8192)
  url!: string;

  @Field(() => [HttpHeaderInput], { description: 'The headers as received; `host` defaults to the URL\'s.' })
  @AwsMaxItems(100)
  @ValidateNested({ each: true })
  headers!: HttpHeaderInput[];

  @Field(() => String, { nullable: true, description: 'The body as received (UTF-8); give it or `bodySha256`, neither for an empty body.' })
  @IsOptional()
  body?: string | null;

  @Field(() => String, { nullable: true, description: "The body's SHA-256, in hexadecimal." })
  @IsOptional()
  @Matches(/^[0-9a-fA-F]{64}$/, { message: 'Member must be 64 hexadecimal characters' })
  bodySha256?: string | null;

  @Field(() => String, {
    nullable: true,
    description:
      "The client's address as the service saw it (CloudTrail's sourceIPAddress). Wrong signatures are throttled per asking service and this address, so that forgeries from one client do not lock out the key's other requests. It is the service's word: it is not `aws:SourceIp`.",
  })
  @IsOptional()
  @AwsLength(1, 64)
  sourceIpAddress?: string | null;
}

@InputType()
export class AuthorizeInput {
  @Field(() => String, { description: '`prefix:Action` of a service Gatehouse knows, e.g. `orders:GetOrder`.' })
  @AwsLength(3, 128)
  action!: string;

  @Field(() => String)
  @AwsLength(1, 2048)
  resource!: string;

  @Field(() => String, { nullable: true, description: "The protected service's resource-based policy for the resource (JSON)." })
  @IsOptional()
  @AwsLength(1, 131072)
  resourcePolicy?: string | null;

  @Field(() => [ContextEntryInput], { nullable: true })
  @IsOptional()
  @AwsMaxItems(100)
  @ValidateNested({ each: true })
  context?: ContextEntryInput[] | null;

  @Field(() => SignedRequestInput, { nullable: true, description: 'The evidence of who asks: the signed request. Exactly one of it and `principalArn`.' })
  @IsOptional()
  @ValidateNested()
  signedRequest?: SignedRequestInput | null;

  @Field(() => String, {
    nullable: true,
    description:
      "A principal of the asking account that the service authenticated otherwise: an IAM user, a role, a role session (`arn:aws:sts::ACCOUNT:assumed-role/ROLE/SESSION`, without session policies) or the account's root user.",
  })
  @IsOptional()
  @AwsLength(20, 2048)
  principalArn?: string | null;
}

@ArgsType()
export class AuthorizeBatchArgs {
  @Field(() => [AuthorizeInput])
  @ArrayMinSize(1, { message: 'Member must have length greater than or equal to 1' })
  @AwsMaxItems(maxBatchDecisions)
  @ValidateNested({ each: true })
  inputs!: AuthorizeInput[];
}
