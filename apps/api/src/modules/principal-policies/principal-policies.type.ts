import { Field, ObjectType } from 'type-graphql';
import { PolicySourceType } from '../simulator/simulator.type';
import { Tag } from '../tags/tag.type';

/** One policy that governs a principal, and how it reaches it (the console's "Attached via"). */
@ObjectType()
export class GoverningPolicy {
  @Field(() => String)
  policyName!: string;

  @Field(() => String, { nullable: true, description: 'Managed policies only.' })
  policyArn!: string | null;

  @Field(() => PolicySourceType, { description: 'aws_managed or user_managed; for an inline policy, the kind of its owner.' })
  policyType!: PolicySourceType;

  @Field(() => String, { nullable: true, description: 'The group it comes through; null when attached to the principal itself.' })
  groupName!: string | null;

  @Field(() => String, { description: "The document in force: a managed policy's default version, or the inline policy." })
  policyDocument!: string;
}

/** A user, group or role and every stored policy that governs it. */
@ObjectType()
export class PrincipalPolicies {
  @Field(() => String)
  principalArn!: string;

  @Field(() => [GoverningPolicy], { description: "Managed and inline policies, the principal's own and then each group's." })
  identityPolicies!: GoverningPolicy[];

  @Field(() => GoverningPolicy, { nullable: true })
  permissionsBoundary!: GoverningPolicy | null;

  @Field(() => [String], { description: "A user's groups, by name." })
  groupList!: string[];

  @Field(() => [Tag])
  tags!: Tag[];
}
