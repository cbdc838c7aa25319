import { summaryMapOf, resourceUsages } from '../../src/features/dashboard/iam-resources';
import { credentialReportRows, rootRecommendations, userRecommendations } from '../../src/features/dashboard/security-recommendations';
import { parseCsv } from '../../src/features/credential-report/parse-csv';

const NOW = new Date('2026-06-01T00:00:00Z');
const HEADER =
  'user,arn,user_creation_time,password_enabled,password_last_used,password_last_changed,password_next_rotation,mfa_active,access_key_1_active,access_key_1_last_rotated,access_key_1_last_used_date,access_key_1_last_used_region,access_key_1_last_used_service,access_key_2_active,access_key_2_last_rotated,access_key_2_last_used_date,access_key_2_last_used_region,access_key_2_last_used_service,cert_1_active,cert_1_last_rotated,cert_2_active,cert_2_last_rotated';

function report(...rows: string[]) {
  return credentialReportRows(parseCsv([HEADER, ...rows].join('\n')));
}

const root = '<root_account>,arn:aws:iam::111122223333:root,2026-01-01T00:00:00+00:00,not_supported,N/A,not_supported,not_supported,false,false,N/A,N/A,N/A,N/A,false,N/A,N/A,N/A,N/A,false,N/A,false,N/A';
/** Console user who signed in yesterday, no MFA, no keys. */
const alice = 'alice,arn:aws:iam::111122223333:user/alice,2026-01-01T00:00:00+00:00,true,2026-05-31T00:00:00+00:00,2026-01-01T00:00:00+00:00,N/A,false,false,N/A,N/A,N/A,N/A,false,N/A,N/A,N/A,N/A,false,N/A,false,N/A';
/** Console user with MFA whose password was never used since it was set 150 days ago. */
const bob = 'bob,arn:aws:iam::111122223333:user/bob,2026-01-01T00:00:00+00:00,true,no_information,2026-01-02T00:00:00+00:00,N/A,true,false,N/A,N/A,N/A,N/A,false,N/A,N/A,N/A,N/A,false,N/A,false,N/A';
/** Keys only: key 1 rotated 120 days ago but used yesterday; key 2 inactive. */
const jenkins = 'jenkins,arn:aws:iam::111122223333:user/system/jenkins,2026-01-01T00:00:00+00:00,false,N/A,N/A,N/A,false,true,2026-02-01T00:00:00+00:00,2026-05-31T00:00:00+00:00,eu-west-1,ecr,false,2025-01-01T00:00:00+00:00,N/A,N/A,N/A,false,N/A,false,N/A';

describe('rootRecommendations', () => {
  it('warns about a root user without MFA and with access keys, from the account summary', () => {
    const summary = summaryMapOf([
      { key: 'AccountMFAEnabled', value: 0 },
      { key: 'AccountAccessKeysPresent', value: 1 },
    ]);
    expect(rootRecommendations(summary).map((r) => [r.id, r.status, r.title])).toEqual([
      ['root-mfa', 'warning', 'Add MFA for root user'],
      ['root-access-keys', 'warning', 'Deactivate or delete access keys for root user'],
    ]);
  });

  it('is satisfied by a root user with MFA and no keys', () => {
    const summary = summaryMapOf([
      { key: 'AccountMFAEnabled', value: 1 },
      { key: 'AccountAccessKeysPresent', value: 0 },
    ]);
    expect(rootRecommendations(summary).map((r) => r.status)).toEqual(['success', 'success']);
  });
});

describe('userRecommendations', () => {
  it('names console users without MFA, active keys older than 90 days and unused credentials, leaving the root row out', () => {
    const byId = Object.fromEntries(userRecommendations(report(root, alice, bob, jenkins), NOW).map((r) => [r.id, r]));
    expect(byId['users-without-mfa']).toMatchObject({ status: 'warning', title: 'Add MFA for 1 user', userNames: ['alice'] });
    expect(byId['old-access-keys']).toMatchObject({ status: 'warning', userNames: ['jenkins'] });
    // bob's password was set 150 days ago and never used; jenkins's key was used yesterday.
    expect(byId['unused-credentials']).toMatchObject({ status: 'warning', title: 'Remove unused credentials for 1 user', userNames: ['bob'] });
  });

  it('reports success for an account with nothing to fix', () => {
    expect(userRecommendations(report(root), NOW).map((r) => r.status)).toEqual(['success', 'success', 'success']);
  });
});

describe('resourceUsages', () => {
  it("pairs AWS's summary counts with their quotas, in the dashboard's order", () => {
    const summary = summaryMapOf([
      { key: 'Users', value: 4 },
      { key: 'UsersQuota', value: 5000 },
      { key: 'Groups', value: 2 },
      { key: 'GroupsQuota', value: 300 },
    ]);
    expect(resourceUsages(summary)).toEqual([
      { label: 'User groups', href: '/groups', count: 2, quota: 300 },
      { label: 'Users', href: '/users', count: 4, quota: 5000 },
      { label: 'Roles', href: '/roles', count: 0 },
      { label: 'Policies', href: '/policies', count: 0 },
    ]);
  });
});
