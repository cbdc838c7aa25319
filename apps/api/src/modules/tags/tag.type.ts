import { Field, InputType, ObjectType } from 'type-graphql';
import { AwsLength, AwsPattern } from '../../graphql/aws-constraints';
import { Connection } from '../../graphql/connections';

// AWS tag rules (IAM User Guide, "Tagging IAM resources").
const tagKeyPattern = '[\\p{L}\\p{Z}\\p{N}_.:/=+\\-@]+';
const tagValuePattern = '[\\p{L}\\p{Z}\\p{N}_.:/=+\\-@]*';

@ObjectType()
export class Tag {
  @Field(() => String)
  key!: string;

  @Field(() => String)
  value!: string;
}

export const TagConnection = Connection(Tag, 'Tag');

@InputType()
export class TagInput {
  @Field(() => String)
  @AwsLength(1, 128)
  @AwsPattern(tagKeyPattern)
  key!: string;

  @Field(() => String)
  @AwsLength(0, 256)
  @AwsPattern(tagValuePattern)
  value!: string;
}

/** Validates the keys of UntagX: the same rules as a tag's key, for each. */
export function TagKeys(): PropertyDecorator {
  return (target, propertyKey) => {
    AwsLength(1, 128, { each: true })(target, propertyKey);
    AwsPattern(tagKeyPattern, { each: true })(target, propertyKey);
  };
}
