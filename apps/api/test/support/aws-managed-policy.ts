import { newUniqueId, policyArn, type ManagedPolicy, type PrismaClient } from '@gatehouse/db';

/**
 * An AWS managed policy (no account, `arn:aws:iam::aws:policy/…`), written as the seed writes the shared catalog:
 * every account sees it and may attach it.
 */
export async function createAwsManagedPolicy(prisma: PrismaClient, policyName: string, document: object): Promise<ManagedPolicy> {
  return prisma.managedPolicy.create({
    data: {
      id: newUniqueId('managedPolicy'),
      accountId: null,
      policyName,
      arn: policyArn(null, '/', policyName),
      defaultVersionId: 'v3',
      lastVersionNumber: 3,
      versions: { create: { versionId: 'v3', document: JSON.stringify(document) } },
    },
  });
}
