import { AccessKeyStatus } from '@gatehouse/db';
import { Field, ObjectType, registerEnumType } from 'type-graphql';
import { Connection } from '../../graphql/connections';
import { DateTime } from '../../graphql/scalars';

registerEnumType(AccessKeyStatus, {
  name: 'StatusType',
  description: 'AWS: an Active key can sign requests, an Inactive one cannot.',
});

/** AWS's `AccessKeyMetadata`: a key without its secret, as ListAccessKeys returns it. */
@ObjectType()
export class AccessKeyMetadata {
  @Field(() => String, { nullable: true, description: 'The IAM user the key belongs to; null for the root user.' })
  userName!: string | null;

  @Field(() => String)
  accessKeyId!: string;

  @Field(() => AccessKeyStatus)
  status!: AccessKeyStatus;

  @Field(() => DateTime)
  createDate!: Date;
}

export const AccessKeyMetadataConnection = Connection(AccessKeyMetadata, 'AccessKeyMetadata');

/** AWS's `AccessKey`: CreateAccessKey's result, the only place the secret access key ever appears. */
@ObjectType()
export class AccessKey extends AccessKeyMetadata {
  @Field(() => String, { description: 'Shown only in this response: it cannot be retrieved later.' })
  secretAccessKey!: string;
}

/** AWS's `AccessKeyLastUsed`: "N/A" for a service and region when the key was never used. */
@ObjectType()
export class AccessKeyLastUsed {
  @Field(() => DateTime, { nullable: true })
  lastUsedDate!: Date | null;

  @Field(() => String)
  serviceName!: string;

  @Field(() => String)
  region!: string;
}

/** AWS's `GetAccessKeyLastUsedResponse`. */
@ObjectType()
export class GetAccessKeyLastUsedResult {
  @Field(() => String, { nullable: true, description: 'The owner of the key; null for the root user.' })
  userName!: string | null;

  @Field(() => AccessKeyLastUsed)
  accessKeyLastUsed!: AccessKeyLastUsed;
}
