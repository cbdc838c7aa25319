import type { ApiConfig } from '../../config';

/**
 * The quotas GetAccountSummary reports, under AWS's SummaryKeyType names. The ones Gatehouse enforces through
 * configuration come from it; the rest (policy sizes, versions in use) are AWS's default quotas
 * (https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_iam-quotas.html).
 */
export function accountQuotas(config: ApiConfig): Record<string, number> {
  return {
    UsersQuota: config.quotas.usersPerAccount,
    AccessKeysPerUserQuota: config.quotas.accessKeysPerUser,
    GroupsQuota: config.quotas.groupsPerAccount,
    RolesQuota: config.quotas.rolesPerAccount,
    InstanceProfilesQuota: config.quotas.instanceProfilesPerAccount,
    PoliciesQuota: config.quotas.policiesPerAccount,
    GroupsPerUserQuota: config.quotas.groupsPerUser,
    AttachedPoliciesPerUserQuota: config.quotas.attachedPoliciesPerIdentity,
    AttachedPoliciesPerGroupQuota: config.quotas.attachedPoliciesPerIdentity,
    AttachedPoliciesPerRoleQuota: config.quotas.attachedPoliciesPerIdentity,
    VersionsPerPolicyQuota: config.quotas.versionsPerPolicy,
    PolicyVersionsInUseQuota: 10000,
    PolicySizeQuota: 6144,
    UserPolicySizeQuota: 2048,
    GroupPolicySizeQuota: 5120,
    RolePolicySizeQuota: 10240,
  };
}
