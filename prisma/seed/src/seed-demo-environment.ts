import { type AccessKeyPair, generateAccessKeyPair, hashPassword, type SecretBox } from '@gatehouse/credentials';
import { groupArn, instanceProfileArn, newUniqueId, openIdConnectProviderArn, policyArn, type Prisma, type PrismaClient, roleArn, userArn } from '@gatehouse/db';
import { awsManagedPolicies } from './aws-managed-policies';
import { type DemoAccount, demoAccounts, type Tags } from './demo-environment';

type Tx = Prisma.TransactionClient;

/** The passwords a run of the seed set, in one demo account. */
export interface DemoSignIn {
  accountId: string;
  alias: string;
  rootEmail: string;
  /** Null when the account existed before this run: its root password was shown then and may have changed since. */
  rootPassword: string | null;
  /** The IAM users this run created with a console password. */
  users: DemoUserSignIn[];
}

export interface DemoUserSignIn {
  userName: string;
  password: string;
  passwordResetRequired: boolean;
}

export interface DemoSeedResult {
  /**
   * The demo sign-ins this run created, by account: a password set earlier is not repeated, since it may have been
   * changed since (it is in demo-environment.ts).
   */
  signIns: DemoSignIn[];
  /** Access keys created by this run; a secret exists only here, so a later run cannot show it again. */
  createdAccessKeys: (AccessKeyPair & { accountId: string; userName: string })[];
}

function tagRows(tags: Tags): { key: string; value: string }[] {
  return Object.entries(tags).map(([key, value]) => ({ key, value }));
}

/** AWS numbers versions `v1`, `v2`, …; the number says how many versions have ever been made. */
function versionNumber(versionId: string): number {
  return Number(versionId.slice(1));
}

async function ensureAwsManagedPolicies(tx: Tx): Promise<Map<string, string>> {
  const ids = new Map<string, string>();
  for (const policy of awsManagedPolicies) {
    const arn = policyArn(null, policy.path, policy.policyName);
    const existing = await tx.managedPolicy.findUnique({ where: { arn }, select: { id: true } });
    const created =
      existing ??
      (await tx.managedPolicy.create({
        data: {
          id: newUniqueId('managedPolicy'),
          accountId: null,
          path: policy.path,
          policyName: policy.policyName,
          arn,
          description: policy.description,
          defaultVersionId: policy.defaultVersionId,
          lastVersionNumber: versionNumber(policy.defaultVersionId),
          createDate: policy.createDate,
          updateDate: policy.versionCreateDate,
          versions: {
            create: { versionId: policy.defaultVersionId, document: policy.document, createDate: policy.versionCreateDate },
          },
        },
        select: { id: true },
      }));
    ids.set(policy.policyName, created.id);
  }
  return ids;
}

/** True when this run created the account. */
async function ensureAccount(tx: Tx, account: DemoAccount, passwordHashes: Map<string, string>): Promise<boolean> {
  const existed = (await tx.account.findUnique({ where: { id: account.accountId }, select: { id: true } })) !== null;
  if (!existed) {
    await tx.account.create({
      data: {
        id: account.accountId,
        alias: account.alias,
        rootEmail: account.rootEmail,
        rootPasswordHash: passwordHashes.get(account.rootPassword)!,
      },
    });
  }
  if (account.passwordPolicy) {
    await tx.passwordPolicy.upsert({
      where: { accountId: account.accountId },
      create: { accountId: account.accountId, ...account.passwordPolicy },
      update: {},
    });
  }
  return !existed;
}

async function ensureCustomerPolicies(tx: Tx, account: DemoAccount, policyIds: Map<string, string>): Promise<void> {
  for (const policy of account.policies) {
    const arn = policyArn(account.accountId, policy.path, policy.policyName);
    const existing = await tx.managedPolicy.findUnique({ where: { arn }, select: { id: true } });
    const created =
      existing ??
      (await tx.managedPolicy.create({
        data: {
          id: newUniqueId('managedPolicy'),
          accountId: account.accountId,
          path: policy.path,
          policyName: policy.policyName,
          arn,
          description: policy.description,
          defaultVersionId: `v${policy.versions.length}`,
          lastVersionNumber: policy.versions.length,
          versions: { create: policy.versions.map((document, index) => ({ versionId: `v${index + 1}`, document })) },
          tags: { create: tagRows(policy.tags) },
        },
        select: { id: true },
      }));
    policyIds.set(policy.policyName, created.id);
  }
}

