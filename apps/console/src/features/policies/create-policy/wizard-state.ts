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

/** AWS: 1–128 characters of letters, digits and `+=,.@-_`. */
const POLICY_NAME = /^[\w+=,.@-]{1,128}$/;

/** The error AWS's console shows under the name field, or undefined when the name is acceptable. */
export function policyNameError(policyName: string): string | undefined {
  if (policyName.length === 0) return 'Enter a policy name.';
  if (policyName.length > 128) return 'The policy name can have up to 128 characters.';
  if (!POLICY_NAME.test(policyName)) return 'Use alphanumeric and “+=,.@-_” characters.';
  return undefined;
}

/** AWS: a description of up to 1,000 characters. */
export function descriptionError(description: string): string | undefined {
  return description.length > 1000 ? 'The description can have up to 1,000 characters.' : undefined;
}
