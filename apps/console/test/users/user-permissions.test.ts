import { userPolicyRowId, userPolicyRows } from '../../src/features/users/user-details/user-permissions';

describe('userPolicyRows', () => {
  it('shows each governing policy with its type and how it applies, in the order the API gives them', () => {
    const rows = userPolicyRows({
      groupList: ['Developers'],
      identityPolicies: [
        { policyName: 'JenkinsDeploy', policyArn: 'arn:aws:iam::111122223333:policy/system/JenkinsDeploy', policyType: 'user_managed', groupName: null, policyDocument: '{}' },
        { policyName: 'PowerUserAccess', policyArn: 'arn:aws:iam::aws:policy/PowerUserAccess', policyType: 'aws_managed', groupName: 'Developers', policyDocument: '{}' },
        { policyName: 'ReadLogs', policyArn: null, policyType: 'user', groupName: null, policyDocument: '{"Version":"2012-10-17"}' },
      ],
    });
    expect(rows.map(({ policyName, type, attachedVia }) => [policyName, type, attachedVia])).toEqual([
      ['JenkinsDeploy', 'Customer managed', 'Directly'],
      ['PowerUserAccess', 'AWS managed - job function', 'Group Developers'],
      ['ReadLogs', 'Customer inline', 'Directly'],
    ]);
    expect(rows[2]).toMatchObject({ policyDocument: '{"Version":"2012-10-17"}' });
    expect(rows[0]).not.toHaveProperty('policyDocument');
  });

  it('keeps a policy attached directly and through a group apart, and an inline policy apart from a managed one of the same name', () => {
    const rows = userPolicyRows({
      groupList: ['Auditors'],
      identityPolicies: [
        { policyName: 'ReadOnlyAccess', policyArn: 'arn:aws:iam::aws:policy/ReadOnlyAccess', policyType: 'aws_managed', groupName: null, policyDocument: '{}' },
        { policyName: 'ReadOnlyAccess', policyArn: 'arn:aws:iam::aws:policy/ReadOnlyAccess', policyType: 'aws_managed', groupName: 'Auditors', policyDocument: '{}' },
        { policyName: 'ReadOnlyAccess', policyArn: null, policyType: 'user', groupName: null, policyDocument: '{}' },
      ],
    });
    expect(rows).toHaveLength(3);
    expect(new Set(rows.map(userPolicyRowId)).size).toBe(3);
  });
});
