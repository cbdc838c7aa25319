import { generatePassword } from '../../src/features/users/create-user-wizard/generate-password';
import { permissionsSummary } from '../../src/features/users/create-user-wizard/permissions-summary';
import { initialCreateUserState, permissionsErrors, userDetailsErrors } from '../../src/features/users/create-user-wizard/wizard-state';
import { accessKeyCsv, consoleCredentialsCsv } from '../../src/features/users/credentials-csv';
import { userMatchesFilter, type UserRow } from '../../src/features/users/user-row';
import { timeAgo } from '../../src/components/time/time-ago';

describe('generatePassword', () => {
  it('has the length asked for and every character class, so any password policy accepts it', () => {
    for (let i = 0; i < 200; i += 1) {
      const password = generatePassword();
      expect(password).toHaveLength(20);
      expect(password).toMatch(/[a-z]/);
      expect(password).toMatch(/[A-Z]/);
      expect(password).toMatch(/[0-9]/);
      expect(password).toMatch(/[!@#$%^&*()_+\-=[\]{}|']/);
    }
    expect(new Set(Array.from({ length: 50 }, () => generatePassword())).size).toBe(50);
  });
});

describe('wizard checks', () => {
  it("refuses user names outside AWS's characters and a custom password left empty", () => {
    expect(userDetailsErrors({ ...initialCreateUserState, userName: 'dana' })).toEqual({});
    expect(userDetailsErrors({ ...initialCreateUserState, userName: 'da na' }).userName).toBe("The user name can't contain a space. Use letters, numbers and + = , . @ _ -.");
    expect(userDetailsErrors({ ...initialCreateUserState, userName: 'x'.repeat(65) }).userName).toBeDefined();
    expect(userDetailsErrors({ ...initialCreateUserState, userName: 'dana', consoleAccess: true, passwordType: 'custom' }).customPassword).toBe('Enter a custom password.');
  });

  it('asks for a user to copy from', () => {
    expect(permissionsErrors({ ...initialCreateUserState, permissionsOption: 'copy' }).copyFrom).toBe('Choose a user to copy permissions from.');
    expect(permissionsErrors({ ...initialCreateUserState, permissionsOption: 'copy', copyFromUserName: 'bob' })).toEqual({});
  });

  it('asks for a boundary policy once a permissions boundary is chosen', () => {
    expect(permissionsErrors({ ...initialCreateUserState, useBoundary: true }).permissionsBoundary).toBe('Choose a policy to use as the permissions boundary.');
    expect(permissionsErrors({ ...initialCreateUserState, useBoundary: true, permissionsBoundaryArn: 'arn:aws:iam::aws:policy/ReadOnlyAccess' })).toEqual({});
    expect(permissionsErrors({ ...initialCreateUserState, permissionsBoundaryArn: 'arn:aws:iam::aws:policy/ReadOnlyAccess' })).toEqual({});
  });
});

describe('permissions summary of the review step', () => {
  const withPolicies = {
    ...initialCreateUserState,
    userName: 'dana',
    groupNames: ['Developers'],
    policyArns: ['arn:aws:iam::aws:policy/IAMReadOnlyAccess', 'arn:aws:iam::111122223333:policy/teams/WebsiteDatabaseAccess'],
  };

  it('lists the attached policies by name and type when they are attached directly, and not the groups left behind', () => {
    expect(permissionsSummary({ ...withPolicies, permissionsOption: 'policies' })).toEqual([
      { name: 'IAMReadOnlyAccess', type: 'AWS managed', usedAs: 'Permissions policy' },
      { name: 'WebsiteDatabaseAccess', type: 'Customer managed', usedAs: 'Permissions policy' },
    ]);
    expect(permissionsSummary({ ...withPolicies, permissionsOption: 'groups' })).toEqual([{ name: 'Developers', type: 'Group', usedAs: 'Permissions group' }]);
  });

  it('adds the permissions boundary only while a boundary is chosen', () => {
    const boundary = { permissionsBoundaryArn: 'arn:aws:iam::aws:policy/PowerUserAccess' };
    expect(permissionsSummary({ ...withPolicies, ...boundary, useBoundary: true, permissionsOption: 'groups' })).toEqual([
      { name: 'Developers', type: 'Group', usedAs: 'Permissions group' },
      { name: 'PowerUserAccess', type: 'AWS managed - job function', usedAs: 'Permissions boundary' },
    ]);
    expect(permissionsSummary({ ...withPolicies, ...boundary, useBoundary: false, permissionsOption: 'groups' })).toHaveLength(1);
  });
});

describe('credentials .csv files', () => {
  it("uses AWS's columns and quotes what needs quoting", () => {
    expect(consoleCredentialsCsv('dana', 'a,b"c', 'http://x/signin?account=acme')).toBe(
      'User name,Password,Console sign-in URL\r\ndana,"a,b""c",http://x/signin?account=acme\r\n',
    );
    expect(accessKeyCsv('AKIAEXAMPLE', 'secret/+')).toBe('Access key ID,Secret access key\r\nAKIAEXAMPLE,secret/+\r\n');
  });
});

describe('users table', () => {
  const bob: UserRow = {
    userId: 'AIDA1',
    userName: 'bob',
    path: '/engineering/',
    arn: 'arn:aws:iam::111122223333:user/engineering/bob',
    createDate: '2026-01-01T00:00:00.000Z',
    passwordLastUsed: null,
    groups: [{ groupName: 'Developers' }],
  };

  it('filters on name, path, ARN and group names, ignoring case', () => {
    expect(userMatchesFilter(bob, 'BOB')).toBe(true);
    expect(userMatchesFilter(bob, 'engineering')).toBe(true);
    expect(userMatchesFilter(bob, 'developers')).toBe(true);
    expect(userMatchesFilter(bob, 'alice')).toBe(false);
  });

  it('shows ages as the IAM console does', () => {
    const now = new Date('2026-01-11T12:00:00Z');
    expect(timeAgo(null, now)).toBe('Never');
    expect(timeAgo('2026-01-11T01:00:00Z', now)).toBe('Today');
    expect(timeAgo('2026-01-10T01:00:00Z', now)).toBe('Yesterday');
    expect(timeAgo('2026-01-01T12:00:00Z', now)).toBe('10 days ago');
  });
});
