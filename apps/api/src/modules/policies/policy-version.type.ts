import { Field, ObjectType } from 'type-graphql';
import { Connection } from '../../graphql/connections';
import { DateTime } from '../../graphql/scalars';

/** AWS's `PolicyVersion`. */
@ObjectType()
export class PolicyVersion {
  @Field(() => String, { description: '`v1`, `v2`, …; AWS never reuses a number.' })
  versionId!: string;

  @Field(() => String, { description: 'The JSON policy document, exactly as it was submitted.' })
  document!: string;

  @Field(() => Boolean)
  isDefaultVersion!: boolean;

  @Field(() => DateTime)
  createDate!: Date;

  policyId!: string;
}

export const PolicyVersionConnection = Connection(PolicyVersion, 'PolicyVersion');
