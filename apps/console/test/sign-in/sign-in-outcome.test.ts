import { failedOutcome } from '../../src/features/auth/sign-in/sign-in-outcome';

describe('a refused sign-in step', () => {
  it('names the one password policy rule a new password breaks, not "Sign-in failed"', () => {
    expect(failedOutcome({ code: 'PasswordPolicyViolation', message: 'Password should have at least one number' })).toEqual({
      status: 'failed',
      header: "The new password doesn't meet the account's password policy",
      message: 'Password should have at least one number',
    });
  });

  it('lists every rule broken when there are several', () => {
    const outcome = failedOutcome({
      code: 'PasswordPolicyViolation',
      message: 'Password should have a minimum length of 14; Password should have at least one symbol',
    });
    expect(outcome).toMatchObject({ message: 'It breaks 2 rules:', rules: ['Password should have a minimum length of 14', 'Password should have at least one symbol'] });
  });

  it('keeps AWS\'s message and code for any other refusal', () => {
    expect(failedOutcome({ code: 'AccessDenied', message: 'Failed authentication' })).toEqual({
      status: 'failed',
      header: 'Sign-in failed',
      message: 'Failed authentication (AccessDenied)',
    });
  });
});
