import { IsOptional } from 'class-validator';
import { ArgsType, Field, InputType } from 'type-graphql';
import { AwsArn, AwsLength } from '../../graphql/aws-constraints';
import { ConnectionArgs } from '../../graphql/connections';
import { TagInput, TagKeysField, TagsField } from '../tags/tag.type';

// AWS limits (IAM API reference): Url 1–255; each ClientID 1–255; each thumbprint exactly 40 characters, at most 5
// (ThumbprintList has no MaxItems of its own: the quota is a LimitExceeded); OpenIDConnectProviderArn 20–2048.

/** AWS: a thumbprint is the 40 hex digits of a certificate's SHA-1 fingerprint. */
function Thumbprints(): PropertyDecorator {
  return AwsLength(40, 40, { each: true });
}

@InputType()
export class CreateOpenIDConnectProviderInput {
  @Field(() => String, { description: 'The issuer: `https://` and a host, optionally a path (no query or fragment).' })
  @AwsLength(1, 255)
  url!: string;

  @Field(() => [String], { nullable: true, description: 'The audiences its tokens may carry (`aud`).' })
  @IsOptional()
  @AwsLength(1, 255, { each: true })
  clientIDList?: string[];

  @Field(() => [String], { nullable: true, description: 'Optional, as on AWS today: the issuer\'s TLS chain is what is trusted.' })
  @IsOptional()
  @Thumbprints()
  thumbprintList?: string[];

  @TagsField({ optional: true })
  tags?: TagInput[];
}

/** AWS ListOpenIDConnectProviders takes no paging: the default page holds the whole quota of providers. */
@ArgsType()
export class ListOpenIDConnectProvidersArgs extends ConnectionArgs {}

@ArgsType()
export class GetOpenIDConnectProviderArgs {
  @Field(() => String)
  @AwsArn()
  openIDConnectProviderArn!: string;
}

@ArgsType()
export class ListOpenIDConnectProviderTagsArgs extends ConnectionArgs {
  @Field(() => String)
  @AwsArn()
  openIDConnectProviderArn!: string;
}

@InputType()
export class DeleteOpenIDConnectProviderInput {
  @Field(() => String)
  @AwsArn()
  openIDConnectProviderArn!: string;
}

/** AddClientIDToOpenIDConnectProvider and RemoveClientIDFromOpenIDConnectProvider. */
@InputType()
export class OpenIDConnectProviderClientIDInput {
  @Field(() => String)
  @AwsArn()
  openIDConnectProviderArn!: string;

  @Field(() => String)
  @AwsLength(1, 255)
  clientID!: string;
}

@InputType()
export class UpdateOpenIDConnectProviderThumbprintInput {
  @Field(() => String)
  @AwsArn()
  openIDConnectProviderArn!: string;

  @Field(() => [String], { description: 'Replaces the provider\'s thumbprints.' })
  @Thumbprints()
  thumbprintList!: string[];
}

@InputType()
export class TagOpenIDConnectProviderInput {
  @Field(() => String)
  @AwsArn()
  openIDConnectProviderArn!: string;

  @TagsField()
  tags!: TagInput[];
}

@InputType()
export class UntagOpenIDConnectProviderInput {
  @Field(() => String)
  @AwsArn()
  openIDConnectProviderArn!: string;

  @TagKeysField()
  tagKeys!: string[];
}
