import { ArrayMinSize, ValidateNested } from 'class-validator';
import { Field, InputType, ObjectType } from 'type-graphql';
import { nameRules } from '@gatehouse/iam-names';
import { AwsMaxItems, AwsName } from '../../graphql/aws-constraints';
import { Connection } from '../../graphql/connections';

// AWS tag rules (IAM User Guide, "Tagging IAM resources"): nameRules.tagKey and nameRules.tagValue.
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
  @AwsName(nameRules.tagKey)
  key!: string;

  @Field(() => String)
  @AwsName(nameRules.tagValue)
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
    AwsName(nameRules.tagKey, { each: true })(target, propertyKey);
    AwsMaxItems(maxTagsPerRequest)(target, propertyKey);
    Field(() => [String])(target, propertyKey);
  };
}
