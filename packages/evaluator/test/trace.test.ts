import { evaluate, type AuthorizationRequest } from '../src/index';

describe('trace', () => {
  const request: AuthorizationRequest = {
    principal: 'arn:aws:iam::111122223333:user/alice',
    action: 's3:GetObject',
    resource: 'arn:aws:s3:::reports/2024/q1.csv',
    context: { 'aws:SourceIp': '198.51.100.4' },
    identityPolicies: [
      {
        name: 'Reports',
        document: {
          Version: '2012-10-17' as const,
          Statement: [
            { Sid: 'OtherAction', Effect: 'Allow', Action: 's3:PutObject', Resource: 'arn:aws:s3:::reports/*' },
            { Sid: 'OtherRegion', Effect: 'Allow', Action: 's3:GetObject', Resource: 'arn:aws:s3:eu-west-1::reports/*' },
            { Sid: 'OfficeOnly', Effect: 'Allow', Action: 's3:GetObject', Resource: 'arn:aws:s3:::reports/*', Condition: { IpAddress: { 'aws:SourceIp': '203.0.113.0/24' } } },
            { Sid: 'OwnFolder', Effect: 'Allow', Action: 's3:GetObject', Resource: 'arn:aws:s3:::reports/${aws:PrincipalTag/team}/*' },
          ],
        },
      },
    ],
  };

  test('is absent unless asked for', () => {
    expect(evaluate(request).trace).toBeUndefined();
  });

  test('explains each statement: action, resource segment, condition values, missing variables', () => {
    const result = evaluate(request, { trace: true });
    expect(result.decision).toBe('ImplicitDeny');
    const trace = result.trace!;
    expect(trace).toMatchObject({ principalAccount: '111122223333', resourceAccount: '111122223333', crossAccount: false });
    expect(trace.policyTypes.map((t) => [t.policyType, t.decision])).toEqual([['identity', 'ImplicitDeny']]);
    const [otherAction, otherRegion, officeOnly, ownFolder] = trace.policyTypes[0]!.policies[0]!.statements;
    expect(otherAction).toMatchObject({ sid: 'OtherAction', matched: false, action: { matched: false } });
    expect(otherRegion).toMatchObject({ action: { matched: true, matchedValue: 's3:getobject' }, resource: { matched: false, reasons: [{ segment: 'region' }] } });
    expect(officeOnly).toMatchObject({
      resource: { matched: true, matchedValue: 'arn:aws:s3:::reports/*' },
      conditions: [{ operator: 'IpAddress', key: 'aws:SourceIp', matched: false, requestValues: ['198.51.100.4'], policyValues: ['203.0.113.0/24'] }],
    });
    expect(ownFolder).toMatchObject({ matched: false, resource: { matched: false, reasons: [{ segment: 'variable' }] } });
  });

  test('resource policies show how the principal was named', () => {
    const result = evaluate(
      {
        principal: 'arn:aws:iam::111122223333:user/alice',
        action: 's3:GetObject',
        resource: 'arn:aws:s3:::reports/q1.csv',
        resourcePolicy: { Version: '2012-10-17', Statement: [{ Effect: 'Allow', Principal: { AWS: '111122223333' }, Action: 's3:GetObject', Resource: '*' }] },
      },
      { trace: true },
    );
    const statement = result.trace!.policyTypes.find((t) => t.policyType === 'resource')!.policies[0]!.statements[0]!;
    expect(statement.principal).toEqual({ matched: true, negated: false, via: 'account' });
  });
});
