// The same 40 statements as Cedar policies, as a reference point for speed. Cedar has no action wildcards or policy
// variables, so actions and resources travel in the context and are matched with `like`; a policy variable becomes `*`.
import type { BenchCondition, BenchPolicy, BenchRequest } from './workload';

const ident = (key: string) => key.replace(/[^A-Za-z0-9_]/g, '_');
const str = (v: string) => JSON.stringify(v);
const likeVar = (pattern: string) => str(pattern.replace(/\$\{[^}]+\}/g, '*'));

function condition(c: BenchCondition): string {
  const k = `context.${ident(c.key)}`;
  const has = `context has ${ident(c.key)}`;
  switch (c.operator) {
    case 'StringEquals':
      return `(${has} && (${c.values.map((v) => `${k} == ${str(v)}`).join(' || ')}))`;
    case 'StringNotEquals':
      return `(!(${has}) || (${c.values.map((v) => `${k} != ${str(v)}`).join(' && ')}))`;
    case 'StringLike':
      return `(${has} && (${c.values.map((v) => `${k} like ${likeVar(v)}`).join(' || ')}))`;
    case 'IpAddress':
      return `(${has} && (${c.values.map((v) => `${k}.isInRange(ip(${str(v)}))`).join(' || ')}))`;
    case 'Bool':
      return `(${has} && ${k} == ${c.values[0] === 'true'})`;
    case 'NumericLessThan':
      return `(${has} && ${k}.lessThan(decimal(${str(Number(c.values[0]).toFixed(1))})))`;
    case 'DateGreaterThan':
      return `(${has} && ${k} > ${Math.floor(Date.parse(c.values[0]!) / 1000)})`;
  }
}

export function cedarPolicies(policies: BenchPolicy[]): Record<string, string> {
  const out: Record<string, string> = {};
  for (const p of policies) {
    const principal = p.attachedTo === 'user' ? 'principal == User::"alice"' : `principal in Group::${str(p.attachedTo)}`;
    for (const st of p.statements) {
      const parts = [
        `(${st.actions.map((a) => `context.action like ${str(a.toLowerCase())}`).join(' || ')})`,
        `(${st.resources.map((r) => `context.resource like ${likeVar(r)}`).join(' || ')})`,
        ...st.conditions.map(condition),
      ];
      out[`${p.name}.${st.sid}`] = `${st.effect === 'Allow' ? 'permit' : 'forbid'}(${principal}, action, resource) when { ${parts.join(' && ')} };`;
    }
  }
  return out;
}

const NUMERIC_KEYS = new Set(['s3:TlsVersion', 's3:max-keys']);

/** The request's context in Cedar's JSON, plus what IAM derives itself (current time, the caller's user name). */
export function cedarContext(request: BenchRequest, now: number, userName: string): Record<string, unknown> {
  const context: Record<string, unknown> = {
    action: request.action.toLowerCase(),
    resource: request.resource,
    aws_CurrentTime: Math.floor(now / 1000),
    aws_username: userName,
  };
  for (const [key, value] of Object.entries(request.context)) {
    if (key === 'aws:SourceIp') context[ident(key)] = { __extn: { fn: 'ip', arg: value } };
    else if (NUMERIC_KEYS.has(key)) context[ident(key)] = { __extn: { fn: 'decimal', arg: Number(value).toFixed(1) } };
    else if (value === 'true' || value === 'false') context[ident(key)] = value === 'true';
    else context[ident(key)] = value;
  }
  return context;
}

export function cedarEntities(groups: string[]) {
  return [
    { uid: { type: 'User', id: 'alice' }, attrs: {}, parents: groups.map((g) => ({ type: 'Group', id: g })) },
    ...groups.map((g) => ({ uid: { type: 'Group', id: g }, attrs: {}, parents: [] })),
  ];
}
