import { displayNameOf, MAX_RECENT_ROLES, recentRoleFor, rememberRole, switchRoleFormErrors, type RecentRole } from '../../src/features/auth/identity/role-history';

const role = (roleName: string, accountId = '111122223333'): RecentRole => ({ account: accountId, accountId, roleName, displayName: roleName, color: 'blue' });

describe('Switch role history and form', () => {
  it('accepts an account ID or an alias, and says what is wrong with anything else', () => {
    const form = { roleName: 'Deploy', displayName: '', color: 'red' as const };
    expect(switchRoleFormErrors({ ...form, account: '111122223333' })).toEqual({});
    expect(switchRoleFormErrors({ ...form, account: 'acme-production' })).toEqual({});
    expect(switchRoleFormErrors({ ...form, account: '1111' }).account).toBe('An account ID has 12 digits; this one has 4.');
    expect(switchRoleFormErrors({ ...form, account: 'Acme Production' }).account).toMatch(/12-digit ID or its alias/);
    expect(switchRoleFormErrors({ ...form, account: 'acme', roleName: 'has space' }).roleName).toBeDefined();
  });

  it("names a role as AWS does when no display name is given", () => {
    expect(displayNameOf({ account: 'acme-production', roleName: 'team/Deploy', displayName: '' })).toBe('Deploy @ acme-production');
    expect(displayNameOf({ account: 'acme-production', roleName: 'Deploy', displayName: 'Prod deploy' })).toBe('Prod deploy');
  });

  it('keeps the last five roles, the latest first, once each', () => {
    let history: RecentRole[] = [];
    for (const name of ['A', 'B', 'C', 'D', 'E', 'F']) history = rememberRole(history, role(name));
    expect(history.map((entry) => entry.roleName)).toEqual(['F', 'E', 'D', 'C', 'B']);
    expect(history).toHaveLength(MAX_RECENT_ROLES);
    history = rememberRole(history, { ...role('D'), color: 'green' });
    expect(history.map((entry) => entry.roleName)).toEqual(['D', 'F', 'E', 'C', 'B']);
    expect(history[0]!.color).toBe('green');
  });

  it('finds the remembered entry for the role session by account ID and role name (without its path)', () => {
    const history = [role('team/Deploy'), role('Deploy', '444455556666')];
    expect(recentRoleFor(history, '111122223333', 'Deploy')?.roleName).toBe('team/Deploy');
    expect(recentRoleFor(history, '999999999999', 'Deploy')).toBeUndefined();
  });
});
