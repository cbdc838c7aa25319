// The validation rules, run in this order over every parsed policy.
import type { ParsedDocument } from '../../parse/parse-policy';
import type { Catalog } from '../../catalog/catalog';
import type { InlinePolicyOwner, Policy, PolicyKind } from '../../types';
import type { FindingCollector } from '../findings';
import { actionRules } from './actions';
import { conditionRules } from './conditions';
import { grammarRules } from './grammar';
import { principalRules } from './principals';
import { redundancyRules } from './redundancy';
import { resourceRules } from './resources';
import { securityRules } from './security';
import { sizeRules } from './size';
import { trustRules } from './trust';

export interface RuleContext {
  kind: PolicyKind;
  inlineOwner: InlinePolicyOwner | undefined;
  parsed: ParsedDocument;
  policy: Policy;
  out: FindingCollector;
  catalog: Catalog;
}

export type Rule = (context: RuleContext) => void;

export const RULES: Rule[] = [grammarRules, sizeRules, principalRules, actionRules, resourceRules, conditionRules, securityRules, trustRules, redundancyRules];
