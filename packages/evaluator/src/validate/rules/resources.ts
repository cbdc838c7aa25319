// Resources: ARN format, policy variables, and a resource that no action of the statement can take.
import { parseArn } from '../../arn';
import type { Catalog } from '../../catalog/catalog';
import { parseTemplate } from '../../variables/substitute';
import type { Statement } from '../../types';
import type { RuleContext } from './index';

/** AWS: `*`, or an ARN with its six parts; a pattern may stop early on a `*` (`arn:aws:s3:::*`, `arn:aws:*`). */
function validArnPattern(value: string): boolean {
  if (value === '*') return true;
  if (parseArn(value)) return true;
  return value.startsWith('arn:') && value.endsWith('*');
}

/**
 * The services whose ARNs the statement's actions accept, and the ARN formats of their resource types; `undefined`
 * when unknown (wildcards, unknown actions, NotAction).
 */
function resourcesOfActions(s: Statement, catalog: Catalog): { services: Set<string>; formats: string[] } | undefined {
  if (!s.action || s.action.negated) return undefined;
  const services = new Set<string>();
  const formats: string[] = [];
  for (const value of s.action.values) {
    if (value.includes('*') || value.includes('?')) return undefined;
    const action = catalog.getAction(value);
    if (!action) return undefined;
    // An action without resource types takes only `*`; AWS ignores other resources for it, so no advice here.
    if (action.resourceTypes.length === 0) return undefined;
    for (const rt of action.resourceTypes) {
      const format = catalog.getResourceType(action.service, rt.name)?.arnFormat;
      const service = format ? parseArn(format)?.service : undefined;
      if (service) services.add(service.toLowerCase());
      if (format) formats.push(format);
    }
  }
  return services.size > 0 ? { services, formats } : undefined;
}

/** The resource type an ARN's resource part starts with (`order` in `order/42`); undefined when it has none. */
function resourceTypeToken(arn: string): string | undefined {
  const resource = parseArn(arn)?.resource;
  if (resource === undefined) return undefined;
  const token = /^[^/:]*/.exec(resource)![0];
  return token.length > 0 && token.length < resource.length ? token : undefined;
}

/**
 * Whether the ARN names a resource type none of the formats has (`invoice/7` where the actions take `order/${Id}`).
 * Undecided (false) when a format has no literal type (`${BucketName}`) or the ARN's type holds a wildcard.
 */
function wrongResourceType(value: string, formats: readonly string[], service: string): boolean {
  const token = resourceTypeToken(value);
  if (token === undefined || /[*?$]/.test(token)) return false;
  const tokens = formats.filter((format) => parseArn(format)?.service.toLowerCase() === service).map(resourceTypeToken);
  if (tokens.length === 0 || tokens.some((candidate) => candidate === undefined || candidate.includes('$'))) return false;
  return !tokens.includes(token);
}

export function resourceRules({ policy, out, catalog }: RuleContext): void {
  const variables = policy.version === '2012-10-17';
  for (const s of policy.statements) {
    if (!s.resource) continue;
    const element = s.resource.negated ? 'NotResource' : 'Resource';
    let accepted: ReturnType<typeof resourcesOfActions> | null = null;
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
      if (accepted === null) accepted = resourcesOfActions(s, catalog);
      if (!accepted) return;
      if (!accepted.services.has(service.toLowerCase())) {
        out.add('RESOURCE_SERVICE_MISMATCH', path, `no action of the statement applies to \`${service}\` resources such as \`${value}\``);
      } else if (wrongResourceType(value, accepted.formats, service.toLowerCase())) {
        out.add('RESOURCE_TYPE_MISMATCH', path, `no action of the statement takes a resource of the type of \`${value}\``, {
          help: `the actions take ${[...new Set(accepted.formats)].map((format) => `\`${format}\``).join(', ')}`,
        });
      }
    });
  }
}