function policyIdFor(policyIds: Map<string, string>, policyName: string): string {
  const id = policyIds.get(policyName);
  if (!id) throw new Error(`the demo environment attaches \`${policyName}\`, which it does not define`);
  return id;
}

async function ensureGroups(tx: Tx, account: DemoAccount, policyIds: Map<string, string>): Promise<Map<string, string>> {
  const groupIds = new Map<string, string>();
  for (const group of account.groups) {
    const where = { accountId_groupName: { accountId: account.accountId, groupName: group.groupName } };
    const { id } =
      (await tx.group.findUnique({ where, select: { id: true } })) ??
      (await tx.group.create({
        data: {
          id: newUniqueId('group'),
          accountId: account.accountId,
          path: group.path,
          groupName: group.groupName,
          arn: groupArn(account.accountId, group.path, group.groupName),
        },
        select: { id: true },
      }));
    groupIds.set(group.groupName, id);
    for (const policyName of group.attachedPolicies) {
      const policyId = policyIdFor(policyIds, policyName);
      await tx.groupPolicyAttachment.upsert({
        where: { groupId_policyId: { groupId: id, policyId } },
        create: { groupId: id, policyId },
        update: {},
      });
    }
    for (const [policyName, policyDocument] of Object.entries(group.inlinePolicies)) {
      await tx.groupPolicy.upsert({
        where: { groupId_policyName: { groupId: id, policyName } },
        create: { groupId: id, policyName, policyDocument },
        update: {},
      });
    }
  }
  return groupIds;
}

async function ensureUsers(
  tx: Tx,
  account: DemoAccount,
  policyIds: Map<string, string>,
  groupIds: Map<string, string>,
  passwordHashes: Map<string, string>,
  secretBox: SecretBox,
): Promise<{ createdAccessKeys: DemoSeedResult['createdAccessKeys']; signIns: DemoUserSignIn[] }> {
  const createdAccessKeys: DemoSeedResult['createdAccessKeys'] = [];
  const signIns: DemoUserSignIn[] = [];
  for (const user of account.users) {
    const where = { accountId_userName: { accountId: account.accountId, userName: user.userName } };
    const existing = await tx.user.findUnique({ where, select: { id: true } });
    if (!existing && user.password) {
      signIns.push({ userName: user.userName, password: user.password, passwordResetRequired: user.passwordResetRequired ?? false });
    }
    const { id } =
      existing ??
      (await tx.user.create({
        data: {
          id: newUniqueId('user'),
          accountId: account.accountId,
          path: user.path,
          userName: user.userName,
          arn: userArn(account.accountId, user.path, user.userName),
          tags: { create: tagRows(user.tags) },
          loginProfile: user.password
            ? { create: { passwordHash: passwordHashes.get(user.password)!, passwordResetRequired: user.passwordResetRequired ?? false } }
            : undefined,
        },
        select: { id: true },
      }));
    for (const groupName of user.groups) {
      const groupId = groupIds.get(groupName);
      if (!groupId) throw new Error(`the demo user \`${user.userName}\` joins \`${groupName}\`, which the demo does not define`);
      await tx.groupMembership.upsert({
        where: { groupId_userId: { groupId, userId: id } },
        create: { groupId, userId: id },
        update: {},
      });
    }
    for (const policyName of user.attachedPolicies) {
      const policyId = policyIdFor(policyIds, policyName);
      await tx.userPolicyAttachment.upsert({
        where: { userId_policyId: { userId: id, policyId } },
        create: { userId: id, policyId },
        update: {},
      });
    }
    if (user.accessKey && (await tx.accessKey.count({ where: { userId: id } })) === 0) {
      const pair = generateAccessKeyPair('longTerm');
      await tx.accessKey.create({
        data: {
          accessKeyId: pair.accessKeyId,
          accountId: account.accountId,
          userId: id,
          // The access key id is the sealing context: the sealed secret only opens for its own row.
          secretSealed: secretBox.seal(pair.secretAccessKey, pair.accessKeyId),
        },
      });
      createdAccessKeys.push({ ...pair, accountId: account.accountId, userName: user.userName });
    }
  }
  return { createdAccessKeys, signIns };
}

