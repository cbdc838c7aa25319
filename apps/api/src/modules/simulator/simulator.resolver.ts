import { Arg, Args, Ctx, Query, Resolver } from 'type-graphql';
import { requireCaller } from '../../principals/caller';
import { IamOperation } from '../../authz/iam-operation';
import type { RequestContext } from '../../context';
import { SimulateCustomPolicyInput, SimulatePrincipalPolicyInput, ValidatePolicyArgs } from './simulator.inputs';
import * as simulator from './simulator.service';
import { SimulatePolicyResult, ValidatePolicyFinding } from './simulator.type';

@Resolver()
export class SimulatorResolver {
  /** IAM Access Analyzer's action; it takes no resource. */
  @Query(() => [ValidatePolicyFinding])
  @IamOperation('access-analyzer:ValidatePolicy', () => '*')
  validatePolicy(@Args(() => ValidatePolicyArgs) args: ValidatePolicyArgs, @Ctx() ctx: RequestContext): Promise<ValidatePolicyFinding[]> {
    return simulator.validatePolicy(ctx, args.policyDocument, args.policyType);
  }

  @Query(() => SimulatePolicyResult)
  @IamOperation('iam:SimulateCustomPolicy', () => '*')
  simulateCustomPolicy(@Arg('input', () => SimulateCustomPolicyInput) input: SimulateCustomPolicyInput, @Ctx() ctx: RequestContext): SimulatePolicyResult {
    return simulator.simulateCustomPolicy(requireCaller(ctx.caller), input);
  }

  /** AWS: the resource is the user, group or role whose policies are simulated. */
  @Query(() => SimulatePolicyResult)
  @IamOperation<{ input: SimulatePrincipalPolicyInput }>('iam:SimulatePrincipalPolicy', ({ args }) => args.input.policySourceArn)
  simulatePrincipalPolicy(
    @Arg('input', () => SimulatePrincipalPolicyInput) input: SimulatePrincipalPolicyInput,
    @Ctx() ctx: RequestContext,
  ): Promise<SimulatePolicyResult> {
    return simulator.simulatePrincipalPolicy(ctx, requireCaller(ctx.caller).accountId, input);
  }
}
