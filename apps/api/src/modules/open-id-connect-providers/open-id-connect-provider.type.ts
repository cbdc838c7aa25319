import { Field, ObjectType } from 'type-graphql';
import { Connection } from '../../graphql/connections';
import { DateTime } from '../../graphql/scalars';

/** AWS's GetOpenIDConnectProvider answer, with the provider's ARN (ListOpenIDConnectProviders' one member). */
@ObjectType({ description: 'An IAM OpenID Connect identity provider: an issuer whose tokens AssumeRoleWithWebIdentity accepts.' })
export class OpenIDConnectProvider {
  @Field(() => String, { description: 'arn:aws:iam::ACCOUNT:oidc-provider/HOST/PATH' })
  arn!: string;

  @Field(() => String, { description: 'The issuer URL without `https://`, as AWS answers it.' })
  url!: string;

  @Field(() => [String], { description: 'The audiences (`aud`) its tokens may carry.' })
  clientIDList!: string[];

  @Field(() => [String], { description: 'SHA-1 fingerprints of the issuer\'s certificates (40 hex digits each).' })
  thumbprintList!: string[];

  @Field(() => DateTime)
  createDate!: Date;

  id!: string;
  accountId!: string;
}

export const OpenIDConnectProviderConnection = Connection(OpenIDConnectProvider, 'OpenIDConnectProvider');
