import { Field, Int, ObjectType, registerEnumType } from 'type-graphql';

/** AWS's `PolicyEvaluationDecisionType`. */
export enum EvalDecision {
  allowed = 'allowed',
  explicitDeny = 'explicitDeny',
  implicitDeny = 'implicitDeny',
}
registerEnumType(EvalDecision, { name: 'PolicyEvaluationDecisionType' });

/** AWS's `PolicySourceType`: where a matched statement's policy came from. */
export enum PolicySourceType {
  user = 'user',
  group = 'group',
  role = 'role',
  aws_managed = 'aws_managed',
  user_managed = 'user_managed',
  resource = 'resource',
  none = 'none',
}
registerEnumType(PolicySourceType, {
  name: 'PolicySourceType',
  description: 'user/group/role: an inline policy of it; aws_managed/user_managed: a managed policy; resource: the resource policy; none: a policy passed in the request.',
});

/** AWS's `Position`: a place in a policy document's text, 1-based. */
@ObjectType()
export class Position {
  @Field(() => Int)
  line!: number;

  @Field(() => Int)
  column!: number;
}

/** AWS's `StatementType`: the statement by its index and, as AWS gives it, by its place in the document's text. */
@ObjectType('Statement')
export class MatchedStatement {
  @Field(() => String, { description: 'The policy: its name, ARN, or `PolicyInputList.N` for a document passed in the request.' })
  sourcePolicyId!: string;

  @Field(() => PolicySourceType)
  sourcePolicyType!: PolicySourceType;

  @Field(() => Int, { description: 'Position in the policy’s Statement array, counting from 0.' })
  statementIndex!: number;

  @Field(() => String, { nullable: true })
  sid!: string | null;

  @Field(() => String)
  effect!: string;

  @Field(() => Position, { description: 'Where the statement starts in its policy document (its opening brace).' })
  startPosition!: Position;

  @Field(() => Position, { description: 'Just after the statement’s closing brace.' })
  endPosition!: Position;
}

/** AWS's `PermissionsBoundaryDecisionDetail`. */
@ObjectType()
export class PermissionsBoundaryDecisionDetail {
  @Field(() => Boolean)
  allowedByPermissionsBoundary!: boolean;
}

/** AWS's `EvaluationResult`, for one action on one resource, with the evaluator's explanation. */
@ObjectType()
export class EvaluationResult {
  @Field(() => String)
  evalActionName!: string;

  @Field(() => String)
  evalResourceName!: string;

  @Field(() => EvalDecision)
  evalDecision!: EvalDecision;

  @Field(() => [MatchedStatement])
  matchedStatements!: MatchedStatement[];

  @Field(() => [String], { description: 'Condition keys the matching statements test that the request did not supply.' })
  missingContextValues!: string[];

  @Field(() => PermissionsBoundaryDecisionDetail, { nullable: true, description: 'Present when a permissions boundary took part.' })
  permissionsBoundaryDecisionDetail!: PermissionsBoundaryDecisionDetail | null;

  @Field(() => [String], { description: 'The evaluator’s sentences: what allowed or denied, policy type by policy type.' })
  explanation!: string[];
}

/** AWS's `SimulatePolicyResponse`. */
@ObjectType()
export class SimulatePolicyResult {
  @Field(() => [EvaluationResult])
  evaluationResults!: EvaluationResult[];
}

/** One finding of validatePolicy, as IAM Access Analyzer's `ValidatePolicyFinding`. */
@ObjectType()
export class ValidatePolicyFinding {
  @Field(() => String, { description: 'ERROR, SECURITY_WARNING, WARNING or SUGGESTION.' })
  findingType!: string;

  @Field(() => String)
  issueCode!: string;

  @Field(() => String)
  findingDetails!: string;

  @Field(() => String, { nullable: true })
  help!: string | null;

  @Field(() => String, { description: 'JSONPath of the element, e.g. $.Statement[0].Action[1].' })
  path!: string;

  @Field(() => Int, { nullable: true })
  line!: number | null;

  @Field(() => Int, { nullable: true })
  column!: number | null;

  @Field(() => Int, { nullable: true })
  endLine!: number | null;

  @Field(() => Int, { nullable: true })
  endColumn!: number | null;
}
