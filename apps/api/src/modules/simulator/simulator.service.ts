import { parseArn, validatePolicy as validateWithEvaluator, type PolicyKind } from '@gatehouse/evaluator';
import { userArn } from '@gatehouse/db';
import type { Caller } from '../../principals/caller';
import type { RequestContext } from '../../context';
import { invalidInput } from '../../errors/iam-error';
import { assertValidPolicyDocument } from '../policies/policy-document';
import { governingPoliciesByArn } from '../../principals/principal-by-arn';
import { principalPolicies, type SourcePolicy } from './principal-policies';
import { simulate } from './simulation';
import { ValidatePolicyType, type SimulateCustomPolicyInput, type SimulatePrincipalPolicyInput } from './simulator.inputs';
import { PolicySourceType, type SimulatePolicyResult, type ValidatePolicyFinding } from './simulator.type';

const policyKinds: Record<ValidatePolicyType, PolicyKind> = {
  [ValidatePolicyType.IDENTITY_POLICY]: 'identity',
  [ValidatePolicyType.RESOURCE_POLICY]: 'resource',
  [ValidatePolicyType.TRUST_POLICY]: 'trust',
  [ValidatePolicyType.PERMISSIONS_BOUNDARY_POLICY]: 'boundary',
  [ValidatePolicyType.SESSION_POLICY]: 'session',
};

/**
 * Like IAM Access Analyzer's ValidatePolicy: the evaluator's findings for the document used as `policyType`, against
 * AWS's services and those the operator imported.
 */
export async function validatePolicy(ctx: RequestContext, policyDocument: string, policyType: ValidatePolicyType): Promise<ValidatePolicyFinding[]> {
  const catalog = await ctx.serviceCatalog.catalog();
  return validateWithEvaluator(policyDocument, { kind: policyKinds[policyType], catalog }).map((finding) => ({
    findingType: finding.severity,
    issueCode: finding.code,
    findingDetails: finding.message,
    help: finding.help ?? null,
    path: finding.path,
    line: finding.line ?? null,
    column: finding.column ?? null,
    endLine: finding.endLine ?? null,
    endColumn: finding.endColumn ?? null,
  }));
}

/**
 * Documents passed in the request are named as AWS names them: `PolicyInputList.1`, `PermissionsBoundaryPolicyInputList.1`.
 * AWS: a document that is not a valid policy of its kind is MalformedPolicyDocument, not simulated.
 */
function requestPolicies(listName: string, kind: PolicyKind, documents: readonly string[] | null | undefined): SourcePolicy[] {
  return (documents ?? []).map((document, i) => {
    assertValidPolicyDocument(document, { kind, field: `input.${listName.charAt(0).toLowerCase()}${listName.slice(1)}` });
    return { sourcePolicyId: `${listName}.${i + 1}`, sourcePolicyType: PolicySourceType.none, document };
  });
}

function resourcePolicyOf(document: string | null | undefined): SourcePolicy | undefined {
  if (document === undefined || document === null) return undefined;
  assertValidPolicyDocument(document, { kind: 'resource', field: 'input.resourcePolicy' });
  return { sourcePolicyId: 'ResourcePolicy', sourcePolicyType: PolicySourceType.resource, document };
}

/**
 * Who SimulateCustomPolicy simulates when no `callerArn` is given: an IAM user of the caller's account that exists only
 * for the simulation. Not the caller itself, since a root caller would be allowed everything whatever the documents say.
 */
function simulatedCaller(accountId: string): string {
  return userArn(accountId, '/', 'SimulatedUser');
}

/** AWS SimulateCustomPolicy: only the documents given. AWS: a resource policy needs `callerArn` for its Principal. */
export function simulateCustomPolicy(caller: Caller, input: SimulateCustomPolicyInput): SimulatePolicyResult {
  if (input.resourcePolicy != null && input.callerArn == null) {
    throw invalidInput('CallerArn is required when a resource policy is included in the simulation.', 'callerArn');
  }
  const [permissionsBoundary] = requestPolicies('PermissionsBoundaryPolicyInputList', 'boundary', input.permissionsBoundaryPolicyInputList);
  return {
    evaluationResults: simulate(
      {
        principalArn: input.callerArn ?? simulatedCaller(caller.accountId),
        identityPolicies: requestPolicies('PolicyInputList', 'identity', input.policyInputList),
        permissionsBoundary,
        resourcePolicy: resourcePolicyOf(input.resourcePolicy),
      },
      input,
    ),
  };
}

/**
 * AWS SimulatePrincipalPolicy: the stored policies of a user (with its groups' and its boundary), group or role, plus
 * any documents given; a boundary given in the request replaces the stored one.
 */
export async function simulatePrincipalPolicy(ctx: RequestContext, accountId: string, input: SimulatePrincipalPolicyInput): Promise<SimulatePolicyResult> {
  const principal = principalPolicies(await governingPoliciesByArn(ctx.prisma, ctx.governingPolicies, accountId, input.policySourceArn, 'policySourceArn'));
  // AWS: CallerArn defaults to the source only when it is a user; a group is no principal, and a role is simulated
  // through its sessions, so a resource policy then needs a CallerArn.
  if (input.resourcePolicy != null && input.callerArn == null && parseArn(principal.principalArn)?.resource.startsWith('user/') !== true) {
    throw invalidInput('CallerArn is required when a resource policy is included and the PolicySourceArn is not an IAM user.', 'callerArn');
  }
  const [boundaryOverride] = requestPolicies('PermissionsBoundaryPolicyInputList', 'boundary', input.permissionsBoundaryPolicyInputList);
  return {
    evaluationResults: simulate(
      {
        principalArn: input.callerArn ?? principal.principalArn,
        identityPolicies: [...principal.identityPolicies, ...requestPolicies('PolicyInputList', 'identity', input.policyInputList)],
        permissionsBoundary: boundaryOverride ?? principal.permissionsBoundary,
        resourcePolicy: resourcePolicyOf(input.resourcePolicy),
      },
      input,
    ),
  };
}
