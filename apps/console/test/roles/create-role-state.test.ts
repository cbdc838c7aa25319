import { roleDescriptionError, roleNameError } from '../../src/features/roles/create-role/create-role-state';

describe('create role fields', () => {
  it('takes AWS role names of 1–64 characters of letters, digits and +=,.@-_', () => {
    expect(roleNameError('Deploy+ci=1,a.b@c-d_e')).toBeUndefined();
    expect(roleNameError('')).toBe('Enter a role name.');
    expect(roleNameError('x'.repeat(65))).toBe('The role name is too long: 65 characters, the limit is 64.');
    expect(roleNameError('has space')).toMatch(/can't contain a space/);
  });

  it('takes descriptions of printable Latin-1 up to 1,000 characters', () => {
    expect(roleDescriptionError('Déploiements, à la demande.')).toBeUndefined();
    expect(roleDescriptionError('emoji 🚀')).toMatch(/Latin-1/);
    expect(roleDescriptionError('x'.repeat(1001))).toMatch(/1,000/);
  });
});
