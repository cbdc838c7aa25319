// Security warnings: valid statements that grant more than they seem to (after IAM Access Analyzer's checks).
import { compileWildcard } from '../../compile/wildcard';
import { memberPath } from '../../parse/json-path';
import type { RuleContext } from './index';

const grantsPassRole = (patterns: string[]) => patterns.some((p) => compileWildcard(p.toLowerCase(), 'plain')('iam:passrole'));

export function securityRules({ kind, policy, out }: RuleContext): void {
  for (const s of policy.statements) {
    if (s.effect === 'Deny' && s.principal?.negated && kind === 'resource') {
      // AWS: "The NotPrincipal element with a Deny effect will always deny any IAM principal that has a permissions
      // boundary policy attached, regardless of the values specified in the NotPrincipal element."
      out.add('DENY_WITH_NOT_PRINCIPAL', s.principal.path, '`Deny` with `NotPrincipal` also denies every listed user or role that has a permissions boundary', {
        onKey: true,
        help: 'use `"Principal": "*"` with `"ArnNotEquals": {"aws:PrincipalArn": […]}` instead',
      });
    }
    if (s.effect !== 'Allow') continue;
    if (s.action?.negated) {
      out.add('ALLOW_WITH_NOT_ACTION', memberPath(s.path, 'NotAction'), '`Allow` with `NotAction` allows every action not listed, including future ones', {
        onKey: true,
        help: 'list the allowed actions in `Action` instead',
      });
    }
    if (s.resource?.negated) {
      out.add('ALLOW_WITH_NOT_RESOURCE', memberPath(s.path, 'NotResource'), '`Allow` with `NotResource` allows every resource not listed, including new ones', {
        onKey: true,
        help: 'list the allowed resources in `Resource` instead',
      });
    }
    if (s.principal?.negated) {
      out.add('ALLOW_WITH_NOT_PRINCIPAL', s.principal.path, '`Allow` with `NotPrincipal` allows everyone not listed, anonymous callers included', { onKey: true });
    }
    // In an identity policy a Principal is already an error; only resource and trust policies can be public.
    if ((kind === 'resource' || kind === 'trust') && s.principal && !s.principal.negated && s.principal.wildcard && s.conditions.length === 0) {
      out.add('PUBLIC_PRINCIPAL', s.principal.path, 'the statement allows anyone, anonymous callers included', { help: 'name the principals, or add a condition such as `aws:PrincipalOrgID`' });
    }
    if (s.action && !s.action.negated && grantsPassRole(s.action.values) && s.resource && !s.resource.negated && s.resource.values.includes('*')) {
      const index = s.resource.values.indexOf('*');
      out.add('PASS_ROLE_WITH_STAR_RESOURCE', s.resource.paths[index]!, '`iam:PassRole` with `"Resource": "*"` lets the caller hand any role to a service', {
        help: 'name the roles that may be passed, e.g. `arn:aws:iam::111122223333:role/deploy/*`',
      });
    }
    for (const entry of s.conditions) {
      if (!entry.operator.startsWith('ForAllValues:') || entry.operator.endsWith('IfExists')) continue;
      const guarded = s.conditions.some((c) => c.operator === 'Null' && c.key.toLowerCase() === entry.key.toLowerCase() && c.values.includes('false'));
      if (!guarded) {
        out.add('FOR_ALL_VALUES_WITH_ALLOW', entry.path, `\`ForAllValues\` holds when the request has no \`${entry.key}\` at all, so this allows requests without the key`, {
          onKey: true,
          help: `add \`"Null": {"${entry.key}": "false"}\` to require the key`,
        });
      }
    }
  }
}

