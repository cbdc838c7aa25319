import { trustedEntities } from '../../src/features/roles/trusted-entities';

const trust = (statements: object[]) => JSON.stringify({ Version: '2012-10-17', Statement: statements });

describe('trustedEntities', () => {
  it('names services, accounts, roles, identity providers and anyone, once each', () => {
    expect(
      trustedEntities(
        trust([
          { Effect: 'Allow', Principal: { Service: ['ec2.amazonaws.com', 'lambda.amazonaws.com'] }, Action: 'sts:AssumeRole' },
          { Effect: 'Allow', Principal: { AWS: ['arn:aws:iam::444455556666:root', '111122223333', 'arn:aws:iam::444455556666:role/ci'] }, Action: 'sts:AssumeRole' },
          { Effect: 'Allow', Principal: { Federated: 'token.actions.githubusercontent.com' }, Action: 'sts:AssumeRoleWithWebIdentity' },
          { Effect: 'Allow', Principal: { Service: 'ec2.amazonaws.com' }, Action: 'sts:TagSession' },
        ]),
      ),
    ).toEqual([
      'AWS service: ec2',
      'AWS service: lambda',
      'Account: 444455556666',
      'Account: 111122223333',
      'arn:aws:iam::444455556666:role/ci',
      'Identity provider: token.actions.githubusercontent.com',
    ]);
  });

  it('ignores Deny statements and reads a single statement object and "*"', () => {
    expect(trustedEntities(JSON.stringify({ Statement: { Effect: 'Allow', Principal: '*', Action: 'sts:AssumeRole' } }))).toEqual(['Anyone']);
    expect(trustedEntities(trust([{ Effect: 'Deny', Principal: { AWS: '*' }, Action: 'sts:AssumeRole' }]))).toEqual([]);
  });

  it('says when the document cannot be read', () => {
    expect(trustedEntities('{')).toEqual(['The trust policy is not valid JSON']);
  });
});
