// AWS's size limits, counted in characters without white space.
import { ROOT_PATH } from '../../parse/json-path';
import type { RuleContext } from './index';

/** AWS quotas: managed policy 6,144; inline user 2,048, group 5,120, role 10,240; role trust 2,048; session 2,048. */
function limitFor({ kind, inlineOwner }: RuleContext): { limit: number; what: string } | undefined {
  switch (kind) {
    case 'identity':
      if (inlineOwner === 'user') return { limit: 2048, what: 'an inline user policy' };
      if (inlineOwner === 'group') return { limit: 5120, what: 'an inline group policy' };
      if (inlineOwner === 'role') return { limit: 10240, what: 'an inline role policy' };
      return { limit: 6144, what: 'a managed policy' };
    case 'boundary':
      return { limit: 6144, what: 'a managed policy' };
    case 'trust':
      return { limit: 2048, what: 'a role trust policy' };
    case 'session':
      return { limit: 2048, what: 'a session policy' };
    case 'resource':
      return undefined;
  }
}

export function sizeRules(context: RuleContext): void {
  const limit = limitFor(context);
  if (!limit) return;
  const text = context.parsed.text;
  let size = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c !== 0x20 && c !== 0x0a && c !== 0x0d && c !== 0x09) size++;
  }
  if (size > limit.limit) {
    context.out.add('POLICY_SIZE_EXCEEDED', ROOT_PATH, `the policy has ${size} characters without white space, more than the ${limit.limit} allowed for ${limit.what}`);
  }
}
