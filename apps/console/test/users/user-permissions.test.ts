import { userPolicyRowId, userPolicyRows } from '../../src/features/users/user-details/user-permissions';

describe('userPolicyRows', () => {
  it('lists direct managed and inline policies, then those of each group the user is in, with how they apply', () => {
    const rows = userPolicyRows(
      {
        userDetailList: [
          {
            userName: 'jenkins',
            attachedManagedPolicies: [{ policyName: 'JenkinsDeploy', policyArn: 'arn:aws:iam::111122223333:policy/system/JenkinsDeploy' }],
            userPolicyList: [{ policyName: 'ReadLogs', policyDocument: '{}' }],
            groupList: ['Developers'],
          },
        ],
        groupDetailList: [
          { groupName: 'Developers', attachedManagedPolicies: [{ policyName: 'PowerUserAccess', policyArn: 'arn:aws:iam::aws:policy/PowerUserAccess' }], groupPolicyList: [] },
          { groupName: 'Admins', attachedManagedPolicies: [{ policyName: 'AdministratorAccess', policyArn: 'arn:aws:iam::aws:policy/AdministratorAccess' }], groupPolicyList: [] },
        ],
      },
      'jenkins',
    );
    expect(rows.map(({ policyName, type, attachedVia }) => [policyName, type, attachedVia])).toEqual([
      ['JenkinsDeploy', 'Customer managed', 'Directly'],
      ['ReadLogs', 'Customer inline', 'Directly'],
      ['PowerUserAccess', 'AWS managed', 'Group Developers'],
    ]);
  });

  it('keeps a policy attached directly and through a group apart, and an inline policy apart from a managed one of the same name', () => {
    const rows = userPolicyRows(
      {
        userDetailList: [
          {
            userName: 'dana',
            attachedManagedPolicies: [{ policyName: 'ReadOnlyAccess', policyArn: 'arn:aws:iam::aws:policy/ReadOnlyAccess' }],
            userPolicyList: [{ policyName: 'ReadOnlyAccess', policyDocument: '{}' }],
            groupList: ['Auditors'],
          },
        ],
        groupDetailList: [{ groupName: 'Auditors', attachedManagedPolicies: [{ policyName: 'ReadOnlyAccess', policyArn: 'arn:aws:iam::aws:policy/ReadOnlyAccess' }], groupPolicyList: [] }],
      },
      'dana',
    );
    expect(rows).toHaveLength(3);
    expect(new Set(rows.map(userPolicyRowId)).size).toBe(3);
  });
});
