import { ACCESS_LEVELS } from '@gatehouse/evaluator/catalog';
import { IsIn } from 'class-validator';
import { ArgsType, Field } from 'type-graphql';
import { AwsLength } from '../../graphql/aws-constraints';

@ArgsType()
export class CatalogServiceArgs {
  @Field(() => String, { description: 'The action prefix, in any case: `s3`.' })
  @AwsLength(1, 64)
  prefix!: string;
}

@ArgsType()
export class CatalogActionsArgs {
  @Field(() => String, { nullable: true, description: 'Only the actions of this access level.' })
  @IsIn([...ACCESS_LEVELS], { message: `Member must satisfy enum value set: [${ACCESS_LEVELS.join(', ')}]` })
  accessLevel?: string;
}
