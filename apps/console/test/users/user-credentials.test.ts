import { userCredentialsByName } from '../../src/features/users/user-credentials';

const header =
  'user,arn,user_creation_time,password_enabled,password_last_used,password_last_changed,password_next_rotation,mfa_active,access_key_1_active,access_key_1_last_rotated,access_key_1_last_used_date,access_key_1_last_used_region,access_key_1_last_used_service,access_key_2_active,access_key_2_last_rotated,access_key_2_last_used_date,access_key_2_last_used_region,access_key_2_last_used_service,cert_1_active,cert_1_last_rotated,cert_2_active,cert_2_last_rotated';
const report = [
  header,
  '<root_account>,arn:aws:iam::111122223333:root,2026-01-01T00:00:00+00:00,not_supported,no_information,not_supported,not_supported,true,false,N/A,N/A,N/A,N/A,false,N/A,N/A,N/A,N/A,false,N/A,false,N/A',
  'alice,arn:aws:iam::111122223333:user/alice,2026-01-01T00:00:00+00:00,true,2026-03-01T10:00:00+00:00,2026-02-01T00:00:00+00:00,N/A,true,true,2026-01-05T00:00:00+00:00,2026-03-02T00:00:00+00:00,us-east-1,iam,true,2026-01-03T00:00:00+00:00,2026-03-05T00:00:00+00:00,us-east-1,s3,false,N/A,false,N/A',
  'jenkins,arn:aws:iam::111122223333:user/jenkins,2026-01-01T00:00:00+00:00,false,N/A,N/A,N/A,false,false,2026-01-05T00:00:00+00:00,N/A,N/A,N/A,false,N/A,N/A,N/A,N/A,false,N/A,false,N/A',
].join('\n');

describe("the Users table's credential columns", () => {
  it("reads each user's MFA, password, sign-in and access keys from the report, without the root user", () => {
    const users = userCredentialsByName(report);
    expect([...users.keys()]).toEqual(['alice', 'jenkins']);
    expect(users.get('alice')).toEqual({
      mfaActive: true,
      passwordLastChanged: '2026-02-01T00:00:00+00:00',
      consoleLastSignIn: '2026-03-01T10:00:00+00:00',
      oldestActiveKeyCreated: '2026-01-03T00:00:00+00:00',
      accessKeyLastUsed: '2026-03-05T00:00:00+00:00',
    });
  });

  it('leaves out what a user does not have: no password, an inactive key never used', () => {
    expect(userCredentialsByName(report).get('jenkins')).toEqual({ mfaActive: false });
  });
});
