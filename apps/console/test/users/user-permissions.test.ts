import { userPolicyRows } from '../../src/features/users/user-details/user-permissions';

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
});
