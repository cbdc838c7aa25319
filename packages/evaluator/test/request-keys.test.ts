// Condition keys AWS sets from the request itself, available to conditions and policy variables without a context.
import { evaluate, type AuthorizationRequest } from '../src/index';

function keyEquals(principal: string, key: string, value: string, extra: Partial<AuthorizationRequest> = {}): boolean {
  const statement = { Effect: 'Allow' as const, Action: 's3:GetObject', Resource: '*', Condition: { StringEquals: { [key]: value } } };
  const resourceStatement = { ...statement, Principal: '*' as const };
  return evaluate({
    principal,
    action: 's3:GetObject',
    resource: 'arn:aws:s3:::bucket/key',
    identityPolicies: [{ Version: '2012-10-17', Statement: [statement] }],
    // Callers without identity policies (services) are tested through a resource policy.
    resourcePolicy: { Version: '2012-10-17', Statement: [resourceStatement] },
    ...extra,
  }).allowed;
}

const user = 'arn:aws:iam::111122223333:user/team/alice';
const session = 'arn:aws:sts::111122223333:assumed-role/deploy/ci';

describe('derived request keys', () => {
  test.each<[string, string, string, boolean]>([
    [user, 'aws:username', 'alice', true],
    [user, 'aws:PrincipalArn', user, true],
    [user, 'aws:PrincipalAccount', '111122223333', true],
    [user, 'aws:PrincipalType', 'User', true],
    [user, 'aws:ResourceAccount', '111122223333', true],
    [user, 'aws:PrincipalIsAWSService', 'false', true],
    [session, 'aws:PrincipalType', 'AssumedRole', true],
    [session, 'aws:PrincipalArn', 'arn:aws:iam::111122223333:role/deploy', true],
    [session, 'aws:username', 'ci', false],
    ['arn:aws:iam::111122223333:root', 'aws:PrincipalType', 'Account', true],
    ['arn:aws:sts::111122223333:federated-user/bob', 'aws:PrincipalType', 'FederatedUser', true],
    ['lambda.amazonaws.com', 'aws:PrincipalIsAWSService', 'true', true],
    ['lambda.amazonaws.com', 'aws:PrincipalServiceName', 'lambda.amazonaws.com', true],
  ])('%s: %s = %s → %s', (principal, key, value, holds) => {
    expect(keyEquals(principal, key, value)).toBe(holds);
  });

  test('the request context wins over a derived value', () => {
    expect(keyEquals(session, 'aws:PrincipalArn', 'arn:aws:iam::111122223333:role/pipelines/deploy', { context: { 'aws:PrincipalArn': 'arn:aws:iam::111122223333:role/pipelines/deploy' } })).toBe(true);
  });

  test('aws:ResourceAccount follows resourceAccount when the ARN names none', () => {
    expect(keyEquals(user, 'aws:ResourceAccount', '444455556666', { resourceAccount: '444455556666' })).toBe(true);
    expect(keyEquals(user, 'aws:ResourceAccount', '111122223333', { resourceAccount: '444455556666' })).toBe(false);
  });
});