async function ensureRoles(tx: Tx, account: DemoAccount, policyIds: Map<string, string>): Promise<void> {
  for (const role of account.roles) {
    const where = { accountId_roleName: { accountId: account.accountId, roleName: role.roleName } };
    const { id } =
      (await tx.role.findUnique({ where, select: { id: true } })) ??
      (await tx.role.create({
        data: {
          id: newUniqueId('role'),
          accountId: account.accountId,
          path: role.path,
          roleName: role.roleName,
          arn: roleArn(account.accountId, role.path, role.roleName),
          assumeRolePolicyDocument: role.assumeRolePolicyDocument,
          description: role.description,
          maxSessionDuration: role.maxSessionDuration,
          tags: { create: tagRows(role.tags) },
        },
        select: { id: true },
      }));
    for (const policyName of role.attachedPolicies) {
      const policyId = policyIdFor(policyIds, policyName);
      await tx.rolePolicyAttachment.upsert({
        where: { roleId_policyId: { roleId: id, policyId } },
        create: { roleId: id, policyId },
        update: {},
      });
    }
    if (role.instanceProfileName) {
      const instanceProfileName = role.instanceProfileName;
      await tx.instanceProfile.upsert({
        where: { accountId_instanceProfileName: { accountId: account.accountId, instanceProfileName } },
        create: {
          id: newUniqueId('instanceProfile'),
          accountId: account.accountId,
          path: role.path,
          instanceProfileName,
          arn: instanceProfileArn(account.accountId, role.path, instanceProfileName),
          roleId: id,
        },
        update: {},
      });
    }
  }
}

async function ensureOpenIdConnectProviders(tx: Tx, account: DemoAccount): Promise<void> {
  for (const provider of account.openIdConnectProviders) {
    const url = provider.url.replace(/^https:\/\//, '');
    await tx.openIdConnectProvider.upsert({
      where: { accountId_url: { accountId: account.accountId, url } },
      create: {
        accountId: account.accountId,
        url,
        arn: openIdConnectProviderArn(account.accountId, url),
        clientIDList: provider.clientIDList,
        thumbprintList: [],
        tags: { create: tagRows(provider.tags) },
      },
      update: {},
    });
  }
}

/**
 * Creates whatever part of the demo environment is missing, in one transaction. Existing rows are left as they are,
 * so running it again changes nothing, and an administrator's later edits survive. `secretBox` seals access key secrets.
 */
export async function seedDemoEnvironment(prisma: PrismaClient, secretBox: SecretBox): Promise<DemoSeedResult> {
  const passwords = demoAccounts.flatMap((account) => [account.rootPassword, ...account.users.flatMap((user) => user.password ?? [])]);
  // Hashing is slow on purpose (argon2id), so it happens before the transaction opens.
  const passwordHashes = new Map(await Promise.all(passwords.map(async (password) => [password, await hashPassword(password)] as const)));

  return prisma.$transaction(
    async (tx) => {
      const awsPolicyIds = await ensureAwsManagedPolicies(tx);
      const result: DemoSeedResult = { signIns: [], createdAccessKeys: [] };
      for (const account of demoAccounts) {
        const policyIds = new Map(awsPolicyIds);
        const accountCreated = await ensureAccount(tx, account, passwordHashes);
        await ensureCustomerPolicies(tx, account, policyIds);
        const groupIds = await ensureGroups(tx, account, policyIds);
        const users = await ensureUsers(tx, account, policyIds, groupIds, passwordHashes, secretBox);
        await ensureOpenIdConnectProviders(tx, account);
        await ensureRoles(tx, account, policyIds);
        result.createdAccessKeys.push(...users.createdAccessKeys);
        if (accountCreated || users.signIns.length > 0) {
          const rootPassword = accountCreated ? account.rootPassword : null;
          result.signIns.push({ accountId: account.accountId, alias: account.alias, rootEmail: account.rootEmail, rootPassword, users: users.signIns });
        }
      }
      return result;
    },
    // ReadOnlyAccess alone is ~90 KB, and the embedded database is slower than a server: well above the 5 s default.
    { maxWait: 30_000, timeout: 120_000 },
  );
}
