import { formatAccountId, principalLabel, principalOfArn } from '../../src/features/auth/identity/principal';
import { outcomeOfState, signInInput } from '../../src/features/auth/sign-in/sign-in-outcome';
import { accountSignInUrl } from '../../src/features/auth/identity/sign-in-url';
import { emptyCredentials } from '../../src/features/auth/sign-in/sign-in-state';

describe('principalOfArn and principalLabel', () => {
  it('names the root user by the account, a user by name and a switched session by its role', () => {
    expect(principalLabel(principalOfArn('arn:aws:iam::111122223333:root'), 'acme-production')).toBe('acme-production');
    expect(principalLabel(principalOfArn('arn:aws:iam::111122223333:user/engineering/bob'), undefined)).toBe('bob @ 1111-2222-3333');
    expect(principalOfArn('arn:aws:sts::111122223333:assumed-role/DevelopmentReadOnly/erin')).toEqual({
      type: 'assumed-role',
      accountId: '111122223333',
      roleName: 'DevelopmentReadOnly',
      roleSessionName: 'erin',
    });
  });

  it('refuses an ARN that is no console principal', () => {
    expect(() => principalOfArn('arn:aws:iam::111122223333:role/WebsiteRole')).toThrow('is not the ARN of');
  });

  it('formats account ids as the menu shows them', () => {
    expect(formatAccountId('444455556666')).toBe('4444-5555-6666');
  });
});

describe('sign-in requests', () => {
  it('sends the root user by email and an IAM user by account and user name', () => {
    expect(signInInput({ ...emptyCredentials, email: ' root@example.com ', password: 'p' })).toEqual({ email: 'root@example.com', password: 'p' });
    expect(signInInput({ ...emptyCredentials, signInAs: 'iam', account: 'acme-production', userName: 'bob', password: 'p' })).toEqual({
      account: 'acme-production',
      userName: 'bob',
      password: 'p',
    });
  });

  it("maps the API's session state to the next step", () => {
    expect(outcomeOfState('Active')).toEqual({ status: 'signed-in' });
    expect(outcomeOfState('MfaRequired')).toEqual({ status: 'mfa-required' });
    expect(outcomeOfState('PasswordChangeRequired')).toEqual({ status: 'password-change-required' });
  });

  it("builds the account's sign-in URL with the alias when there is one", () => {
    expect(accountSignInUrl('http://127.0.0.1:3000', '111122223333', 'acme-production')).toBe('http://127.0.0.1:3000/signin?account=acme-production');
    expect(accountSignInUrl('http://127.0.0.1:3000', '111122223333', undefined)).toBe('http://127.0.0.1:3000/signin?account=111122223333');
  });
});
