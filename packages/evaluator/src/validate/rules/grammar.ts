// Elements each kind of policy must or must not have, Version, and Sid rules (AWS refuses the ERROR ones).
import { memberPath, ROOT_PATH } from '../../parse/json-path';
import type { RuleContext } from './index';

/** IAM accepts only letters and digits in a Sid; S3, SNS and other resource policies also accept spaces and more. */
const IAM_SID = /^[A-Za-z0-9]*$/;

export function grammarRules({ kind, policy, out }: RuleContext): void {
  if (policy.version === undefined) {
    out.add('MISSING_VERSION', ROOT_PATH, 'the policy has no `Version`: AWS applies the 2008-10-17 rules, without policy variables', {
      help: 'add `"Version": "2012-10-17"`',
    });
  } else if (policy.version === '2008-10-17') {
    out.add('OLD_VERSION', memberPath(ROOT_PATH, 'Version'), 'version `2008-10-17` does not support policy variables', { help: 'use `2012-10-17`' });
  }
  const sids = new Map<string, string>();
  for (const s of policy.statements) {
    if (s.sid !== undefined) {
      const sidPath = memberPath(s.path, 'Sid');
      if (kind !== 'resource' && !IAM_SID.test(s.sid)) out.add('INVALID_SID', sidPath, `invalid \`Sid\` \`${s.sid}\`: IAM accepts letters and digits only`);
      if (s.sid !== '' && sids.has(s.sid)) out.add('DUPLICATE_SID', sidPath, `duplicate \`Sid\` \`${s.sid}\``, { help: `also used at \`${sids.get(s.sid)}\`` });
      else sids.set(s.sid, sidPath);
    }
    const identityLike = kind === 'identity' || kind === 'boundary' || kind === 'session';
    if (identityLike && s.principal) {
      out.add('PRINCIPAL_IN_IDENTITY_POLICY', s.principal.path, `\`${s.principal.negated ? 'NotPrincipal' : 'Principal'}\` is not allowed in ${kind === 'identity' ? 'an identity-based policy' : `a ${kind === 'boundary' ? 'permissions boundary' : 'session policy'}`}`, {
        onKey: true,
      });
    }
    // AWS (NotPrincipal): "You cannot use the NotPrincipal element in an IAM identity-based policy nor in an IAM role
    // trust policy."
    if (kind === 'trust' && s.principal?.negated) {
      out.add('NOT_PRINCIPAL_IN_TRUST_POLICY', s.principal.path, '`NotPrincipal` is not allowed in a trust policy', { onKey: true, help: 'name the principals that may assume the role in `Principal`' });
    }
    if ((kind === 'resource' || kind === 'trust') && !s.principal) out.add('MISSING_PRINCIPAL', s.path, `the statement has no \`Principal\` or \`NotPrincipal\`, which a ${kind === 'trust' ? 'trust' : 'resource-based'} policy requires`);
    if (kind !== 'trust' && !s.resource) out.add('MISSING_RESOURCE', s.path, 'the statement has no `Resource` or `NotResource`');
    if (kind === 'trust' && s.resource) {
      out.add('RESOURCE_IN_TRUST_POLICY', memberPath(s.path, s.resource.negated ? 'NotResource' : 'Resource'), 'a trust policy cannot name a resource: it applies to its role', { onKey: true });
    }
  }
}
