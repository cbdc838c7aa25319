// The validation rules, run in this order over every parsed policy.
import type { InlinePolicyOwner, PolicyKind } from '../../types';
import type { ParsedDocument } from '../../parse/parse-policy';

export interface RuleContext {
  kind: PolicyKind;
  inlineOwner: InlinePolicyOwner | undefined;
  parsed: ParsedDocument;
}

export type Rule = (context: RuleContext) => void;

export const RULES: Rule[] = [];
