// One validation per text: the inline diagnostics and the findings summary both ask for the same document.
import { validatePolicy, type PolicyFinding, type PolicyKind } from '@gatehouse/evaluator';

let last: { text: string; kind: PolicyKind; findings: PolicyFinding[] } | undefined;

/** `validatePolicy` of the evaluator, remembering the last answer. */
export function validateText(text: string, kind: PolicyKind): PolicyFinding[] {
  if (last?.text !== text || last.kind !== kind) last = { text, kind, findings: validatePolicy(text, { kind }) };
  return last.findings;
}
