import type { ApiConfig } from '../../config';

/**
 * The quotas GetAccountSummary reports, under AWS's SummaryKeyType names. The ones Gatehouse enforces through
 * configuration come from it; the rest are AWS's default quotas
 * (https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_iam-quotas.html).
 */
export function accountQuotas(config: ApiConfig): Record<string, number> {
  return {
    UsersQuota: config.quotas.usersPerAccount,
    AccessKeysPerUserQuota: config.quotas.accessKeysPerUser,
    GroupsQuota: 300,
    RolesQuota: 1000,
    PoliciesQuota: 1500,
    GroupsPerUserQuota: 10,
    AttachedPoliciesPerUserQuota: 10,
    AttachedPoliciesPerGroupQuota: 10,
    AttachedPoliciesPerRoleQuota: 10,
    VersionsPerPolicyQuota: 5,
    PolicyVersionsInUseQuota: 10000,
    PolicySizeQuota: 6144,
    UserPolicySizeQuota: 2048,
    GroupPolicySizeQuota: 5120,
    RolePolicySizeQuota: 10240,
  };
}
