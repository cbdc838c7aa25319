import { ArrayMinSize, ValidateNested } from 'class-validator';
import { ArgsType, Field, InputType, registerEnumType } from 'type-graphql';
import { AwsLength, AwsMaxItems } from '../../graphql/aws-constraints';

// AWS limits: ActionNames and ResourceArns items 1–128 and 1–2048 characters; ContextKeyName 5–256. AWS sets no count
// limit on the lists; these bounds keep one simulation (actions × resources evaluations) from exhausting the server.
const maxActions = 100;
const maxResources = 100;
const maxPolicies = 50;
const maxContextEntries = 100;

/** AWS's `ContextKeyTypeEnum`. */
export enum ContextKeyType {
  string = 'string',
  stringList = 'stringList',
  numeric = 'numeric',
  numericList = 'numericList',
  boolean = 'boolean',
  booleanList = 'booleanList',
  ip = 'ip',
  ipList = 'ipList',
  binary = 'binary',
  binaryList = 'binaryList',
  date = 'date',
  dateList = 'dateList',
}
registerEnumType(ContextKeyType, { name: 'ContextKeyTypeEnum' });

/** What a policy document is checked as. */
export enum ValidatePolicyType {
  IDENTITY_POLICY = 'IDENTITY_POLICY',
  RESOURCE_POLICY = 'RESOURCE_POLICY',
  TRUST_POLICY = 'TRUST_POLICY',
  PERMISSIONS_BOUNDARY_POLICY = 'PERMISSIONS_BOUNDARY_POLICY',
  SESSION_POLICY = 'SESSION_POLICY',
}
registerEnumType(ValidatePolicyType, { name: 'ValidatePolicyType' });

@InputType()
export class ContextEntryInput {
  @Field(() => String)
  @AwsLength(5, 256)
  contextKeyName!: string;

  @Field(() => [String])
  @AwsMaxItems(100)
  contextKeyValues!: string[];

  @Field(() => ContextKeyType)
  contextKeyType!: ContextKeyType;
}

@InputType()
abstract class SimulationInput {
  @Field(() => [String])
  @ArrayMinSize(1, { message: 'Member must have length greater than or equal to 1' })
  @AwsMaxItems(maxActions)
  @AwsLength(3, 128, { each: true })
  actionNames!: string[];

  @Field(() => [String], { defaultValue: ['*'], description: 'Defaults to `*`.' })
  @AwsMaxItems(maxResources)
  @AwsLength(1, 2048, { each: true })
  resourceArns!: string[];

  @Field(() => [String], { nullable: true, description: 'AWS: at most one; it replaces a stored boundary.' })
  @AwsMaxItems(1)
  permissionsBoundaryPolicyInputList?: string[];

  @Field(() => String, { nullable: true, description: 'A resource-based policy attached to every simulated resource.' })
  resourcePolicy?: string;

  @Field(() => String, { nullable: true, description: 'The account that owns the simulated resources (12 digits).' })
  @AwsLength(12, 12)
  resourceOwner?: string;

  @Field(() => String, { nullable: true, description: 'The principal making the simulated request.' })
  @AwsLength(1, 2048)
  callerArn?: string;

  @Field(() => [ContextEntryInput], { nullable: true })
  @AwsMaxItems(maxContextEntries)
  @ValidateNested({ each: true })
  contextEntries?: ContextEntryInput[];
}

@InputType()
export class SimulateCustomPolicyInput extends SimulationInput {
  @Field(() => [String], { description: 'The identity policies to simulate, as JSON documents.' })
  @ArrayMinSize(1, { message: 'Member must have length greater than or equal to 1' })
  @AwsMaxItems(maxPolicies)
  policyInputList!: string[];
}

@InputType()
export class SimulatePrincipalPolicyInput extends SimulationInput {
  @Field(() => String, { description: 'The ARN of the user, group or role whose policies are simulated.' })
  @AwsLength(20, 2048)
  policySourceArn!: string;

  @Field(() => [String], { nullable: true, description: 'More identity policies to simulate with, as JSON documents.' })
  @AwsMaxItems(maxPolicies)
  policyInputList?: string[];
}

@ArgsType()
export class ValidatePolicyArgs {
  @Field(() => String)
  @AwsLength(1, 131072)
  policyDocument!: string;

  @Field(() => ValidatePolicyType, { defaultValue: ValidatePolicyType.IDENTITY_POLICY })
  policyType!: ValidatePolicyType;
}
