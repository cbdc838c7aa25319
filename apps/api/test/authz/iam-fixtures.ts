import {
  groupArn,
  newAccountId,
  newUniqueId,
  policyArn,
  roleArn,
  userArn,
  type PrismaClient,
} from '@gatehouse/db';

// Rows written straight through Prisma, as the services would store them, so that the authorization code under
// test reads real tables. Documents are JSON texts, kept exactly as submitted (like the API does).

export type Document = Record<string, unknown>;

export const allow = (action: string | string[], resource: string | string[] = '*', extra: Document = {}): Document => ({
  Version: '2012-10-17',
  Statement: [{ Effect: 'Allow', Action: action, Resource: resource, ...extra }],
});

export const deny = (action: string | string[], resource: string | string[] = '*', extra: Document = {}): Document => ({
  Version: '2012-10-17',
  Statement: [{ Effect: 'Deny', Action: action, Resource: resource, ...extra }],
});

export async function createAccount(db: PrismaClient): Promise<string> {
  const id = newAccountId();
  await db.account.create({ data: { id, rootEmail: `root-${id}@example.com`, rootPasswordHash: 'not-used-here' } });
  return id;
}

export async function createUser(
  db: PrismaClient,
  accountId: string,
  userName: string,
  options: { path?: string; tags?: Record<string, string> } = {},
): Promise<{ id: string; arn: string; userName: string }> {
  const path = options.path ?? '/';
  const user = await db.user.create({
    data: {
      id: newUniqueId('user'),
      accountId,
      path,
      userName,
      arn: userArn(accountId, path, userName),
      tags: { create: Object.entries(options.tags ?? {}).map(([key, value]) => ({ key, value })) },
    },
  });
  return { id: user.id, arn: user.arn, userName };
}

export async function createGroup(db: PrismaClient, accountId: string, groupName: string, memberIds: string[]) {
  return db.group.create({
    data: {
      id: newUniqueId('group'),
      accountId,
      groupName,
      arn: groupArn(accountId, '/', groupName),
      members: { create: memberIds.map((userId) => ({ userId })) },
    },
  });
}

export async function createRole(
  db: PrismaClient,
  accountId: string,
  roleName: string,
  options: { tags?: Record<string, string> } = {},
) {
  return db.role.create({
    data: {
      id: newUniqueId('role'),
      accountId,
      roleName,
      arn: roleArn(accountId, '/', roleName),
      assumeRolePolicyDocument: JSON.stringify({
        Version: '2012-10-17',
        Statement: [{ Effect: 'Allow', Principal: { AWS: `arn:aws:iam::${accountId}:root` }, Action: 'sts:AssumeRole' }],
      }),
      tags: { create: Object.entries(options.tags ?? {}).map(([key, value]) => ({ key, value })) },
    },
  });
}

/** A customer managed policy whose versions are `documents` (v1, v2, …); the last one is the default. */
export async function createManagedPolicy(db: PrismaClient, accountId: string, policyName: string, documents: Document[]) {
  return db.managedPolicy.create({
    data: {
      id: newUniqueId('managedPolicy'),
      accountId,
      policyName,
      arn: policyArn(accountId, '/', policyName),
      defaultVersionId: `v${documents.length}`,
      lastVersionNumber: documents.length,
      versions: {
        create: documents.map((document, index) => ({ versionId: `v${index + 1}`, document: JSON.stringify(document) })),
      },
    },
  });
}
