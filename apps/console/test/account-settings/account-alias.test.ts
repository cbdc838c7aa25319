import { accountAliasError } from '../../src/features/account-settings/account-alias';

describe('accountAliasError', () => {
  it.each([
    ['example-corp', undefined],
    ['ab', 'The alias must have 3 to 63 characters.'],
    ['Example', 'Use only lowercase letters, digits and hyphens.'],
    ['-corp', 'The alias cannot start or end with a hyphen.'],
    ['111122223333', 'The alias cannot be a 12-digit number.'],
  ])('%s → %s', (alias, expected) => {
    expect(accountAliasError(alias)).toBe(expected);
  });
});
