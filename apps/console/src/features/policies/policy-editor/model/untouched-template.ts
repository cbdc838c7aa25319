// A new policy starts as a template with one empty statement, which is not yet a valid policy: findings about it
// would greet the user with "Errors: 3" before anything was typed, so the editor holds them back until it changes.
import type { PolicyKind } from '@gatehouse/evaluator';
import { newPolicyDraft } from './edits';
import { toJson } from './to-json';

const templates = new Map<PolicyKind, string>();

/** Whether `text` is exactly the new-policy template of its kind, as the editors start it. */
export function isUntouchedTemplate(text: string, kind: PolicyKind): boolean {
  let template = templates.get(kind);
  if (template === undefined) {
    template = toJson(newPolicyDraft(kind));
    templates.set(kind, template);
  }
  return text === template;
}
