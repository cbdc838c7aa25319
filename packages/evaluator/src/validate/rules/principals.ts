// Principal values: AWS accounts and IAM/STS ARNs, service principals, federated identity providers.
import { parseArn } from '../../arn';
import type { RuleContext } from './index';

const ACCOUNT_ID = /^\d{12}$/;
const SERVICE = /^[a-z0-9.-]+\.amazonaws\.com(\.cn)?$/;
const HOST = /^[a-z0-9.-]+\.[a-z]{2,}$/i;

/** CloudFront origin access identities are IAM users of a pseudo-account: `arn:aws:iam::cloudfront:user/CloudFront Origin Access Identity E1234`. */
const CLOUDFRONT_ACCOUNT = 'cloudfront';

function validAwsPrincipal(value: string): boolean {
  if (ACCOUNT_ID.test(value)) return true;
  const arn = parseArn(value);
  if (!arn || (arn.service !== 'iam' && arn.service !== 'sts')) return false;
  if (!ACCOUNT_ID.test(arn.accountId) && arn.accountId !== CLOUDFRONT_ACCOUNT) return false;
  const r = arn.resource;
  return r === 'root' || /^(user|role)\/./.test(r) || /^assumed-role\/[^/]+\/./.test(r) || /^federated-user\/./.test(r);
}

export function principalRules({ policy, out }: RuleContext): void {
  for (const s of policy.statements) {
    if (!s.principal) continue;
    const element = s.principal.negated ? 'NotPrincipal' : 'Principal';
    for (const entry of s.principal.entries) {
      const v = entry.value;
      if (entry.type === 'AWS' && (v.includes('*') || v.includes('?'))) {
        // AWS: "*" alone means everyone; inside an ARN a wildcard is not a pattern, the principal matches no one.
        out.add('INVALID_PRINCIPAL', entry.path, `\`${v}\` in \`${element}\` holds a wildcard, which principals do not support`, {
          help: 'use `"AWS": "*"` with a condition such as `"ArnLike": {"aws:PrincipalArn": "…"}`',
        });
      } else if (entry.type === 'AWS' && !validAwsPrincipal(v)) {
        out.add('INVALID_PRINCIPAL', entry.path, `\`${v}\` in \`${element}\` is not an account id or an IAM/STS principal ARN`, {
          help: 'for example `111122223333`, `arn:aws:iam::111122223333:root` or `arn:aws:iam::111122223333:role/Name`',
        });
      } else if (entry.type === 'Service' && !SERVICE.test(v)) {
        out.add('INVALID_PRINCIPAL', entry.path, `\`${v}\` is not a service principal`, { help: 'for example `ec2.amazonaws.com`' });
      } else if (entry.type === 'Federated') {
        const arn = parseArn(v);
        const provider = arn ? arn.service === 'iam' && /^(saml|oidc)-provider\/./.test(arn.resource) : HOST.test(v);
        if (!provider) out.add('INVALID_PRINCIPAL', entry.path, `\`${v}\` is not an identity provider`, { help: 'an IAM SAML/OIDC provider ARN or a host such as `cognito-identity.amazonaws.com`' });
      }
    }
  }
}
