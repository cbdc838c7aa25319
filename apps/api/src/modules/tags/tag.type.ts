import { ArrayMinSize, ValidateNested } from 'class-validator';
import { Field, InputType, ObjectType } from 'type-graphql';
import { AwsLength, AwsMaxItems, AwsPattern } from '../../graphql/aws-constraints';
import { Connection } from '../../graphql/connections';

// AWS tag rules (IAM User Guide, "Tagging IAM resources").
const tagKeyPattern = '[\\p{L}\\p{Z}\\p{N}_.:/=+\\-@]+';
const tagValuePattern = '[\\p{L}\\p{Z}\\p{N}_.:/=+\\-@]*';
/** AWS: at most 50 tags (or tag keys) in one request. */
const maxTagsPerRequest = 50;

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

/**
 * The `tags` field of TagX (at least one tag) and of CreateX (`optional`). Decorators run bottom-up: these are
 * applied in the order the stacked decorators they replace were.
 */
export function TagsField(options: { optional?: boolean } = {}): PropertyDecorator {
  return (target, propertyKey) => {
    ValidateNested({ each: true })(target, propertyKey);
    AwsMaxItems(maxTagsPerRequest)(target, propertyKey);
    if (!options.optional) ArrayMinSize(1, { message: 'Member must have length greater than or equal to 1' })(target, propertyKey);
    Field(() => [TagInput], options.optional ? { nullable: true } : {})(target, propertyKey);
  };
}

/** The `tagKeys` field of UntagX: each key checked as a tag's key. */
export function TagKeysField(): PropertyDecorator {
  return (target, propertyKey) => {
    AwsLength(1, 128, { each: true })(target, propertyKey);
    AwsPattern(tagKeyPattern, { each: true })(target, propertyKey);
    AwsMaxItems(maxTagsPerRequest)(target, propertyKey);
    Field(() => [String])(target, propertyKey);
  };
}
