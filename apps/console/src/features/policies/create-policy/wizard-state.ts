import { nameRules, nameViolation } from '@gatehouse/iam-names';
// What "Create policy" collects, as domain values: the text of the policy, its name, description and tags.
import { newPolicyDraft } from '../policy-editor/model/edits';
import { toJson } from '../policy-editor/model/to-json';

export interface PolicyTag {
  key: string;
  value: string;
}

export interface CreatePolicyState {
  policyDocument: string;
  policyName: string;
  description: string;
  tags: PolicyTag[];
}

export function initialCreatePolicyState(): CreatePolicyState {
  return { policyDocument: toJson(newPolicyDraft('identity')), policyName: '', description: '', tags: [] };
}

/** Why the name breaks AWS's rule for policy names (managed and inline), or undefined when it keeps it. */
export function policyNameError(policyName: string): string | undefined {
  return nameViolation(nameRules.policyName, policyName);
}

/** AWS: a description of up to 1,000 characters. */
export function descriptionError(description: string): string | undefined {
  return description.length > 1000 ? 'The description can have up to 1,000 characters.' : undefined;
}
