import { nameConstraint, namePattern, nameRules, nameViolation } from '../src';

describe("AWS's IAM name rules", () => {
  it('gives one specific reason: empty, too long with the limit, or the character that is not allowed', () => {
    expect(nameViolation(nameRules.userName, '')).toBe('Enter a user name.');
    expect(nameViolation(nameRules.userName, 'new user')).toBe("The user name can't contain a space. Use letters, numbers and + = , . @ _ -.");
    expect(nameViolation(nameRules.userName, 'a'.repeat(200))).toBe('The user name is too long: 200 characters, the limit is 64.');
    expect(nameViolation(nameRules.policyName, 'Read#Only')).toBe("The policy name can't contain “#”. Use letters, numbers and + = , . @ _ -.");
    expect(nameViolation(nameRules.userName, 'alice+ops@example.com')).toBeUndefined();
  });

  it("keeps AWS's limits per kind: MFA device names up to 226, groups 128, roles 64", () => {
    expect(nameViolation(nameRules.virtualMFADeviceName, 'd'.repeat(226))).toBeUndefined();
    expect(nameViolation(nameRules.virtualMFADeviceName, 'd'.repeat(227))).toBe('The device name is too long: 227 characters, the limit is 226.');
    expect(nameViolation(nameRules.groupName, 'g'.repeat(128))).toBeUndefined();
    expect(nameViolation(nameRules.roleName, 'r'.repeat(65))).toBe('The role name is too long: 65 characters, the limit is 64.');
  });

  it('allows Unicode letters and spaces in tags, an empty tag value but not an empty key', () => {
    expect(nameViolation(nameRules.tagKey, 'Kostenstelle Zürich')).toBeUndefined();
    expect(nameViolation(nameRules.tagValue, '')).toBeUndefined();
    expect(nameViolation(nameRules.tagKey, '')).toBe('Enter a tag key.');
    expect(nameViolation(nameRules.tagValue, 'a|b')).toBe("The tag value can't contain “|”. Use letters, numbers and _ . : / = + - @ and spaces.");
  });

  it('agrees with the whole-value pattern the API validates with', () => {
    for (const value of ['bob', 'has space', 'x'.repeat(64), 'ünicode', 'a,b.c@d=e+f-g_h']) {
      expect(namePattern(nameRules.userName).test(value)).toBe(nameViolation(nameRules.userName, value) === undefined || [...value].length > 64);
    }
    expect(nameConstraint(nameRules.groupName)).toBe('Up to 128 characters: letters, numbers and + = , . @ _ -.');
  });
});
