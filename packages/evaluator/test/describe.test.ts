import { describeDecision, describeDenial, evaluate, type PolicyDocument } from '../src/index';

const alice = 'arn:aws:iam::111122223333:user/alice';
const boundary = { name: 'Boundary', document: <PolicyDocument>{ Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: '*', Resource: '*' }, { Sid: 'DenyDelete', Effect: 'Deny', Action: 's3:Delete*', Resource: '*' }] } };
const s3Admin = { name: 'S3Admin', document: <PolicyDocument>{ Version: '2012-10-17', Statement: [{ Sid: 'All', Effect: 'Allow', Action: 's3:*', Resource: '*' }] } };

describe('describeDenial and describeDecision', () => {
  test('allowed: no denial phrase; the allowing statements named', () => {
    const result = evaluate({ principal: alice, action: 's3:GetObject', resource: 'arn:aws:s3:::b/k', identityPolicies: [s3Admin], permissionsBoundary: boundary });
    expect(describeDenial(result)).toBeUndefined();
    expect(describeDecision(result)).toEqual([
      'Allowed',
      'Allowed by statement 1 (All) of policy S3Admin (identity-based policy)',
      'Allowed by statement 1 of policy Boundary (permissions boundary)',
      'Identity-based policies: allow',
      'Permissions boundary: allow',
    ]);
  });

  test('explicit deny: the denying statement, counted from 1', () => {
    const result = evaluate({ principal: alice, action: 's3:DeleteObject', resource: 'arn:aws:s3:::b/k', identityPolicies: [s3Admin], permissionsBoundary: boundary });
    expect(describeDenial(result)).toBe('with an explicit deny in a permissions boundary');
    expect(result.blockedBy!.statement).toMatchObject({ policy: 'Boundary', statementIndex: 1, sid: 'DenyDelete', policyType: 'boundary' });
    expect(describeDecision(result)).toContain('Denied by statement 2 (DenyDelete) of policy Boundary (permissions boundary)');
  });

  test('implicit deny names the missing allow', () => {
    const result = evaluate({ principal: alice, action: 'iam:CreateUser', resource: 'arn:aws:iam::111122223333:user/bob' });
    expect(describeDecision(result)).toEqual(['Implicitly denied because no identity-based policy allows the iam:CreateUser action', 'Identity-based policies: no allow']);
  });
});
