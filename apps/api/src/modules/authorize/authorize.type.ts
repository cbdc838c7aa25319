import { Field, Int, ObjectType } from 'type-graphql';
import { EvalDecision } from '../simulator/simulator.type';

/** A statement that decided: its policy (managed policy ARN, or `NAME (inline policy of OWNER_ARN)`) and place in it. */
@ObjectType()
export class AuthorizationStatement {
  @Field(() => String)
  policy!: string;

  @Field(() => String, { description: 'identity, boundary, session or resource.' })
  policyType!: string;

  @Field(() => Int)
  statementIndex!: number;

  @Field(() => String, { nullable: true })
  sid!: string | null;

  @Field(() => String)
  effect!: string;
}

/** Gatehouse's decision on one request to a protected service. */
@ObjectType()
export class AuthorizationDecision {
  @Field(() => EvalDecision, { description: 'As the policy simulator says: allowed, explicitDeny or implicitDeny.' })
  decision!: EvalDecision;

  @Field(() => String)
  principalArn!: string;

  @Field(() => String)
  accountId!: string;

  @Field(() => [AuthorizationStatement], {
    nullable: true,
    description: 'The statements that decided; null unless the asker may also iam:SimulatePrincipalPolicy on the principal.',
  })
  matchedStatements!: AuthorizationStatement[] | null;
}
