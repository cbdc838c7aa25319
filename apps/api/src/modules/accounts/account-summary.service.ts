import type { RequestContext } from '../../context';
import { accountQuotas } from './account-quotas';
import type { AccountSummary } from './account-summary.type';

/**
 * AWS GetAccountSummary: the account's entity counts next to their quotas, in one round of count queries.
 * `AccountMFAEnabled` and `AccountAccessKeysPresent` are about the root user (1 or 0), as in AWS.
 */
export async function getAccountSummary(ctx: RequestContext, accountId: string): Promise<AccountSummary> {
  const { prisma } = ctx;
  const [account, users, groups, roles, instanceProfiles, policies, policyVersionsInUse, mfaDevices, mfaDevicesInUse, rootAccessKeys] = await Promise.all([
    prisma.account.findUniqueOrThrow({ where: { id: accountId }, select: { rootMfaSerialNumber: true } }),
    prisma.user.count({ where: { accountId } }),
    prisma.group.count({ where: { accountId } }),
    prisma.role.count({ where: { accountId } }),
    prisma.instanceProfile.count({ where: { accountId } }),
    prisma.managedPolicy.count({ where: { accountId } }),
    prisma.policyVersion.count({ where: { policy: { accountId } } }),
    prisma.virtualMfaDevice.count({ where: { accountId } }),
    prisma.virtualMfaDevice.count({ where: { accountId, OR: [{ userId: { not: null } }, { rootAccount: { isNot: null } }] } }),
    prisma.accessKey.count({ where: { accountId, userId: null } }),
  ]);
  const counts: Record<string, number> = {
    Users: users,
    Groups: groups,
    Roles: roles,
    InstanceProfiles: instanceProfiles,
    Policies: policies,
    PolicyVersionsInUse: policyVersionsInUse,
    MFADevices: mfaDevices,
    MFADevicesInUse: mfaDevicesInUse,
    AccountMFAEnabled: account.rootMfaSerialNumber === null ? 0 : 1,
    AccountAccessKeysPresent: rootAccessKeys > 0 ? 1 : 0,
  };
  const summaryMap = Object.entries({ ...counts, ...accountQuotas(ctx.config) })
    .map(([key, value]) => ({ key, value }))
    .sort((a, b) => a.key.localeCompare(b.key));
  return { summaryMap };
}
