import type { GoverningPolicies, GoverningPolicy } from '../../principals/governing-policies';
import { PolicySourceType } from './simulator.type';

/** A stored policy that takes part in a simulation, with where it came from for the matched statements. */
export interface SourcePolicy {
  sourcePolicyId: string;
  sourcePolicyType: PolicySourceType;
  document: string;
}

export interface PrincipalPolicies {
  /** The principal to simulate as (a group simulates as the group's ARN). */
  principalArn: string;
  identityPolicies: SourcePolicy[];
  permissionsBoundary: SourcePolicy | undefined;
}

function sourcePolicy(policy: GoverningPolicy): SourcePolicy {
  return { sourcePolicyId: policy.policyName, sourcePolicyType: PolicySourceType[policy.source], document: policy.document };
}

/**
 * AWS SimulatePrincipalPolicy's policies for a user (its own, its groups' and its permissions boundary), a group or a
 * role (its policies and boundary). A managed policy attached both to a user and to one of its groups counts once.
 */
export function principalPolicies(governing: GoverningPolicies): PrincipalPolicies {
  const distinct = new Map(governing.identityPolicies.map((policy) => [policy.policyArn ?? policy.compiled.name, policy]));
  return {
    principalArn: governing.principal.arn,
    identityPolicies: [...distinct.values()].map(sourcePolicy),
    permissionsBoundary: governing.permissionsBoundary ? sourcePolicy(governing.permissionsBoundary) : undefined,
  };
}
