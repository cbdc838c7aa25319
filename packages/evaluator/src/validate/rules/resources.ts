// Resources: ARN format, policy variables, and a resource that no action of the statement can take.
import { parseArn } from '../../arn';
import { getAction, getResourceType } from '../../catalog';
import { parseTemplate } from '../../variables/substitute';
import type { Statement } from '../../types';
import type { RuleContext } from './index';

/** AWS: `*`, or an ARN with its six parts; a pattern may stop early on a `*` (`arn:aws:s3:::*`, `arn:aws:*`). */
function validArnPattern(value: string): boolean {
  if (value === '*') return true;
  if (parseArn(value)) return true;
  return value.startsWith('arn:') && value.endsWith('*');
}

/** Services whose ARNs the statement's actions accept; `undefined` when unknown (wildcards, unknown actions, NotAction). */
function servicesOfActions(s: Statement): Set<string> | undefined {
  if (!s.action || s.action.negated) return undefined;
  const services = new Set<string>();
  for (const value of s.action.values) {
    if (value.includes('*') || value.includes('?')) return undefined;
    const action = getAction(value);
    if (!action) return undefined;
    // An action without resource types takes only `*`; AWS ignores other resources for it, so no advice here.
    if (action.resourceTypes.length === 0) return undefined;
    for (const rt of action.resourceTypes) {
      const format = getResourceType(action.service, rt.name)?.arnFormat;
      const service = format ? parseArn(format)?.service : undefined;
      if (service) services.add(service.toLowerCase());
    }
  }
  return services.size > 0 ? services : undefined;
}

export function resourceRules({ policy, out }: RuleContext): void {
  const variables = policy.version === '2012-10-17';
  for (const s of policy.statements) {
    if (!s.resource) continue;
    const element = s.resource.negated ? 'NotResource' : 'Resource';
    let services: Set<string> | undefined | null = null;
    s.resource.values.forEach((value, i) => {
      const path = s.resource!.paths[i]!;
      if (!validArnPattern(value)) {
        out.add('INVALID_RESOURCE', path, `\`${value}\` in \`${element}\` is neither \`*\` nor an ARN`, { help: 'an ARN looks like `arn:aws:s3:::bucket/key`' });
        return;
      }
      if (value.includes('${')) {
        const template = parseTemplate(value);
        if (!template.ok) out.add('INVALID_POLICY_VARIABLE', path, template.message);
        else if (!variables) {
          out.add('VARIABLE_IN_OLD_VERSION', path, `\`${value}\` holds a policy variable, which this policy version reads literally`, { help: 'use `"Version": "2012-10-17"`' });
        }
      }
      if (s.resource!.negated) return;
      const service = parseArn(value)?.service;
      if (!service || service.includes('*') || service.includes('?') || service.includes('${')) return;
      if (services === null) services = servicesOfActions(s);
      if (services && !services.has(service.toLowerCase())) {
        out.add('RESOURCE_SERVICE_MISMATCH', path, `no action of the statement applies to \`${service}\` resources such as \`${value}\``);
      }
    });
  }
}
