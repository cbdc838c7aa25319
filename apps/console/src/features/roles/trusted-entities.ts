// The "Trusted entities" column of the Roles table and the role's summary: who the trust policy lets assume the role,
// in AWS console's words. Only Allow statements with a Principal grant anything; anything unreadable says so.

/** `AWS service: ec2`, `Account: 444455556666`, `Identity provider: token.actions.githubusercontent.com`, `Anyone`. */
export function trustedEntities(assumeRolePolicyDocument: string): string[] {
  let policy: unknown;
  try {
    policy = JSON.parse(assumeRolePolicyDocument);
  } catch {
    return ['The trust policy is not valid JSON'];
  }
  const statements = (policy as { Statement?: unknown }).Statement;
  const list = Array.isArray(statements) ? statements : statements ? [statements] : [];
  const entities: string[] = [];
  for (const statement of list as Array<{ Effect?: unknown; Principal?: unknown }>) {
    if (statement.Effect !== 'Allow' || statement.Principal === undefined) continue;
    for (const entity of describePrincipal(statement.Principal)) if (!entities.includes(entity)) entities.push(entity);
  }
  return entities;
}

function describePrincipal(principal: unknown): string[] {
  if (principal === '*') return ['Anyone'];
  if (typeof principal !== 'object' || principal === null) return [];
  return Object.entries(principal as Record<string, unknown>).flatMap(([type, value]) => {
    const values = (Array.isArray(value) ? value : [value]).filter((v): v is string => typeof v === 'string');
    return values.map((v) => describeEntry(type, v));
  });
}

function describeEntry(type: string, value: string): string {
  switch (type) {
    case 'Service':
      return `AWS service: ${value.replace(/\.amazonaws\.com(\.cn)?$/, '')}`;
    case 'AWS': {
      if (value === '*') return 'Anyone';
      if (/^\d{12}$/.test(value)) return `Account: ${value}`;
      const root = /^arn:aws[\w-]*:iam::(\d{12}):root$/.exec(value);
      return root ? `Account: ${root[1]}` : value;
    }
    case 'Federated': {
      // An IAM OIDC or SAML provider is named by its URL or name, as the AWS console shows it.
      const provider = /^arn:aws[\w-]*:iam::\d{12}:(?:oidc|saml)-provider\/(.+)$/.exec(value);
      return `Identity provider: ${provider ? provider[1] : value}`;
    }
    default:
      return `${type}: ${value}`;
  }
}
