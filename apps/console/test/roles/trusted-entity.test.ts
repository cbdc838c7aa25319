import { validatePolicy } from '@gatehouse/evaluator';
import { initialTrustedEntity, trustedEntityError, trustPolicyFor, type TrustedEntity } from '../../src/features/roles/create-role/trusted-entity';

const thisAccountId = '111122223333';

describe('trust policy of a trusted entity choice', () => {
  it('lets an AWS service assume the role', () => {
    expect(JSON.parse(trustPolicyFor({ type: 'service', servicePrincipal: 'lambda.amazonaws.com' }, thisAccountId))).toEqual({
      Version: '2012-10-17',
      Statement: [{ Effect: 'Allow', Principal: { Service: 'lambda.amazonaws.com' }, Action: 'sts:AssumeRole' }],
    });
  });

  it('trusts another account, with MFA and an external ID required', () => {
    const entity: TrustedEntity = { type: 'account', account: 'another', accountId: '444455556666', requireExternalId: true, externalId: 'partner-7', requireMfa: true };
    expect(trustedEntityError(entity)).toBeUndefined();
    expect(JSON.parse(trustPolicyFor(entity, thisAccountId)).Statement[0]).toEqual({
      Effect: 'Allow',
      Principal: { AWS: 'arn:aws:iam::444455556666:root' },
      Action: 'sts:AssumeRole',
      Condition: { StringEquals: { 'sts:ExternalId': 'partner-7' }, Bool: { 'aws:MultiFactorAuthPresent': 'true' } },
    });
  });

  it('trusts this account without conditions', () => {
    const policy = JSON.parse(trustPolicyFor(initialTrustedEntity('account'), thisAccountId));
    expect(policy.Statement[0]).toEqual({ Effect: 'Allow', Principal: { AWS: 'arn:aws:iam::111122223333:root' }, Action: 'sts:AssumeRole' });
  });

  it('writes trust policies that validate as trust policies without errors', () => {
    const entities: TrustedEntity[] = [
      initialTrustedEntity('service'),
      { type: 'account', account: 'another', accountId: '444455556666', requireExternalId: false, externalId: '', requireMfa: true },
    ];
    for (const entity of entities) {
      expect(validatePolicy(trustPolicyFor(entity, thisAccountId), { kind: 'trust' }).filter((f) => f.severity === 'ERROR')).toEqual([]);
    }
  });

  it('refuses an account ID that is not 12 digits and a too short external ID', () => {
    expect(trustedEntityError({ ...(initialTrustedEntity('account') as Extract<TrustedEntity, { type: 'account' }>), account: 'another', accountId: '4444' })).toBe(
      'Enter a 12-digit account ID.',
    );
    expect(trustedEntityError({ ...(initialTrustedEntity('account') as Extract<TrustedEntity, { type: 'account' }>), requireExternalId: true, externalId: 'x' })).toMatch(/external ID/);
  });

  it('uses the custom document as it is', () => {
    const custom = initialTrustedEntity('custom');
    expect(trustPolicyFor(custom, thisAccountId)).toBe((custom as Extract<TrustedEntity, { type: 'custom' }>).trustPolicy);
  });
});
