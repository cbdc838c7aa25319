import { validatePolicy, type InlinePolicyOwner, type PolicyKind } from '@gatehouse/evaluator';
import { IamError } from '../../errors/iam-error';

/**
 * AWS validates every document before it stores it: any ERROR finding (grammar, size quota, a principal in an
 * identity policy, …) refuses the request with MalformedPolicyDocument and every error finding in
 * `extensions.findings`. Warnings never block a save, as in IAM.
 */
export function assertValidPolicyDocument(
  document: string,
  options: { kind: PolicyKind; inlineOwner?: InlinePolicyOwner; field: string },
): void {
  const errors = validatePolicy(document, { kind: options.kind, inlineOwner: options.inlineOwner }).filter(
    (finding) => finding.severity === 'ERROR',
  );
  const [first] = errors;
  if (first) throw new IamError('MalformedPolicyDocument', first.message, { findings: errors, field: options.field });
}
