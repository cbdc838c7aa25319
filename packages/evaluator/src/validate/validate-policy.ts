// validatePolicy(): grammar findings from the parser, then every rule over the parsed policy. Returns findings,
// never throws; cheap enough to run on every keystroke.
import { parseDocument } from '../parse/parse-policy';
import type { PolicyFinding, ValidatePolicyOptions } from '../types';
import { awsCatalog } from '../catalog';
import { RULES } from './rules';

export function validatePolicy(document: string | unknown, options?: ValidatePolicyOptions): PolicyFinding[] {
  const parsed = parseDocument(document);
  if (parsed.policy) {
    const context = { kind: options?.kind ?? 'identity', inlineOwner: options?.inlineOwner, parsed, policy: parsed.policy, out: parsed.collector, catalog: options?.catalog ?? awsCatalog };
    for (const rule of RULES) rule(context);
  }
  return parsed.collector.findings;
}
