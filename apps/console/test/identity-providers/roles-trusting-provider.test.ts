import { providerUrlError } from '../../src/features/identity-providers/provider-rules';
import { rolesTrustingProvider } from '../../src/features/identity-providers/roles-trusting-provider';

const providerArn = 'arn:aws:iam::111122223333:oidc-provider/token.actions.githubusercontent.com';
const role = (roleName: string, statement: unknown) => ({
  roleName,
  arn: `arn:aws:iam::111122223333:role/${roleName}`,
  assumeRolePolicyDocument: JSON.stringify({ Version: '2012-10-17', Statement: statement }),
});

it('finds the roles whose Allow statements name the provider as a Federated principal', () => {
  const roles = [
    role('Deploy', [{ Effect: 'Allow', Principal: { Federated: providerArn }, Action: 'sts:AssumeRoleWithWebIdentity' }]),
    role('Both', { Effect: 'Allow', Principal: { Federated: ['cognito-identity.amazonaws.com', providerArn] }, Action: 'sts:AssumeRoleWithWebIdentity' }),
    role('Denied', [{ Effect: 'Deny', Principal: { Federated: providerArn }, Action: 'sts:AssumeRoleWithWebIdentity' }]),
    role('Ec2', [{ Effect: 'Allow', Principal: { Service: 'ec2.amazonaws.com' }, Action: 'sts:AssumeRole' }]),
    { roleName: 'Broken', arn: 'arn:aws:iam::111122223333:role/Broken', assumeRolePolicyDocument: '{' },
  ];
  expect(rolesTrustingProvider(roles, providerArn).map((r) => r.roleName)).toEqual(['Deploy', 'Both']);
});

it('accepts https:// issuer URLs only, without query or fragment', () => {
  expect(providerUrlError('https://token.actions.githubusercontent.com')).toBeUndefined();
  expect(providerUrlError('https://127.0.0.1:8443/tenant')).toBeUndefined();
  expect(providerUrlError('http://issuer.example.com')).toBeDefined();
  expect(providerUrlError('https://issuer.example.com/?a=1')).toBeDefined();
  expect(providerUrlError('')).toBe('Enter the provider URL.');
});
