import { permissionsSummary } from '../../src/features/policies/create-policy/permissions-summary';
import { policyNameError } from '../../src/features/policies/create-policy/wizard-state';
import { fromJson } from '../../src/features/policies/policy-editor/model/from-json';

describe('Review and create', () => {
  it('summarises each statement per service, as IAM words it', () => {
    const read = fromJson(
      JSON.stringify({
        Version: '2012-10-17',
        Statement: [
          { Effect: 'Allow', Action: ['iam:ListUsers', 'iam:GetUser', 's3:*'], Resource: '*' },
          { Effect: 'Deny', Action: 'iam:DeleteUser', Resource: 'arn:aws:iam::111122223333:user/admin', Condition: { Bool: { 'aws:MultiFactorAuthPresent': 'false' } } },
        ],
      }),
    );
    if (!read.ok) throw new Error('expected a draft');
    expect(permissionsSummary(read.draft)).toEqual([
      { effect: 'Allow', serviceName: 'AWS Identity and Access Management (IAM)', accessLevel: 'Limited: List, Read', resources: ['All resources'], conditions: [] },
      { effect: 'Allow', serviceName: 'Amazon S3', accessLevel: 'Full access', resources: ['All resources'], conditions: [] },
      {
        effect: 'Deny',
        serviceName: 'AWS Identity and Access Management (IAM)',
        accessLevel: 'Limited: Write',
        resources: ['arn:aws:iam::111122223333:user/admin'],
        conditions: ['Bool aws:MultiFactorAuthPresent'],
      },
    ]);
  });

  it('accepts policy names as AWS does', () => {
    expect(policyNameError('ReadReports+v2=ok,@-_.')).toBeUndefined();
    expect(policyNameError('')).toBe('Enter a policy name.');
    expect(policyNameError('no spaces')).toBeDefined();
    expect(policyNameError('x'.repeat(129))).toBe('The policy name is too long: 129 characters, the limit is 128.');
  });
});
