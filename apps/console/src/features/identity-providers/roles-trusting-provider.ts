// "Roles" on a provider's page: the roles whose trust policy lets the provider's tokens in (an Allow statement whose
// Principal names the provider's ARN as Federated), read from the trust policies as the console lists them.

interface RoleWithTrustPolicy {
  roleName: string;
  arn: string;
  assumeRolePolicyDocument: string;
}

function namesProvider(principal: unknown, providerArn: string): boolean {
  if (typeof principal !== 'object' || principal === null) return false;
  const federated = (principal as { Federated?: unknown }).Federated;
  return Array.isArray(federated) ? federated.includes(providerArn) : federated === providerArn;
}

export function rolesTrustingProvider<TRole extends RoleWithTrustPolicy>(roles: readonly TRole[], providerArn: string): TRole[] {
  return roles.filter((role) => {
    let policy: unknown;
    try {
      policy = JSON.parse(role.assumeRolePolicyDocument);
    } catch {
      return false;
    }
    const statements = (policy as { Statement?: unknown }).Statement;
    const list = Array.isArray(statements) ? statements : statements ? [statements] : [];
    return (list as Array<{ Effect?: unknown; Principal?: unknown }>).some((statement) => statement.Effect === 'Allow' && namesProvider(statement.Principal, providerArn));
  });
}
