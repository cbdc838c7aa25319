// Trust policies: a role's trust policy decides who may assume it, so its actions are STS's.
import { compileWildcard } from '../../compile/wildcard';
import type { RuleContext } from './index';

/** The actions AWS evaluates against a role's trust policy. */
const TRUST_ACTIONS = ['sts:assumerole', 'sts:assumerolewithsaml', 'sts:assumerolewithwebidentity', 'sts:tagsession', 'sts:setsourceidentity', 'sts:setcontext'];

export function trustRules({ kind, policy, out }: RuleContext): void {
  if (kind !== 'trust') return;
  for (const s of policy.statements) {
    if (!s.action || s.action.negated) continue;
    s.action.values.forEach((value, i) => {
      const test = compileWildcard(value.toLowerCase(), 'plain');
      if (!TRUST_ACTIONS.some(test)) {
        out.add('TRUST_ACTION_NOT_STS', s.action!.paths[i]!, `\`${value}\` is not decided by a trust policy`, { help: 'a trust policy allows `sts:AssumeRole` and its variants, `sts:TagSession`, `sts:SetSourceIdentity`' });
      }
    });
  }
}
